using BankRecon.Domain.Common;
using BankRecon.Domain.Payments;

namespace BankRecon.Domain.Tests.Payments;

public sealed class PaymentReferenceTests
{
    [Theory]
    [InlineData("12345674")]            // Luhn
    [InlineData("0000000018")]
    public void Valid_mod10_kids_are_accepted(string kid) => Assert.True(PaymentReference.IsValidKidMod10(kid));

    [Theory]
    [InlineData("12345675")]
    [InlineData("1234567A")]
    [InlineData("1")]
    public void Invalid_mod10_kids_are_refused(string kid) => Assert.False(PaymentReference.IsValidKidMod10(kid));

    [Fact]
    public void Mod11_kid_uses_weights_two_to_seven_from_the_right()
    {
        // 1234567: sum = 7*2+6*3+5*4+4*5+3*6+2*7+1*2 = 14+18+20+20+18+14+2 = 106; 106 % 11 = 7; 11-7 = 4
        Assert.Equal("12345674", PaymentReference.Create(PaymentReferenceKind.KidMod11, "1234567"));
        Assert.True(PaymentReference.IsValidKidMod11("12345674"));
        Assert.False(PaymentReference.IsValidKidMod11("12345673"));
    }

    [Fact]
    public void Mod11_kid_is_not_created_when_the_check_digit_would_be_ten()
    {
        // find a base whose MOD11 check is 10
        var found = Enumerable.Range(1, 200).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .First(b => PaymentReference.Create(PaymentReferenceKind.KidMod11, b) is null);
        Assert.Null(PaymentReference.Create(PaymentReferenceKind.KidMod11, found));
    }

    [Fact]
    public void Rf_reference_round_trips_through_iso_11649()
    {
        var rf = PaymentReference.Create(PaymentReferenceKind.Rf, "539007547034");
        Assert.Equal("RF18539007547034", rf);
        Assert.True(PaymentReference.IsValidRf("RF18 5390 0754 7034"));
        Assert.False(PaymentReference.IsValidRf("RF19 5390 0754 7034"));
    }

    [Fact]
    public void Ocr_with_length_digit_checks_both_digits()
    {
        var ocr = PaymentReference.Create(PaymentReferenceKind.OcrWithLength, "12345");
        Assert.NotNull(ocr);
        Assert.Equal(7, ocr!.Length);
        Assert.Equal('7', ocr[^2]);
        Assert.True(PaymentReference.IsValidOcr(ocr, requireLengthDigit: true));
        Assert.False(PaymentReference.IsValidOcr("12345" + "8" + ocr[^1], requireLengthDigit: true));
    }

    [Theory]
    [InlineData("NO93 8601 1117 947", true)]
    [InlineData("SE45 5000 0000 0583 9825 7466", true)]
    [InlineData("NO93 8601 1117 948", false)]
    public void Iban_check_digits_are_verified(string iban, bool valid) => Assert.Equal(valid, BankAccountNumber.IsValidIban(iban));

    [Theory]
    [InlineData("no93 8601.1117 947", "NO9386011117947", "NO93 8601 1117 947")]
    [InlineData("SE4550000000058398257466", "SE4550000000058398257466", "SE45 5000 0000 0583 9825 7466")]
    [InlineData(" - ", "", "")]
    public void Account_numbers_normalise_to_upper_case_letters_and_digits_and_format_in_groups_of_four(string raw, string normalized, string formatted)
    {
        Assert.Equal(normalized, BankAccountNumber.Normalize(raw));
        Assert.Equal(formatted, BankAccountNumber.FormatIban(raw));
    }

    [Fact]
    public void An_account_number_already_normalised_is_returned_as_it_is()
    {
        var account = "NO9386011117947";

        Assert.Same(account, BankAccountNumber.Normalize(account));
    }

    [Fact]
    public void A_norwegian_bban_names_the_same_account_as_its_iban() =>
        Assert.True(BankAccountNumber.SameAccount("8601.11.17947", "NO93 8601 1117 947"));
}
