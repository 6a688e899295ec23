using System.Globalization;
using BankRecon.Application.Entries;
using BankRecon.Application.Matching;
using BankRecon.Domain.Matching;
using BankRecon.Importers;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Cli.Commands;

/// <summary>
/// <c>bankrecon match --statement FILE --entries entries.csv [--rules default|bc] [--json]</c>: proposes matches for
/// every line of a statement file (any supported format) against open entries from an entries CSV.
/// Exit codes: 0 done, 1 rejected input (the message says what and where), 2 bad usage.
/// </summary>
public static class MatchCommand
{
    public const string Summary = "Propose matches: --statement FILE --entries entries.csv [--rules default|bc] [--json]";

    public static Task<int> RunAsync(string[] args) => Task.FromResult(Run(args, Console.Out, Console.Error));

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var arguments = new CommandArguments(args, new HashSet<string>(StringComparer.Ordinal) { "json" });
        var statementPath = arguments.Require("statement");
        var entriesPath = arguments.Require("entries");
        var settings = ParseRules(arguments.Get("rules"));
        var json = arguments.Has("json");
        arguments.EnsureAllRead();
        if (arguments.Positionals.Count > 0) throw new UsageException($"Unexpected argument '{arguments.Positionals[0]}'.");

        if (!File.Exists(statementPath))
        {
            error.WriteLine($"Statement file not found: {statementPath}");
            return ExitCodes.Rejected;
        }

        if (!File.Exists(entriesPath))
        {
            error.WriteLine($"Entries file not found: {entriesPath}");
            return ExitCodes.Rejected;
        }

        ParseResult parsed;
        using (var stream = File.OpenRead(statementPath))
        {
            parsed = StatementReader.Read(stream);
        }

        foreach (var diagnostic in parsed.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
        {
            error.WriteLine($"{statementPath}: {diagnostic}");
        }

        if (parsed.IsRejected)
        {
            error.WriteLine($"{statementPath}: the statement was rejected (see above).");
            return ExitCodes.Rejected;
        }

        var entries = EntriesCsvReader.Read(entriesPath);
        if (!entries.Succeeded)
        {
            foreach (var problem in entries.Errors)
            {
                error.WriteLine($"{entriesPath}: {problem.Message}");
            }

            return ExitCodes.Rejected;
        }

        var lines = MatchInputs.ToMatchLines(parsed.Statements);
        var result = MatchingEngine.Match(lines, MatchInputs.ToOpenEntries(entries.Value), settings);
        if (json)
        {
            output.WriteLine(MatchJsonWriter.Write(result));
        }
        else
        {
            WriteText(output, result);
        }

        return ExitCodes.Ok;
    }

    private static MatchingSettings ParseRules(string? rules) => rules switch
    {
        null or "default" => MatchingSettings.Default,
        "bc" => MatchingSettings.BusinessCentral,
        _ => throw new UsageException($"Option --rules must be 'default' or 'bc', not '{rules}'."),
    };

    private static void WriteText(TextWriter output, MatchResult result)
    {
        foreach (var proposal in result.Proposals)
        {
            var target = proposal.Account is null ? "-" : $"{MatchJsonWriter.Format(proposal.Account.Type)} {proposal.Account.No}";
            var entries = string.Join(", ", proposal.Applications.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.EntryId} {MatchJsonWriter.WithScale(a.Amount, 2)}")));
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{proposal.Line.StatementIndex}/{proposal.Line.LineIndex}  {proposal.Line.Amount,14}  {MatchJsonWriter.Format(proposal.Confidence),-6}  {target,-20}  {entries}"));
        }

        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{result.Proposals.Count} lines: {result.Count(MatchConfidence.High)} high, {result.Count(MatchConfidence.Medium)} medium, {result.Count(MatchConfidence.Low)} low, {result.Count(MatchConfidence.None)} none."));
    }
}
