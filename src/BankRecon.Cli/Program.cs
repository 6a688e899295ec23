using BankRecon.Cli;
using BankRecon.Cli.Commands;

// The `bankrecon` command: a thin host over the same use cases the web app runs.
// Each verb lives in Commands/<Verb>Command.cs with one static RunAsync(string[] args) method.
var verbs = new Dictionary<string, (string Summary, Func<string[], Task<int>> Run)>(StringComparer.Ordinal)
{
    ["inspect"] = (InspectCommand.Summary, InspectCommand.RunAsync),
    ["import"] = (ImportCommand.Summary, ImportCommand.RunAsync),
    ["bench import"] = (BenchCommand.Summary, BenchCommand.ImportAsync),
    ["apply"] = (ApplyCommand.Summary, ApplyCommand.RunAsync),
    ["bench apply"] = (BenchApplyCommand.Summary, BenchApplyCommand.RunAsync),
    ["post"] = (PostCommand.Summary, PostCommand.RunAsync),
    ["bench post"] = (BenchPostCommand.Summary, BenchPostCommand.RunAsync),
    ["db migrate"] = ("apply pending migrations [--provider sqlite|postgresql --connection CS]", BankRecon.Cli.Commands.DbCommands.MigrateAsync),
    ["db script"] = ("print the migration SQL: --provider sqlite|postgresql [--from M --to M --idempotent]", BankRecon.Cli.Commands.DbCommands.ScriptAsync),
    ["db seed"] = ("seed the demo company into an empty database: --demo", BankRecon.Cli.Commands.DbCommands.SeedAsync),
    ["match"] = (MatchCommand.Summary, MatchCommand.RunAsync),
    ["bench generate"] = (BenchGenerateCommand.Summary, BenchGenerateCommand.RunAsync),
    ["bench match"] = (BenchMatchCommand.Summary, BenchMatchCommand.RunAsync),
    ["bench parse"] = (BenchParseCommand.Summary, BenchParseCommand.RunAsync),
    ["bench parse-one"] = (BenchParseOneCommand.Summary, BenchParseOneCommand.RunAsync),
};

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    PrintUsage();
    return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Ok;
}

// Two-word verbs ("db migrate", "bench match") are looked up first.
var key = args.Length > 1 && verbs.ContainsKey($"{args[0]} {args[1]}") ? $"{args[0]} {args[1]}" : args[0];
if (!verbs.TryGetValue(key, out var verb))
{
    await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'.");
    PrintUsage();
    return ExitCodes.Usage;
}

try
{
    return await verb.Run(args[(key.Split(' ').Length)..]);
}
catch (UsageException ex)
{
    await Console.Error.WriteLineAsync(ex.Message);
    await Console.Error.WriteLineAsync($"Run 'bankrecon help' for usage.");
    return ExitCodes.Usage;
}

void PrintUsage()
{
    Console.WriteLine("bankrecon — bank statement import, matching and reconciliation");
    Console.WriteLine();
    Console.WriteLine("Commands:");
    foreach (var (name, (summary, _)) in verbs.OrderBy(v => v.Key, StringComparer.Ordinal))
    {
        Console.WriteLine($"  {name,-16} {summary}");
    }
}
