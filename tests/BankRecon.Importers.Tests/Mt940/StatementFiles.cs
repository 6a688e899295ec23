using System.Text;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Importers.Tests.Mt940;

/// <summary>Finds the fixture files under TestData/ (in the source tree, so no copy step is needed) and parses them.</summary>
internal static class StatementFiles
{
    private static readonly Lazy<string> Root = new(FindTestData);

    public static string PathOf(string relative) => Path.Combine(Root.Value, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Reads a fixture through the front door: format detection, the parser and the balance check.</summary>
    public static ParseResult Read(string relative, ParseOptions? options = null)
    {
        using var stream = File.OpenRead(PathOf(relative));
        return StatementReader.Read(stream, options);
    }

    public static ParseResult ReadText(string text, ParseOptions? options = null) =>
        StatementReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), options);

    /// <summary>Runs one parser directly (no detection), as when the user forces a format.</summary>
    public static ParseResult ParseWith(IStatementParser parser, byte[] content, ParseOptions? options = null)
    {
        var collector = new StatementCollector();
        parser.Parse(new MemoryStream(content), options ?? ParseOptions.Default, collector);
        return collector.ToResult(parser.Format);
    }

    public static IReadOnlyList<ParseDiagnostic> Diagnostics(this ParseResult result, DiagnosticSeverity severity) =>
        [.. result.Diagnostics.Where(d => d.Severity == severity)];

    public static IReadOnlyList<ParseDiagnostic> BalanceWarnings(this ParseResult result) =>
        [.. result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning && d.Message.StartsWith("Balances do not add up", StringComparison.Ordinal))];

    private static string FindTestData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "TestData");
            if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "BankRecon.Importers.Tests.csproj"))) return candidate;
            var nested = Path.Combine(dir.FullName, "tests", "BankRecon.Importers.Tests", "TestData");
            if (Directory.Exists(nested)) return nested;
        }

        throw new DirectoryNotFoundException("TestData folder of BankRecon.Importers.Tests not found above " + AppContext.BaseDirectory);
    }
}
