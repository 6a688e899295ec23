using System.Globalization;
using System.Text;
using BankRecon.Cli.Json;
using BankRecon.Domain.Common;
using BankRecon.Importers;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Csv;

namespace BankRecon.Cli.Commands;

/// <summary>
/// <c>bankrecon inspect &lt;file&gt; [--format auto|camt|mt940|ofx|bai2|csv] [--csv-profile auto|&lt;name&gt;] [--json]</c>:
/// parses a statement file without a database and prints what was read. Exit code 0 when the file was read
/// (warnings allowed), 1 when it was rejected, 2 on bad usage.
/// </summary>
public static class InspectCommand
{
    public const string Summary = "Read a statement file without a database and show what it holds (--json for tools)";

    public const string Usage = "bankrecon inspect <file> [--format auto|camt|mt940|ofx|bai2|csv] [--csv-profile auto|<name>] [--json]";

    public static async Task<int> RunAsync(string[] args)
    {
        // Always UTF-8, whatever the console's code page: other tools read this output.
        await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return Run(args, stdout);
    }

    /// <summary>Runs the command, writing to <paramref name="output"/>. Throws <see cref="UsageException"/> on bad usage.</summary>
    public static int Run(string[] args, TextWriter output)
    {
        var arguments = new CommandArguments(args, new HashSet<string>(StringComparer.Ordinal) { "json" });
        var json = arguments.Has("json");
        var format = ParseFormat(arguments.Get("format"));
        var csvProfile = FindCsvProfile(arguments.Get("csv-profile"));
        arguments.EnsureAllRead();
        if (arguments.Positionals.Count != 1)
        {
            throw new UsageException($"inspect needs exactly one file. Usage: {Usage}");
        }

        var result = Read(arguments.Positionals[0], new ParseOptions { Format = format, CsvProfile = csvProfile });
        if (json)
        {
            output.Write(InspectJsonWriter.ToJson(result));
        }
        else
        {
            WriteSummary(output, result);
        }

        output.Flush();
        return result.IsRejected || result.Format == StatementFormat.Auto ? ExitCodes.Rejected : ExitCodes.Ok;
    }

    private static ParseResult Read(string path, ParseOptions options)
    {
        if (!File.Exists(path))
        {
            return Rejected($"The file '{path}' does not exist.");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return StatementReader.Read(stream, options);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Rejected($"The file '{path}' cannot be read: {ex.Message}");
        }
    }

    private static ParseResult Rejected(string message) =>
        new(StatementFormat.Auto, [], [ParseDiagnostic.Fatal("file", message)]);

    internal static StatementFormat ParseFormat(string? raw) => raw?.ToLowerInvariant() switch
    {
        null or "auto" => StatementFormat.Auto,
        "camt" => StatementFormat.Camt,
        "mt940" => StatementFormat.Mt940,
        "ofx" => StatementFormat.Ofx,
        "bai2" => StatementFormat.Bai2,
        "csv" => StatementFormat.Csv,
        _ => throw new UsageException($"Unknown format '{raw}'. Use one of: auto, camt, mt940, ofx, bai2, csv."),
    };

    /// <summary>The CSV profile named on the command line (a built-in one); null means "detect". Shared with import.</summary>
    internal static CsvProfile? FindCsvProfile(string? name)
    {
        if (name is null || string.Equals(name, "auto", StringComparison.OrdinalIgnoreCase)) return null;
        return CsvProfiles.Find(name)
            ?? throw new UsageException($"Unknown CSV profile '{name}'. Known profiles: auto, {string.Join(", ", CsvProfiles.BuiltIn.Select(p => p.Name))}.");
    }

    private static void WriteSummary(TextWriter output, ParseResult result)
    {
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(result.Format == StatementFormat.Auto ? "Format: not recognised" : $"Format: {InspectJsonWriter.FormatName(result.Format)}");
        foreach (var statement in result.Statements)
        {
            var header = statement.Header;
            output.WriteLine(string.Create(invariant,
                $"Statement {header.StatementIndex + 1}: account {(header.Account is null ? "unknown" : BankAccountNumber.Mask(header.Account))}, {header.Currency ?? "no currency"}, id {header.StatementId ?? "none"}, {Period(header)}{(header.IsCopy ? ", marked as copy" : "")}"));
            output.WriteLine(string.Create(invariant,
                $"  opening {Amount(header.OpeningBalance)}, {statement.Lines.Count} lines totalling {statement.Lines.Sum(l => l.Amount)}, closing {Amount(header.ClosingBalance)}"));
        }

        var counts = string.Join(", ", Enum.GetValues<DiagnosticSeverity>().Reverse()
            .Select(s => (Severity: s, Count: result.Diagnostics.Count(d => d.Severity == s)))
            .Where(c => c.Count > 0)
            .Select(c => string.Create(invariant, $"{c.Count} {InspectJsonWriter.SeverityName(c.Severity)}")));
        output.WriteLine(counts.Length == 0 ? "Diagnostics: none" : $"Diagnostics: {counts}");
        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine($"  {InspectJsonWriter.SeverityName(diagnostic.Severity)} at {diagnostic.Location}: {diagnostic.Message}");
        }

        output.WriteLine(result.IsRejected || result.Format == StatementFormat.Auto ? "Result: rejected" : "Result: read");
    }

    private static string Period(StatementHeader header) =>
        header.From is null && header.To is null
            ? "no period"
            : $"{header.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"} to {header.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?"}";

    private static string Amount(decimal? amount) => amount?.ToString(CultureInfo.InvariantCulture) ?? "none";
}
