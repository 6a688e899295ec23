using System.Globalization;
using System.Text;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Csv;
using BankRecon.Importers.Writers;

namespace BankRecon.Application.Tests.Statements;

/// <summary>Statement files for the import tests, written by our own writers (and read back by the real parsers).</summary>
internal static class StatementFiles
{
    public static readonly DateOnly Day = new(2026, 3, 2);

    /// <summary>A line with the bank's reference "REF-{n}" (so dedup goes by reference).</summary>
    public static ParsedLine Line(int n, decimal amount, string text = "Payment", DateOnly? date = null) => new()
    {
        BookingDate = date ?? Day.AddDays(n % 20),
        ValueDate = date ?? Day.AddDays(n % 20),
        Amount = amount,
        Currency = "NOK",
        Description = $"{text} {n.ToString(CultureInfo.InvariantCulture)}",
        CounterpartyName = "Nordlys Bygg AS",
        BankReference = "REF-" + n.ToString("D6", CultureInfo.InvariantCulture),
        EndToEndId = "E2E-" + n.ToString(CultureInfo.InvariantCulture),
    };

    public static StatementHeader Header(string account, string sequence, decimal opening, IEnumerable<ParsedLine> lines, string currency = "NOK") => new()
    {
        Account = account,
        Currency = currency,
        StatementId = "STMT-" + sequence,
        ElectronicSequenceNumber = sequence,
        From = lines.Select(l => l.BookingDate).Min() ?? Day,
        To = lines.Select(l => l.BookingDate).Max() ?? Day,
        OpeningBalance = opening,
        ClosingBalance = opening + lines.Sum(l => l.Amount),
    };

    public static MemoryStream Camt(params ParsedStatement[] statements)
    {
        var stream = new MemoryStream();
        Camt053Writer.Write(stream, statements, new Camt053WriterOptions { MessageId = "TEST-" + string.Join("-", statements.Select(s => s.Header.StatementId)) });
        stream.Position = 0;
        return stream;
    }

    public static ParsedStatement Statement(string account, string sequence, decimal opening, params ParsedLine[] lines) =>
        new(Header(account, sequence, opening, lines) with { StatementIndex = 0 }, lines);

    public static MemoryStream DnbCsv(IReadOnlyList<ParsedLine> lines, decimal opening)
    {
        var stream = new MemoryStream();
        CsvStatementWriter.Write(stream, new ParsedStatement(new StatementHeader { OpeningBalance = opening, Currency = "NOK" }, lines), CsvProfiles.DnbNo);
        stream.Position = 0;
        return stream;
    }

    public static MemoryStream Text(string text) => new(Encoding.UTF8.GetBytes(text));
}
