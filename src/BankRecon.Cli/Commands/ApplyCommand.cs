using System.Globalization;
using System.Text.Json;
using BankRecon.Application.Journals;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Cli.Commands;

/// <summary>`bankrecon apply --journal &lt;id|no&gt; [--json]`: "Apply automatically" for unattended runs.</summary>
public static class ApplyCommand
{
    public const string Summary = "apply a journal automatically: --journal <id|no> [--user NAME] [--json]";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "json", "verbose" };

    public static async Task<int> RunAsync(string[] args)
    {
        var arguments = new CommandArguments(args, Flags);
        var journalArgument = arguments.Require("journal");
        var user = arguments.Get("user") ?? Environment.UserName;
        var json = arguments.Has("json");
        var verbose = arguments.Has("verbose");
        var (provider, connection) = CliHost.ReadDatabase(arguments);
        arguments.EnsureAllRead();

        await using var services = CliHost.Build(provider, connection, verbose);
        Guid? journalId;
        await using (var scope = services.CreateAsyncScope())
        {
            journalId = await FindJournalAsync(scope.ServiceProvider.GetRequiredService<BankReconDbContext>(), journalArgument);
        }

        if (journalId is null)
        {
            await Console.Error.WriteLineAsync($"There is no journal '{journalArgument}'.");
            return ExitCodes.Rejected;
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<ApplyAutomaticallyHandler>()
                .HandleAsync(new ApplyAutomaticallyCommand(journalId.Value, user), CancellationToken.None);
            if (!result.Succeeded)
            {
                await Console.Error.WriteLineAsync(result.Describe());
                return ExitCodes.Rejected;
            }

            var summary = result.Value;
            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    journal = summary.JournalNo,
                    journalId = journalId.Value,
                    paymentLines = summary.PaymentLines,
                    appliedLines = summary.AppliedLines,
                    needReview = summary.NeedReview,
                    keptByPerson = summary.KeptByPerson,
                    openEntries = summary.OpenEntries,
                    leftOutEntries = summary.LeftOutEntries,
                    version = summary.Version,
                    timings = new { loadMs = summary.Timings.LoadMs, matchMs = summary.Timings.MatchMs, saveMs = summary.Timings.SaveMs, totalMs = summary.Timings.TotalMs },
                }, Indented));
            }
            else
            {
                Console.WriteLine($"Journal {summary.JournalNo}: {summary.Message}");
                if (summary.LeftOutMessage is { } leftOut) Console.WriteLine(leftOut);
                if (summary.KeptByPerson > 0) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{summary.KeptByPerson} lines decided by a person were kept."));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{summary.OpenEntries} open entries considered; {summary.Timings.TotalMs} ms."));
            }
        }

        return ExitCodes.Ok;
    }

    private static async Task<Guid?> FindJournalAsync(BankReconDbContext db, string argument)
    {
        if (Guid.TryParse(argument, out var id))
            return await db.PaymentReconciliationJournals.AnyAsync(j => j.Id == id) ? id : null;
        var no = argument.Trim().ToUpperInvariant();
        return await db.PaymentReconciliationJournals.Where(j => j.No == no).Select(j => (Guid?)j.Id).SingleOrDefaultAsync();
    }
}
