using BankRecon.Application.Journals;
using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.TestKit.Databases;

namespace BankRecon.Application.Tests.Journals;

/// <summary>
/// The journal page's snapshot after edits: each edit patches in the lines it changed, and the patched snapshot must
/// be exactly what reading the whole journal again gives.
/// </summary>
public sealed class JournalPageSnapshotTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Edits_patch_the_snapshot_into_what_a_full_read_gives(string provider)
    {
        await using var world = await JournalWorld.CreateAsync(provider);
        var first = await world.InvoiceAsync("10000", 1250m);
        var second = await world.InvoiceAsync("10010", 500m);
        var third = await world.InvoiceAsync("10010", 300m);
        var journal = await world.JournalAsync();
        var lines = await world.LinesAsync(journal,
            (1250m, "Betaling", "Nordlys Bygg AS", first.PaymentReference),
            (800m, "Innbetaling", null, null),
            (99.50m, "Gebyr", null, null),
            (40m, "Ukjent", null, null));
        Assert.True((await world.ApplyAsync(journal)).Succeeded);
        Task<JournalListItem> ListedAsync() => world.RunAsync<ListJournalsHandler, JournalListItem>(async h =>
            Assert.Single((await h.HandleAsync(new ListJournalsQuery(), CancellationToken.None)).Items));
        var summedInSql = await ListedAsync();
        await ViewAsync(world, journal);                          // the snapshot is read once here
        Assert.Equal(summedInSql, await ListedAsync());           // the list now takes the figures from the snapshot

        var edits = new (string Name, Func<Task<bool>> Run)[]
        {
            ("accept", async () => (await world.RunAsync<AcceptLineHandler, Result<int>>(h => h.HandleAsync(
                new AcceptLineCommand(journal, lines[0], JournalWorld.User, null), CancellationToken.None))).Succeeded),
            ("apply by hand", async () => (await world.RunAsync<ApplyLineManuallyHandler, Result<int>>(h => h.HandleAsync(
                new ApplyLineManuallyCommand(journal, lines[1], [new ManualApplicationInput(second.LedgerEntryId, 500m), new ManualApplicationInput(third.LedgerEntryId, 300m)],
                    JournalWorld.User, null), CancellationToken.None))).Succeeded),
            ("split", async () => (await world.RunAsync<SplitLineHandler, Result<SplitResult>>(h => h.HandleAsync(
                new SplitLineCommand(journal, lines[3], 15m, "Resten", JournalWorld.User, null), CancellationToken.None))).Succeeded),
            ("transfer the difference", async () => (await world.RunAsync<TransferDifferenceToAccountHandler, Result<TransferredDifference>>(h => h.HandleAsync(
                new TransferDifferenceToAccountCommand(journal, lines[2], ApplicationAccountType.GlAccount, "7770", "Bankgebyr", JournalWorld.User, null),
                CancellationToken.None))).Succeeded),
            ("remove", async () => (await world.RunAsync<RemoveLineApplicationHandler, Result<int>>(h => h.HandleAsync(
                new RemoveLineApplicationCommand(journal, lines[1], JournalWorld.User, null), CancellationToken.None))).Succeeded),
        };

        foreach (var (name, run) in edits)
        {
            Assert.True(await run(), name);
            var version = await world.VersionAsync(journal);
            // Patched by the edit itself: the snapshot for the new version is there before any view reads the journal.
            Assert.True(await world.RunAsync<JournalSnapshotCache, bool>(c => Task.FromResult(c.TryGet(journal, version, out _))), name);
            var shown = await ViewAsync(world, journal);
            var read = await world.Host.QueryAsync(async db => Describe(await GetJournalHandler.LoadSnapshotAsync(db, journal, CancellationToken.None)));
            Assert.Equal(read, shown);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Search_finds_nordic_letters_in_any_case_and_the_invoice_a_line_pays(string provider)
    {
        await using var world = await JournalWorld.CreateAsync(provider);
        var invoice = await world.InvoiceAsync("10000", 640m);
        var journal = await world.JournalAsync();
        var lines = await world.LinesAsync(journal, (640m, "Innbetaling", "ØSTLANDET ÅKERI AS", null), (55m, "Gebyr", "Bank", null));
        // applied by hand: neither the text nor a reference names the invoice, only the application does
        Assert.True((await world.RunAsync<ApplyLineManuallyHandler, Result<int>>(h => h.HandleAsync(
            new ApplyLineManuallyCommand(journal, lines[0], [new ManualApplicationInput(invoice.LedgerEntryId, 640m)], JournalWorld.User, null),
            CancellationToken.None))).Succeeded);
        async Task<int[]> FoundAsync(string search) =>
            [.. (await world.RunAsync<GetJournalHandler, JournalDetails?>(h => h.HandleAsync(new GetJournalQuery(journal, Search: search), CancellationToken.None)))!
                .Lines.Items.Select(r => r.LineNo)];

        Assert.Equal(new[] { 1 }, await FoundAsync("østlandet åkeri"));
        Assert.Equal(new[] { 1 }, await FoundAsync(invoice.DocumentNo.ToLowerInvariant()));
        Assert.Equal(new[] { 2 }, await FoundAsync("GEBYR"));
    }

    private static async Task<string> ViewAsync(JournalWorld world, Guid journal)
    {
        var view = await world.RunAsync<GetJournalHandler, JournalDetails?>(h => h.HandleAsync(new GetJournalQuery(journal, PageSize: 200), CancellationToken.None));
        return Describe(view!.Lines.Items, view.Figures);
    }

    private static string Describe(JournalLinesSnapshot snapshot) =>
        Describe(snapshot.View(JournalLineFilter.All, null, null, default, new BankRecon.Application.Common.PageRequest(1, 200)).Items, snapshot.Figures);

    private static string Describe(IEnumerable<JournalLineRow> rows, JournalFigures figures) =>
        string.Join('\n', rows.Select(r => (r with { AppliedDocuments = [] }) + " documents " + string.Join(',', r.AppliedDocuments)))
        + $"\n{figures.Lines} {figures.AppliedLines} {figures.ToReview} {figures.WithDifference} {figures.Unapplied} {figures.Total} {figures.Applied} "
        + string.Join(',', figures.ByConfidence.OrderBy(c => c.Key).Select(c => $"{c.Key}={c.Value}"));
}
