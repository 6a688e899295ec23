using System.Text;
using BankRecon.Importers.Csv;
using BankRecon.Importers.Detection;

namespace BankRecon.Importers.Tests.Csv;

public sealed class CsvProfileDetectorTests
{
    [Fact]
    public void Preamble_header_debit_credit_and_two_digit_years_are_found()
    {
        var proposal = ProposeFixture("generic-preamble-debitcredit-bad-rows.csv");
        var profile = proposal.Profile!;

        Assert.Null(proposal.BuiltInName);
        Assert.Equal("windows-1252", profile.Encoding);
        Assert.Equal(';', profile.Delimiter);
        Assert.True(profile.HasHeaderRow);
        Assert.Equal(4, profile.SkipLines); // three preamble lines and a blank line
        Assert.Equal("dd.MM.yy", profile.DatePattern);
        Assert.Equal(',', profile.DecimalSeparator);
        Assert.Equal(' ', profile.ThousandsSeparator);
        Assert.Equal(CsvAmountLayout.DebitCredit, profile.AmountLayout);
        Assert.Equal("Bokført", profile.BookingDateColumn);
        Assert.Equal("Ut", profile.DebitColumn);
        Assert.Equal("Inn", profile.CreditColumn);
        Assert.Equal("Saldo", profile.BalanceColumn);
        Assert.Equal(["Tekst"], profile.TextColumns);
        Assert.Empty(profile.Validate());
    }

    [Fact]
    public void Headerless_file_is_read_by_content()
    {
        var proposal = ProposeFixture("generic-headerless-comma-dot.csv");
        var profile = proposal.Profile!;

        Assert.False(profile.HasHeaderRow);
        Assert.Equal(',', profile.Delimiter);
        Assert.Equal("dd/MM/yyyy", profile.DatePattern); // 20/01/2026 rules out month-first
        Assert.Equal('.', profile.DecimalSeparator);
        Assert.Equal(CsvAmountLayout.Signed, profile.AmountLayout);
        Assert.Equal("1", profile.BookingDateColumn);
        Assert.Equal("3", profile.AmountColumn);
        Assert.Equal("4", profile.BalanceColumn);
        Assert.Equal(["2"], profile.TextColumns);
        Assert.True(proposal.Confidence < 0.9, "a file without header is a weaker proposal");
    }

    [Fact]
    public void English_header_with_direction_column_is_understood()
    {
        var profile = ProposeFixture("generic-amount-direction-tab.csv").Profile!;

        Assert.Equal('\t', profile.Delimiter);
        Assert.Equal("yyyy-MM-dd", profile.DatePattern);
        Assert.Equal(CsvAmountLayout.AmountWithDirection, profile.AmountLayout);
        Assert.Equal("Amount", profile.AmountColumn);
        Assert.Equal("D/C", profile.DirectionColumn);
        Assert.Equal("Reference", profile.ReferenceColumn);
        Assert.Equal(["Description"], profile.TextColumns);
        Assert.Equal(' ', profile.ThousandsSeparator);
    }

    [Fact]
    public void Built_in_with_a_different_number_format_is_adjusted_and_says_so()
    {
        // DNB's "Lagre til fil" export is reported with dot decimals.
        var text = "\"Dato\";\"Forklaring\";\"Rentedato\";\"Ut fra konto\";\"Inn på konto\"\r\n"
            + "\"02.01.2026\";\"Kaffe\";\"02.01.2026\";\"35.8\";\"\"\r\n"
            + "\"03.01.2026\";\"Lønn\";\"03.01.2026\";\"\";\"1000\"\r\n";

        var proposal = Propose(Encoding.UTF8.GetBytes(text));

        Assert.Equal("dnb-no", proposal.BuiltInName);
        Assert.Equal('.', proposal.Profile!.DecimalSeparator);
        Assert.Contains(proposal.Notes, n => n.StartsWith("Adjusted", StringComparison.Ordinal));
    }

    [Fact]
    public void Danish_dot_thousands_and_quoted_commas_are_read_from_values()
    {
        var text = "Date,Text,Amount,Balance\n"
            + "2026-03-01,\"Rent, March\",\"-1.250,00\",\"8.750,00\"\n"
            + "2026-03-02,Salary,\"25.000,00\",\"33.750,00\"\n"
            + "2026-03-03,Fee,\"-12,50\",\"33.737,50\"\n";

        var profile = Propose(Encoding.UTF8.GetBytes(text)).Profile!;

        Assert.Equal(',', profile.Delimiter);
        Assert.Equal(',', profile.DecimalSeparator);
        Assert.Equal('.', profile.ThousandsSeparator);
        Assert.Equal("Amount", profile.AmountColumn);
        Assert.Equal("Balance", profile.BalanceColumn);
    }

    [Theory]
    [InlineData("Datum;Text;Belopp\n2026-01-05;a;1,00\n2026-01-06;b;2,00\n", "yyyy-MM-dd")]
    [InlineData("Dato;Tekst;Beløb\n05.01.2026;a;1,00\n06.01.2026;b;2,00\n", "dd.MM.yyyy")]
    [InlineData("Date;Text;Amount\n01/13/2026;a;1.00\n01/14/2026;b;2.00\n", "MM/dd/yyyy")]
    [InlineData("Date;Text;Amount\n20260105;a;1,00\n20260106;b;2,00\n", "yyyyMMdd")]
    [InlineData("Kirjauspäivä;Selitys;Määrä\n5.1.2026;a;1,00\n16.1.2026;b;2,00\n", "d.M.yyyy")]
    public void Date_patterns_are_found_from_the_data(string text, string pattern) =>
        Assert.Equal(pattern, Propose(Encoding.UTF8.GetBytes(text)).Profile!.DatePattern);

    [Fact]
    public void Ambiguous_day_month_order_lowers_confidence_and_says_so()
    {
        var proposal = Propose(Encoding.UTF8.GetBytes("Date;Text;Amount\n01/02/2026;a;1,00\n03/04/2026;b;2,00\n"));

        Assert.Equal("dd/MM/yyyy", proposal.Profile!.DatePattern);
        Assert.Contains(proposal.Notes, n => n.Contains("day-first or month-first", StringComparison.Ordinal));
        Assert.True(proposal.Confidence <= 0.8);
    }

    [Fact]
    public void Windows_1252_text_is_detected_and_named()
    {
        var bytes = EncodingDetector.Windows1252.GetBytes("Dato;Tekst;Beløp\n01.01.2026;Smør;1,00\n02.01.2026;Brød;2,00\n");

        var profile = Propose(bytes).Profile!;

        Assert.Equal("windows-1252", profile.Encoding);
        Assert.Equal("Beløp", profile.AmountColumn);
    }

    [Fact]
    public void Text_that_is_not_a_statement_gets_no_profile()
    {
        var proposal = Propose(Encoding.UTF8.GetBytes("name;city\nAnne;Oslo\nBo;Malmö\n"));

        Assert.Null(proposal.Profile);
        Assert.Equal(0, proposal.Confidence);
        Assert.NotEmpty(proposal.Notes);
    }

    private static CsvProfileProposal ProposeFixture(string fileName)
    {
        using var stream = File.OpenRead(TestDataPath.Of("csv", fileName));
        return CsvProfileDetector.Propose(stream);
    }

    private static CsvProfileProposal Propose(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return CsvProfileDetector.Propose(stream);
    }
}
