using BankRecon.Domain.Common;

namespace BankRecon.Domain.Tests.Common;

public sealed class MoneyTests
{
    [Fact]
    public void Adding_two_currencies_is_refused()
    {
        var nok = new Money(10m, CurrencyCode.Nok);
        var eur = new Money(10m, CurrencyCode.Eur);
        Assert.Throws<DomainException>(() => nok + eur);
    }

    [Theory]
    [InlineData("NOK", 12.345, 1235)]
    [InlineData("JPY", 2700, 2700)]
    [InlineData("KWD", 1.2345, 1235)]
    [InlineData("EUR", -0.005, -1)]
    public void Minor_units_follow_iso_4217_and_round_half_away_from_zero(string currency, double amount, long expected) =>
        Assert.Equal(expected, new Money((decimal)amount, CurrencyCode.Parse(currency)).ToMinorUnits());

    [Fact]
    public void Currency_codes_are_three_letters_upper_cased()
    {
        Assert.True(CurrencyCode.TryParse(" sek ", out var sek));
        Assert.Equal("SEK", sek.Code);
        Assert.False(CurrencyCode.TryParse("SE", out _));
        Assert.False(CurrencyCode.TryParse("S3K", out _));
    }
}
