using System.Globalization;
using System.Text;
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

    // The amount is compared as text so that the scale counts: "12,50" must stay 12.50, not become 12.5.
    [Theory]
    [InlineData("500,", ',', null, "500")]
    [InlineData("1 234,50", ',', ' ', "1234.50")]
    [InlineData("1 234,50", ',', null, "1234.50")]
    [InlineData("1\u00A0234,50", ',', null, "1234.50")]
    [InlineData("1\u00A0234\u00A0567,00", ',', '.', "1234567.00")]
    [InlineData("1.234.567,89", ',', '.', "1234567.89")]
    [InlineData("1,234,567.8", '.', ',', "1234567.8")]
    [InlineData("0,000", ',', null, "0.000")]
    [InlineData("007,10", ',', null, "7.10")]
    [InlineData("123456789012345678", ',', null, "123456789012345678")]
    [InlineData("1234567890123456789,12", ',', null, "1234567890123456789.12")]
    [InlineData("-0,000000000000000000001", ',', null, "-0.000000000000000000001")]
    public void Amounts_keep_their_scale_and_digits(string raw, char decimalSeparator, char? thousands, string expected)
    {
        Assert.True(CsvValues.TryParseAmount(raw, decimalSeparator, thousands, out var amount), raw);
        Assert.Equal(expected, amount.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Negative_zero_amount_is_zero_with_its_scale()
    {
        Assert.True(CsvValues.TryParseAmount("-0,00", ',', null, out var amount));

        Assert.Equal(0m, amount);
        Assert.Equal(2, amount.Scale);
    }

    [Theory]
    [InlineData("500,,", ',', null)]
    [InlineData("1 234,50", '.', null)]
    [InlineData("1 234 ,50", ',', ' ')]
    [InlineData(",", ',', null)]
    [InlineData("-", ',', null)]
    [InlineData("1\u00A0\u00A0234,50", ',', null)]
    public void Amounts_with_stray_separators_are_refused(string raw, char decimalSeparator, char? thousands) =>
        Assert.False(CsvValues.TryParseAmount(raw, decimalSeparator, thousands, out _), raw);

    /// <summary>
    /// Random digit strings (1 to 26 digits, so both the 64-bit fast path and the framework fallback are used) written the
    /// way banks write them, read back and compared with the framework's parse of the plain invariant form.
    /// </summary>
    [Fact]
    public void Random_amounts_read_the_same_as_their_invariant_form()
    {
        var random = new Random(20260321);
        (char Decimal, char? Thousands)[] styles = [(',', ' '), (',', '.'), ('.', ','), (',', '\u00A0'), (',', null), ('.', null)];
        for (var i = 0; i < 5000; i++)
        {
            var digits = new string([.. Enumerable.Range(0, random.Next(1, 27)).Select(_ => (char)('0' + random.Next(10)))]);
            var scale = random.Next(0, Math.Min(digits.Length, 8) + 1);
            var integer = digits[..(digits.Length - scale)];
            var fraction = digits[(digits.Length - scale)..];
            var (decimalSeparator, thousands) = styles[random.Next(styles.Length)];
            var negative = random.Next(2) == 0;

            var written = new StringBuilder();
            if (negative) written.Append('-');
            for (var k = 0; k < integer.Length; k++)
            {
                if (thousands is { } t && k > 0 && (integer.Length - k) % 3 == 0) written.Append(t);
                written.Append(integer[k]);
            }

            if (scale > 0) written.Append(decimalSeparator).Append(fraction);
            var invariant = (negative ? "-" : "") + (integer.Length == 0 ? "0" : integer) + (scale > 0 ? "." + fraction : "");
            var expected = decimal.Parse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

            Assert.True(CsvValues.TryParseAmount(written.ToString(), decimalSeparator, thousands, out var amount), written.ToString());
            Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), amount.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The position-based date reading must accept and refuse exactly what the framework's exact parse does.</summary>
    [Theory]
    [InlineData("dd.MM.yyyy")]
    [InlineData("yyyy-MM-dd")]
    [InlineData("yyyy/MM/dd")]
    [InlineData("MM/dd/yyyy")]
    [InlineData("yyyyMMdd")]
    [InlineData("d.M.yyyy")]
    [InlineData("dd.MM.yy")]
    [InlineData("dd.MM.yyyy|yyyy-MM-dd")]
    public void Dates_read_as_the_framework_reads_them(string pattern)
    {
        string[] values =
        [
            "05.01.2026", "5.1.2026", "31.12.1999", "29.02.2024", "29.02.2025", "31.04.2026", "00.01.2026", "01.00.2026",
            "01.13.2026", "01.01.0000", "01.01.0001", " 05.01.2026 ", "05.01. 2026", "05 .01.2026", "05.01.26", "05-01-2026",
            "2026-01-05", "2026-1-5", "2026-02-30", "0000-01-01", "9999-12-31", "2026/01/05", "01/05/2026", "12/31/2026",
            "20260105", "20261305", "2026010", "05.01.2026x", "x05.01.2026", "05.01.202", "05.01.20266", "٠٥.٠١.٢٠٢٦",
        ];
        var alternatives = pattern.Split('|');
        foreach (var value in values)
        {
            var expected = alternatives.Any(p => DateTime.TryParseExact(value.Trim(), p, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out _));
            var expectedDate = alternatives
                .Select(p => DateTime.TryParseExact(value.Trim(), p, CultureInfo.InvariantCulture, DateTimeStyles.AllowInnerWhite, out var d) ? DateOnly.FromDateTime(d) : (DateOnly?)null)
                .FirstOrDefault(d => d is not null);

            var read = CsvValues.TryParseDate(value, pattern, out var date);

            Assert.True(expected == read, $"{value} with {pattern}: framework {expected}, reader {read}");
            if (read) Assert.Equal(expectedDate, date);
        }
    }
}
