using BankRecon.Application.Journals;
using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.TestKit.Databases;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Tests.Journals;

public sealed class ApplyAutomaticallyTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Payment_quoting_the_kid_is_applied_with_high_confidence_and_explained(string provider)
    {
        await using var world = await JournalWorld.CreateAsync(provider);
        var invoice = await world.InvoiceAsync("10000", 1250m);
        await world.InvoiceAsync("10010", 980m);
        var journal = await world.JournalAsync();
        var lines = await world.LinesAsync(journal,
            (1250m, "Betaling", "Nordlys Bygg AS", invoice.PaymentReference),
            (17.50m, "Gebyr", null, null));
        var versionBefore = await world.VersionAsync(journal);

        var applied = await world.ApplyAsync(journal);

        Assert.True(applied.Succeeded, applied.Describe());
        Assert.Equal("1 payment lines out of 2 are applied; 1 need review.", applied.Value.Message);
        Assert.Equal(0, applied.Value.LeftOutEntries);
        var line = await world.LineAsync(lines[0]);
        Assert.Equal(LineConfidence.High, line.Confidence);
        Assert.Equal(ApplicationAccountType.Customer, line.AccountType);
        Assert.Equal("10000", line.AccountNo);
        var application = Assert.Single(line.Applications);
        Assert.Equal(invoice.LedgerEntryId, application.LedgerEntryId);
        Assert.Equal(invoice.DocumentNo, application.DocumentNo);
        Assert.Equal(1250m, application.AppliedAmount);
        Assert.Contains(LineExplanation.Parse(line.Explanation).Reasons, r => r.Contains("payment reference", StringComparison.Ordinal));
        var fee = await world.LineAsync(lines[1]);
        Assert.Equal(LineConfidence.None, fee.Confidence);
        Assert.True(fee.ReviewRequired);
        Assert.Equal(versionBefore + 1, await world.VersionAsync(journal));     // one change, however many lines
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Lines_applied_or_accepted_by_a_person_are_kept_and_their_entries_leave_the_pool(string provider)
    {
        await using var world = await JournalWorld.CreateAsync(provider);
        var first = await world.InvoiceAsync("10000", 500m);
        var second = await world.InvoiceAsync("10000", 500m, daysAgo: 5);
        var journal = await world.JournalAsync();
        var lines = await world.LinesAsync(journal,
            (500m, "Innbetaling", "Nordlys Bygg AS", null),
            (500m, "Innbetaling", "Nordlys Bygg AS", null));

        // A person applies line 1 to the SECOND invoice by hand, then runs "Apply automatically".
        var manual = await world.RunAsync<ApplyLineManuallyHandler, Result<int>>(h => h.HandleAsync(
            new ApplyLineManuallyCommand(journal, lines[0], [new ManualApplicationInput(second.LedgerEntryId, 500m)], JournalWorld.User, null), CancellationToken.None));
        Assert.True(manual.Succeeded, manual.Describe());
        var applied = await world.ApplyAsync(journal);
        Assert.True(applied.Succeeded, applied.Describe());

        Assert.Equal(1, applied.Value.KeptByPerson);
        var kept = await world.LineAsync(lines[0]);
        Assert.Equal(LineConfidence.Manual, kept.Confidence);
        Assert.Equal(second.LedgerEntryId, Assert.Single(kept.Applications).LedgerEntryId);
        // The second invoice is no longer in the pool, so line 2 can only get the first one.
        var other = await world.LineAsync(lines[1]);
        Assert.Equal(first.LedgerEntryId, Assert.Single(other.Applications).LedgerEntryId);

        // Accept line 2 and run again: nothing a person decided changes.
        var accepted = await world.RunAsync<AcceptLineHandler, Result<int>>(h => h.HandleAsync(
            new AcceptLineCommand(journal, lines[1], JournalWorld.User, null), CancellationToken.None));
        Assert.True(accepted.Succeeded, accepted.Describe());
        var again = await world.ApplyAsync(journal);
        Assert.True(again.Succeeded, again.Describe());
        Assert.Equal(2, again.Value.KeptByPerson);
        Assert.Equal(LineConfidence.Accepted, (await world.LineAsync(lines[1])).Confidence);
        Assert.Equal(second.LedgerEntryId, Assert.Single((await world.LineAsync(lines[0])).Applications).LedgerEntryId);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Entries_applied_in_another_open_journal_are_left_out_and_counted(string provider)
    {
        await using var world = await JournalWorld.CreateAsync(provider);
        var invoice = await world.InvoiceAsync("10000", 2000m);
        var firstJournal = await world.JournalAsync();
        await world.LinesAsync(firstJournal, (2000m, "Betaling", "Nordlys Bygg AS", invoice.PaymentReference));
        Assert.True((await world.ApplyAsync(firstJournal)).Succeeded);

        var secondJournal = await world.JournalAsync();
        var lines = await world.LinesAsync(secondJournal, (2000m, "Betaling", "Nordlys Bygg AS", invoice.PaymentReference));
        var applied = await world.ApplyAsync(secondJournal);

        Assert.True(applied.Succeeded, applied.Describe());
        Assert.Equal(1, applied.Value.LeftOutEntries);
        Assert.Equal("1 open entries are applied in other journals and were left out.", applied.Value.LeftOutMessage);
        Assert.Empty((await world.LineAsync(lines[0])).Applications);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task A_text_mapping_applies_matching_lines_on_the_next_run(string provider)
    {
        await using var world = await JournalWorld.CreateAsync(provider);
        var journal = await world.JournalAsync();
        var lines = await world.LinesAsync(journal, (-45m, "Gebyr nettbank", null, null), (-12m, "Varekjøp kiosk", null, null));
        Assert.True((await world.ApplyAsync(journal)).Succeeded);
        Assert.Equal(ApplicationAccountType.None, (await world.LineAsync(lines[0])).AccountType);

        var mapped = await world.RunAsync<MapTextToAccountHandler, Result<MappedText>>(h => h.HandleAsync(
            new MapTextToAccountCommand("Gebyr", ApplicationAccountType.GlAccount, "7770", "7770", JournalWorld.User), CancellationToken.None));
        Assert.True(mapped.Succeeded, mapped.Describe());
        var applied = await world.ApplyAsync(journal);

        Assert.True(applied.Succeeded, applied.Describe());
        var fee = await world.LineAsync(lines[0]);
        Assert.Equal(LineConfidence.HighTextMapping, fee.Confidence);
        Assert.Equal(ApplicationAccountType.GlAccount, fee.AccountType);
        Assert.Equal("7770", fee.AccountNo);
        Assert.Equal(0m, fee.Difference);
        Assert.Null(Assert.Single(fee.Applications).LedgerEntryId);
        Assert.Equal(ApplicationAccountType.None, (await world.LineAsync(lines[1])).AccountType);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Journal_page_filters_and_totals_come_from_the_database(string provider)
    {
        await using var world = await JournalWorld.CreateAsync(provider);
        var invoice = await world.InvoiceAsync("10000", 800m);
        var journal = await world.JournalAsync();
        await world.LinesAsync(journal, (800m, "Betaling", "Nordlys Bygg AS", invoice.PaymentReference), (-30m, "Gebyr", null, null), (55m, "Ukjent", null, null));
        Assert.True((await world.ApplyAsync(journal)).Succeeded);

        var all = await world.RunAsync<GetJournalHandler, JournalDetails?>(h => h.HandleAsync(new GetJournalQuery(journal), CancellationToken.None));
        var unapplied = await world.RunAsync<GetJournalHandler, JournalDetails?>(h => h.HandleAsync(
            new GetJournalQuery(journal, JournalLineFilter.Unapplied), CancellationToken.None));
        var withDifference = await world.RunAsync<GetJournalHandler, JournalDetails?>(h => h.HandleAsync(
            new GetJournalQuery(journal, JournalLineFilter.WithDifference, PageSize: 1, Page: 2), CancellationToken.None));
        var high = await world.RunAsync<GetJournalHandler, JournalDetails?>(h => h.HandleAsync(
            new GetJournalQuery(journal, Confidence: LineConfidence.High), CancellationToken.None));

        Assert.NotNull(all);
        Assert.Equal(3, all.Figures.Lines);
        Assert.Equal(825m, all.Figures.Total);
        Assert.Equal(800m, all.Figures.Applied);
        Assert.Equal(25m, all.Figures.Difference);
        Assert.Equal(1, all.Figures.Count(LineConfidence.High));
        Assert.Equal([1, 2, 3], all.Lines.Items.Select(l => l.LineNo));
        Assert.Equal([invoice.DocumentNo], all.Lines.Items[0].AppliedDocuments);
        Assert.Equal("Nordlys Bygg AS", all.Lines.Items[0].AccountName);
        Assert.Equal(2, unapplied!.Lines.TotalCount);
        Assert.Equal(2, withDifference!.Lines.TotalCount);
        Assert.Equal(3, Assert.Single(withDifference.Lines.Items).LineNo);
        Assert.Equal(1, Assert.Single(high!.Lines.Items).LineNo);

        // Every sort order and a search combined with a filter (each is its own compiled query).
        async Task<int[]> LineNos(GetJournalQuery query) =>
            [.. (await world.RunAsync<GetJournalHandler, JournalDetails?>(h => h.HandleAsync(query, CancellationToken.None)))!.Lines.Items.Select(l => l.LineNo)];
        Assert.Equal(new[] { 2, 3, 1 }, await LineNos(new GetJournalQuery(journal, Sort: "amount")));
        Assert.Equal(new[] { 1, 3, 2 }, await LineNos(new GetJournalQuery(journal, Sort: "-amount")));
        Assert.Equal(new[] { 3, 2, 1 }, await LineNos(new GetJournalQuery(journal, Sort: "-line")));
        Assert.Equal(new[] { 1, 2, 3 }, await LineNos(new GetJournalQuery(journal, Sort: "date")));
        Assert.Equal(new[] { 1, 2, 3 }, await LineNos(new GetJournalQuery(journal, Sort: "-confidence"))); // High, then None by line
        Assert.Equal(new[] { 2, 3, 1 }, await LineNos(new GetJournalQuery(journal, Sort: "confidence")));
        Assert.Equal(new[] { 1, 2, 3 }, await LineNos(new GetJournalQuery(journal, Sort: "no-such-column")));
        Assert.Equal(new[] { 2 }, await LineNos(new GetJournalQuery(journal, JournalLineFilter.Unapplied, Search: "GEBYR")));
        Assert.Empty(await LineNos(new GetJournalQuery(journal, JournalLineFilter.Unapplied, Search: "betaling")));
        Assert.Equal(new[] { 1 }, await LineNos(new GetJournalQuery(journal, Search: "betaling")));

        var list = await world.RunAsync<ListJournalsHandler, BankRecon.Application.Common.PagedList<JournalListItem>>(h =>
            h.HandleAsync(new ListJournalsQuery(), CancellationToken.None));
        var item = Assert.Single(list.Items);
        Assert.Equal((3, 1, 2, 25m), (item.Lines, item.AppliedLines, item.WithDifference, item.Difference));
        Assert.Equal(25, await world.Host.QueryAsync(db => db.MatchingRules.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Journal_page_row_lists_every_document_a_line_pays(string provider)
    {
        await using var world = await JournalWorld.CreateAsync(provider);
        var first = await world.InvoiceAsync("10000", 500m);
        var second = await world.InvoiceAsync("10000", 300m, daysAgo: 5);
        var journal = await world.JournalAsync();
        var lines = await world.LinesAsync(journal, (800m, "Innbetaling", "Nordlys Bygg AS", null), (-30m, "Gebyr", null, null));

        var manual = await world.RunAsync<ApplyLineManuallyHandler, Result<int>>(h => h.HandleAsync(
            new ApplyLineManuallyCommand(journal, lines[0], [new ManualApplicationInput(first.LedgerEntryId, 500m), new ManualApplicationInput(second.LedgerEntryId, 300m)],
                JournalWorld.User, null), CancellationToken.None));
        Assert.True(manual.Succeeded, manual.Describe());

        var page = await world.RunAsync<GetJournalHandler, JournalDetails?>(h => h.HandleAsync(new GetJournalQuery(journal), CancellationToken.None));
        Assert.Equal([first.DocumentNo, second.DocumentNo], page!.Lines.Items[0].AppliedDocuments.Order(StringComparer.Ordinal));
        Assert.Equal("Nordlys Bygg AS", page.Lines.Items[0].AccountName);
        Assert.Empty(page.Lines.Items[1].AppliedDocuments);
        Assert.Null(page.Lines.Items[1].AccountName);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Journal_page_search_counts_follow_changes_to_the_journal(string provider)
    {
        await using var world = await JournalWorld.CreateAsync(provider);
        var invoice = await world.InvoiceAsync("10000", 800m);
        var journal = await world.JournalAsync();
        await world.LinesAsync(journal, (800m, "Betaling", "Nordlys Bygg AS", invoice.PaymentReference), (55m, "Betaling ukjent", null, null));
        Task<JournalDetails?> SearchAsync(JournalLineFilter filter) => world.RunAsync<GetJournalHandler, JournalDetails?>(h =>
            h.HandleAsync(new GetJournalQuery(journal, filter, Search: "betaling"), CancellationToken.None));

        var allBefore = (await SearchAsync(JournalLineFilter.All))!.Lines.TotalCount;
        var toReviewBefore = (await SearchAsync(JournalLineFilter.ToReview))!.Lines.TotalCount;
        var unappliedBefore = (await SearchAsync(JournalLineFilter.Unapplied))!.Lines.TotalCount;
        Assert.True((await world.ApplyAsync(journal)).Succeeded);
        var unappliedAfter = (await SearchAsync(JournalLineFilter.Unapplied))!.Lines;
        await world.LinesAsync(journal, (12m, "Betaling igjen", null, null));
        var allAfterNewLine = (await SearchAsync(JournalLineFilter.All))!.Lines;

        Assert.Equal(2, allBefore);
        Assert.Equal(0, toReviewBefore);
        Assert.Equal(2, unappliedBefore);
        Assert.Equal(1, unappliedAfter.TotalCount);
        Assert.Equal("Betaling ukjent", Assert.Single(unappliedAfter.Items).Description);
        Assert.Equal(3, allAfterNewLine.TotalCount);
        Assert.Equal(3, allAfterNewLine.Items.Count);
    }
}
