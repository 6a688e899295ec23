using System.Reflection;
using System.Text.RegularExpressions;
using BankRecon.Domain.Common;

namespace BankRecon.Domain.Tests.Architecture;

/// <summary>The layering rules of docs/architecture.md, enforced: the domain and the importers stay pure.</summary>
public sealed partial class ArchitectureTests
{
    private static readonly string[] Forbidden = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", "Serilog", "Npgsql", "Microsoft.Data"];

    [Fact]
    public void Domain_references_no_framework_for_storage_web_or_logging() =>
        AssertPure(typeof(Money).Assembly);

    [Fact]
    public void Importers_reference_no_framework_for_storage_web_or_logging() =>
        AssertPure(Assembly.Load("BankRecon.Importers"));

    [Fact]
    public void Source_code_never_reads_the_machine_clock_or_parses_floating_point()
    {
        var root = RepositoryRoot();
        var offenders = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetRelativePath(root, f), Line: i + 1, Text: line)))
            .Where(l => BannedApi().IsMatch(l.Text) && !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();
        Assert.True(offenders.Count == 0, "Use TimeProvider and decimal instead:\n" + string.Join("\n", offenders));
    }

    private static void AssertPure(Assembly assembly)
    {
        var references = assembly.GetReferencedAssemblies().Select(a => a.Name ?? "").ToList();
        var bad = references.Where(r => Forbidden.Any(f => r.StartsWith(f, StringComparison.Ordinal))).ToList();
        Assert.True(bad.Count == 0, $"{assembly.GetName().Name} must stay pure but references {string.Join(", ", bad)}");
    }

    private static string RepositoryRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "BankRecon.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("Repository root not found.");
    }

    [GeneratedRegex(@"DateTime(Offset)?\.(Now|UtcNow|Today)\b|\bdouble\.Parse\b|Convert\.ToDouble\b|float\.Parse\b")]
    private static partial Regex BannedApi();
}
