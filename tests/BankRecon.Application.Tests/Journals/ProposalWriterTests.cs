using BankRecon.Application.Journals;
using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.TestKit.Databases;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Tests.Journals;

/// <summary>How "Apply automatically" stores its proposals (ProposalWriter): only changed lines, old applications replaced, one winner.</summary>
public sealed class ProposalWriterTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Rerun_with_nothing_changed_rewrites_no_line_and_keeps_hand_made_applications(string provider)
    {
        await using var world = await JournalWorld.CreateAsync(provider);
        var invoice = await world.InvoiceAsync("10000", 1250m);
        var other = await world.InvoiceAsync("10000", 700m, daysAgo: 3);
        var journal = await world.JournalAsync();
        var lines = await world.LinesAsync(journal,
            (1250m, "Betaling", "Nordlys Bygg AS", invoice.PaymentReference),
            (700m, "Innbetaling", "Nordlys Bygg AS", null),
            (-17.50m, "Gebyr", null, null));
        var manual = await world.RunAsync<ApplyLineManuallyHandler, Result<int>>(h => h.HandleAsync(
            new ApplyLineManuallyCommand(journal, lines[1], [new ManualApplicationInput(other.LedgerEntryId, 700m)], JournalWorld.User, null), CancellationToken.None));
        Assert.True(manual.Succeeded, manual.Describe());
        Assert.True((await world.ApplyAsync(journal)).Succeeded);
        var before = await SnapshotAsync(world, lines);
        var version = await world.VersionAsync(journal);

        world.Host.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = await world.ApplyAsync(journal);

        Assert.True(again.Succeeded, again.Describe());
        Assert.Equal(before, await SnapshotAsync(world, lines));
        Assert.Equal(version + 1, await world.VersionAsync(journal));
        var kept = await world.LineAsync(lines[1]);
        Assert.Equal(LineConfidence.Manual, kept.Confidence);
        Assert.Equal(other.LedgerEntryId, Assert.Single(kept.Applications).LedgerEntryId);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task A_changed_proposal_replaces_the_old_applications(string provider)
    {
        await using var world = await JournalWorld.CreateAsync(provider);
        var first = await world.InvoiceAsync("10000", 2000m);
        // The payer quotes the NEXT invoice's number, which does not exist yet: the first run can only go by amount and name.
        var quoted = JournalAccess.NextStatementNo(first.DocumentNo);
        var journal = await world.JournalAsync();
        var lines = await world.LinesAsync(journal, (2000m, "Faktura " + quoted, "Nordlys Bygg AS", null));
        Assert.True((await world.ApplyAsync(journal)).Succeeded);
        var before = await world.LineAsync(lines[0]);
        var old = Assert.Single(before.Applications);
        Assert.Equal(first.LedgerEntryId, old.LedgerEntryId);

        var second = await world.InvoiceAsync("10000", 2000m, daysAgo: 2);
        Assert.Equal(quoted, second.DocumentNo);
        var again = await world.ApplyAsync(journal);

        Assert.True(again.Succeeded, again.Describe());
        var line = await world.LineAsync(lines[0]);
        var application = Assert.Single(line.Applications);
        Assert.Equal((second.LedgerEntryId, 2000m, second.DocumentNo), (application.LedgerEntryId, application.AppliedAmount, application.DocumentNo));
        Assert.Equal(before.Version + 1, line.Version);
        Assert.NotEqual(before.Explanation, line.Explanation);
        // The old application row is gone from the database, not just from the line.
        Assert.Equal(0, await world.Host.QueryAsync(db => db.StatementLines.SelectMany(l => l.Applications).CountAsync(a => a.Id == old.Id)));
        Assert.Equal(1, await world.Host.QueryAsync(db => db.StatementLines.Where(l => l.Id == lines[0]).SelectMany(l => l.Applications).CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Two_runs_from_the_same_version_one_wins_and_the_other_is_told_the_journal_changed(string provider)
    {
        await using var world = await JournalWorld.CreateAsync(provider);
        var invoice = await world.InvoiceAsync("10000", 640m);
        var journal = await world.JournalAsync();
        await world.LinesAsync(journal, (640m, "Betaling", "Nordlys Bygg AS", invoice.PaymentReference), (-9m, "Gebyr", null, null));
        var seen = await world.VersionAsync(journal);

        var results = await Task.WhenAll(
            world.RunAsync<ApplyAutomaticallyHandler, Result<ApplyAutomaticallySummary>>(h => h.HandleAsync(
                new ApplyAutomaticallyCommand(journal, "anna", seen), CancellationToken.None)),
            world.RunAsync<ApplyAutomaticallyHandler, Result<ApplyAutomaticallySummary>>(h => h.HandleAsync(
                new ApplyAutomaticallyCommand(journal, "bo", seen), CancellationToken.None)));

        Assert.Single(results, r => r.Succeeded);
        var loser = Assert.Single(results, r => !r.Succeeded);
        Assert.Equal(ResultStatus.Conflict, loser.Status);
        Assert.Equal(JournalAccess.ChangedCode, Assert.Single(loser.Errors).Code);
        Assert.Equal(seen + 1, await world.VersionAsync(journal));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task A_journal_changed_after_it_was_read_refuses_the_write_and_nothing_is_stored(string provider)
    {
        await using var world = await JournalWorld.CreateAsync(provider);
        var invoice = await world.InvoiceAsync("10000", 310m);
        var journal = await world.JournalAsync();
        var lines = await world.LinesAsync(journal, (310m, "Betaling", "Nordlys Bygg AS", invoice.PaymentReference));
        var version = await world.VersionAsync(journal);

        var outcome = await world.Host.QueryAsync(async db =>
        {
            var loaded = await db.PaymentReconciliationJournals.SingleAsync(j => j.Id == journal);
            var line = await db.StatementLines.AsNoTracking().SingleAsync(l => l.Id == lines[0]);
            // Someone else edits the journal between this run's read and its write.
            await world.Host.QueryAsync(other => other.PaymentReconciliationJournals.Where(j => j.Id == journal)
                .ExecuteUpdateAsync(s => s.SetProperty(j => j.Version, j => j.Version + 1)));
            var proposed = new ProposedLine(line, line.Version, HadApplications: false);
            Assert.True(line.Propose(LineConfidence.High, ApplicationAccountType.Customer, "10000", [new AppliedPaymentEntry(invoice.LedgerEntryId, 310m)],
                "test", null, reviewRequired: false, "anna", DateTime.UtcNow));
            loaded.RecordApplied("anna", DateTime.UtcNow);
            return await ProposalWriter.SaveAsync(db, loaded, [proposed], CancellationToken.None);
        });

        Assert.Equal(ResultStatus.Conflict, outcome.Status);
        Assert.Equal(JournalAccess.ChangedCode, Assert.Single(outcome.Errors).Code);
        var stored = await world.LineAsync(lines[0]);
        Assert.Equal((ApplicationAccountType.None, 0), (stored.AccountType, stored.Applications.Count));
        Assert.Equal(version + 1, await world.VersionAsync(journal));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task A_line_changed_after_it_was_read_refuses_the_whole_write(string provider)
    {
        await using var world = await JournalWorld.CreateAsync(provider);
        var invoice = await world.InvoiceAsync("10000", 310m);
        var journal = await world.JournalAsync();
        var lines = await world.LinesAsync(journal, (310m, "Betaling", "Nordlys Bygg AS", invoice.PaymentReference), (55m, "Ukjent", null, null));
        var version = await world.VersionAsync(journal);

        var outcome = await world.Host.QueryAsync(async db =>
        {
            var loaded = await db.PaymentReconciliationJournals.SingleAsync(j => j.Id == journal);
            var read = await db.StatementLines.AsNoTracking().Where(l => l.JournalId == journal).OrderBy(l => l.LineNo).ToListAsync();
            // Line 2 changes under this run (its own Version moves on).
            await world.Host.QueryAsync(other => other.StatementLines.Where(l => l.Id == lines[1])
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Version, l => l.Version + 1)));
            var proposed = read.Select(l => new ProposedLine(l, l.Version, HadApplications: false)).ToList();
            Assert.True(read[0].Propose(LineConfidence.High, ApplicationAccountType.Customer, "10000", [new AppliedPaymentEntry(invoice.LedgerEntryId, 310m)],
                "test", null, reviewRequired: false, "anna", DateTime.UtcNow));
            Assert.True(read[1].Propose(LineConfidence.None, ApplicationAccountType.None, null, [], null, null, reviewRequired: true, "anna", DateTime.UtcNow));
            loaded.RecordApplied("anna", DateTime.UtcNow);
            return await ProposalWriter.SaveAsync(db, loaded, proposed, CancellationToken.None);
        });

        Assert.Equal(ResultStatus.Conflict, outcome.Status);
        // All or nothing: line 1 and the journal are as they were.
        var first = await world.LineAsync(lines[0]);
        Assert.Equal((ApplicationAccountType.None, 0, 0), (first.AccountType, first.Applications.Count, first.Version));
        Assert.Equal(version, await world.VersionAsync(journal));
    }

    /// <summary>What a re-write would change: every line's version, stamp and application ids.</summary>
    private static async Task<string> SnapshotAsync(JournalWorld world, IReadOnlyList<Guid> lines)
    {
        var parts = new List<string>();
        foreach (var id in lines)
        {
            var line = await world.LineAsync(id);
            parts.Add($"{line.Version}|{line.AppliedAtUtc:O}|{line.Confidence}|{string.Join(",", line.Applications.Select(a => a.Id).Order())}");
        }

        return string.Join(";", parts);
    }
}
