using BankRecon.Importers.Csv;

namespace BankRecon.Importers.Tests.Csv;

public sealed class CsvValuesTests
{
    [Theory]
    [InlineData("1 234,56", ',', ' ', "1234.56")]
    [InlineData("1\u00A0234,56", ',', ' ', "1234.56")]
    [InlineData("1\u202F234\u202F567,89", ',', ' ', "1234567.89")]
    [InlineData("12 500,00", ',', null, "12500.00")]
    [InlineData("-1.234,56", ',', '.', "-1234.56")]
    [InlineData("1,234.56", '.', ',', "1234.56")]
    [InlineData("123,45-", ',', null, "-123.45")]
    [InlineData("(123,45)", ',', null, "-123.45")]
    [InlineData("+1,23", ',', null, "1.23")]
    [InlineData("\u22125,00", ',', null, "-5.00")]
    [InlineData("kr 1 234,50", ',', ' ', "1234.50")]
    [InlineData("-429,00 NOK", ',', null, "-429.00")]
    [InlineData("2500", ',', null, "2500")]
    [InlineData("0,5", ',', null, "0.5")]
    [InlineData(",50", ',', null, "0.50")]
    [InlineData("-200.00", '.', null, "-200.00")]
    [InlineData("  35.8  ", '.', null, "35.8")]
    public void Amounts_in_bank_formats_are_read(string raw, char decimalSeparator, char? thousands, string expected)
    {
        Assert.True(CsvValues.TryParseAmount(raw, decimalSeparator, thousands, out var amount), raw);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), amount);
    }

    [Theory]
    [InlineData("", ',', null)]
    [InlineData("abc", ',', null)]
    [InlineData("1.234,56", ',', null)] // '.' is not a declared separator
    [InlineData("12.34", ',', '.')] // thousands groups must have three digits
    [InlineData("1 23,00", ',', ' ')]
    [InlineData("1,2,3", ',', null)]
    [InlineData("1 234 5,00", ',', ' ')]
    [InlineData("--5", ',', null)]
    public void Malformed_amounts_are_refused(string raw, char decimalSeparator, char? thousands) =>
        Assert.False(CsvValues.TryParseAmount(raw, decimalSeparator, thousands, out _), raw);

    [Theory]
    [InlineData(1234.5, ',', ' ', "1 234,50")]
    [InlineData(-1234567.891, ',', '.', "-1.234.567,891")]
    [InlineData(0.05, '.', null, "0.05")]
    [InlineData(-12, ',', null, "-12,00")]
    [InlineData(999, ',', ' ', "999,00")]
    public void Amounts_are_formatted_with_the_profile_separators(double value, char decimalSeparator, char? thousands, string expected)
    {
        var formatted = CsvValues.FormatAmount((decimal)value, decimalSeparator, thousands);

        Assert.Equal(expected, formatted);
        Assert.True(CsvValues.TryParseAmount(formatted, decimalSeparator, thousands, out var back));
        Assert.Equal((decimal)value, back);
    }

    [Theory]
    [InlineData("05.01.2026", "dd.MM.yyyy", 2026, 1, 5)]
    [InlineData("2026-01-05", "yyyy-MM-dd", 2026, 1, 5)]
    [InlineData("01/05/2026", "MM/dd/yyyy", 2026, 1, 5)]
    [InlineData("20260105", "yyyyMMdd", 2026, 1, 5)]
    [InlineData("05.01.26", "dd.MM.yy", 2026, 1, 5)]
    [InlineData("2025/06/03", "yyyy/MM/dd", 2025, 6, 3)]
    [InlineData("05.01.26", "dd.MM.yyyy|dd.MM.yy", 2026, 1, 5)]
    [InlineData("2026-01-05 23:59:59", "yyyy-MM-dd HH:mm:ss", 2026, 1, 5)]
    public void Dates_are_read_exactly_in_the_invariant_calendar(string raw, string pattern, int year, int month, int day)
    {
        Assert.True(CsvValues.TryParseDate(raw, pattern, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2026-01-05", "dd.MM.yyyy")]
    [InlineData("31.02.2026", "dd.MM.yyyy")]
    [InlineData("Reservert", "dd.MM.yyyy")]
    [InlineData("13/13/2026", "MM/dd/yyyy")]
    public void Dates_in_another_pattern_are_refused(string raw, string pattern) =>
        Assert.False(CsvValues.TryParseDate(raw, pattern, out _));
}
