using System.Globalization;
using BankRecon.Application.Entries;
using BankRecon.Domain.Common;
using CsvHelper;

namespace BankRecon.Application.Bench;

/// <summary>
/// The truth file: <c>statement_index,line_index,entry_id,amount,scenario,traits</c>, one row per true application.
/// A line that should match nothing has one row with empty <c>entry_id</c> and <c>amount</c>. <c>traits</c> is a
/// ';'-separated list. Same encoding rules as the entries CSV (UTF-8, comma, invariant decimals).
/// </summary>
public static class TruthCsv
{
    public static IReadOnlyList<string> Columns { get; } = ["statement_index", "line_index", "entry_id", "amount", "scenario", "traits"];

    public static string Format(ScenarioKind kind) => kind switch
    {
        ScenarioKind.Reference => "reference",
        ScenarioKind.InvoiceNoInText => "invoice_no_in_text",
        ScenarioKind.NameAndAmount => "name_and_amount",
        ScenarioKind.MultiInvoice => "multi_invoice",
        ScenarioKind.Partial => "partial",
        ScenarioKind.BankCharges => "bank_charges",
        ScenarioKind.CreditMemo => "credit_memo",
        ScenarioKind.Discount => "discount",
        ScenarioKind.ThirdParty => "third_party",
        ScenarioKind.Vendor => "vendor",
        ScenarioKind.Unmatched => "unmatched",
        ScenarioKind.DuplicatePayment => "duplicate_payment",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static bool TryParse(string text, out ScenarioKind kind)
    {
        foreach (var candidate in Enum.GetValues<ScenarioKind>())
        {
            if (string.Equals(Format(candidate), text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                kind = candidate;
                return true;
            }
        }

        kind = default;
        return false;
    }

    public static void Write(string path, IEnumerable<LineTruth> truth)
    {
        using var writer = new StreamWriter(path, append: false, EntriesCsvWriter.Encoding);
        Write(writer, truth);
    }

    public static void Write(TextWriter writer, IEnumerable<LineTruth> truth)
    {
        using var csv = CsvWriter.Create(writer, new CsvWriterOptions { Separator = ',', NewLine = "\n", Injection = CsvInjection.None }, leaveOpen: true);
        csv.WriteRecord([.. Columns]);
        foreach (var line in truth)
        {
            var statement = line.StatementIndex.ToString(CultureInfo.InvariantCulture);
            var index = line.LineIndex.ToString(CultureInfo.InvariantCulture);
            var traits = string.Join(";", line.Traits);
            if (line.Applications.Count == 0)
            {
                csv.WriteRecord([statement, index, "", "", Format(line.Kind), traits]);
                continue;
            }

            foreach (var application in line.Applications)
            {
                csv.WriteRecord([statement, index, application.EntryId, EntriesCsv.Format(application.Amount), Format(line.Kind), traits]);
            }
        }

        csv.Flush();
    }

    public static Result<IReadOnlyList<LineTruth>> Read(string path)
    {
        using var reader = new StreamReader(path, EntriesCsvWriter.Encoding, detectEncodingFromByteOrderMarks: true);
        return Read(reader);
    }

    public static Result<IReadOnlyList<LineTruth>> Read(TextReader reader)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
        };
        using var csv = CsvReader.Create(reader, options, leaveOpen: true);
        var lines = new List<LineTruth>();
        try
        {
            if (!csv.Read() || csv.FieldCount < Columns.Count || !string.Equals(csv.GetString(0).Trim(), Columns[0], StringComparison.Ordinal))
            {
                return Result<IReadOnlyList<LineTruth>>.Invalid("truth.header", $"Line 1 must be the header {string.Join(",", Columns)}.", "line 1");
            }

            List<EntryAmount>? applications = null;
            (int Statement, int Line)? current = null;
            ScenarioKind currentKind = default;
            IReadOnlyList<string> currentTraits = [];
            while (csv.Read())
            {
                var where = $"line {csv.LineNumber}";
                if (!int.TryParse(csv.GetString(0), NumberStyles.None, CultureInfo.InvariantCulture, out var statement)
                    || !int.TryParse(csv.GetString(1), NumberStyles.None, CultureInfo.InvariantCulture, out var lineIndex))
                {
                    return Result<IReadOnlyList<LineTruth>>.Invalid("truth.index", $"Line {csv.LineNumber}: statement_index and line_index must be whole numbers.", where);
                }

                if (!TryParse(csv.GetString(4), out var kind))
                {
                    return Result<IReadOnlyList<LineTruth>>.Invalid("truth.scenario", $"Line {csv.LineNumber}, column scenario: '{csv.GetString(4)}' is not a scenario kind.", where);
                }

                if (current != (statement, lineIndex))
                {
                    if (current is { } done) lines.Add(new LineTruth(done.Statement, done.Line, currentKind, currentTraits, applications!));
                    current = (statement, lineIndex);
                    applications = [];
                    currentKind = kind;
                    currentTraits = csv.GetString(5).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                }

                var entryId = csv.GetString(2).Trim();
                if (entryId.Length == 0) continue;
                if (!decimal.TryParse(csv.GetString(3), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount))
                {
                    return Result<IReadOnlyList<LineTruth>>.Invalid("truth.amount", $"Line {csv.LineNumber}, column amount: '{csv.GetString(3)}' is not an amount.", where);
                }

                applications!.Add(new EntryAmount(entryId, amount));
            }

            if (current is { } last) lines.Add(new LineTruth(last.Statement, last.Line, currentKind, currentTraits, applications!));
        }
        catch (CsvFormatException ex)
        {
            return Result<IReadOnlyList<LineTruth>>.Invalid("truth.unreadable", $"Line {ex.LineNumber}: the CSV structure cannot be read ({ex.Message}).", $"line {ex.LineNumber}");
        }

        return Result<IReadOnlyList<LineTruth>>.Success(lines);
    }
}
