using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Csv;
using BankRecon.Importers.Ofx;

namespace BankRecon.Importers;

/// <summary>
/// Every format we read, in detection order: the most specific content signatures first, CSV (the catch-all) last.
/// </summary>
public static class StatementParsers
{
    public static IReadOnlyList<IStatementParser> All { get; } =
    [
        // Parsers register here, most specific signature first; CSV stays last.
        new Camt.CamtParser(),
        new Mt940.Mt940Parser(),
        new Bai2.Bai2Parser(),
        new OfxParser(),
        new CsvStatementParser(),
    ];

    public static IStatementParser? For(StatementFormat format) => All.FirstOrDefault(p => p.Format == format);
}
