using System.Globalization;
using BankRecon.Web.Infrastructure;

namespace BankRecon.Web.Tests;

public sealed class AmountInputTests
{
    [Theory]
    [InlineData("nb-NO", "1 234,56", "1234.56")]
    [InlineData("nb-NO", "1\u00A0234,56", "1234.56")]
    [InlineData("nb-NO", "1234.50", "1234.50")]
    [InlineData("nb-NO", "12,5", "12.5")]
    [InlineData("sv-SE", "-1 000", "-1000")]
    [InlineData("en-GB", "1,234.56", "1234.56")]
    [InlineData("en-GB", "1234.5", "1234.5")]
    [InlineData("en-GB", " 99 ", "99")]
    public void Amounts_typed_as_people_type_them_are_read(string culture, string text, string expected)
    {
        Assert.True(AmountInput.TryParse(text, CultureInfo.GetCultureInfo(culture), out var amount));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), amount);
    }

    [Theory]
    [InlineData("en-GB", "1,5")]           // a Norwegian's 1.5 must not become 15
    [InlineData("en-GB", "12,34,567")]
    [InlineData("nb-NO", "1.234,56")]      // ambiguous mix of marks
    [InlineData("nb-NO", "12,5,0")]
    [InlineData("nb-NO", "abc")]
    [InlineData("nb-NO", "")]
    public void Ambiguous_or_malformed_amounts_are_refused(string culture, string text) =>
        Assert.False(AmountInput.TryParse(text, CultureInfo.GetCultureInfo(culture), out _));
}
