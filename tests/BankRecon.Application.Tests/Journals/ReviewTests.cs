using BankRecon.Application.Journals;
using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.TestKit.Databases;

namespace BankRecon.Application.Tests.Journals;

public sealed class ReviewTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Manual_application_over_the_remaining_amount_the_line_or_two_accounts_is_refused(string provider)
    {
        await using var world = await JournalWorld.CreateAsync(provider);
        var small = await world.InvoiceAsync("10000", 300m);
        var big = await world.InvoiceAsync("10000", 900m);
        var otherCustomer = await world.InvoiceAsync("10010", 100m);
        var journal = await world.JournalAsync();
        var lines = await world.LinesAsync(journal, (1000m, "Samlet innbetaling", null, null), (200m, "Delbetaling", null, null));

        Task<Result<int>> Apply(Guid line, params ManualApplicationInput[] inputs) =>
            world.RunAsync<ApplyLineManuallyHandler, Result<int>>(h => h.HandleAsync(
                new ApplyLineManuallyCommand(journal, line, inputs, JournalWorld.User, null), CancellationToken.None));

        var overRemaining = await Apply(lines[0], new ManualApplicationInput(small.LedgerEntryId, 350m));
        var overLine = await Apply(lines[0], new ManualApplicationInput(small.LedgerEntryId, 300m), new ManualApplicationInput(big.LedgerEntryId, 800m));
        var twoAccounts = await Apply(lines[0], new ManualApplicationInput(small.LedgerEntryId, 300m), new ManualApplicationInput(otherCustomer.LedgerEntryId, 100m));
        var wrongSign = await Apply(lines[0], new ManualApplicationInput(small.LedgerEntryId, -300m));
        Assert.Equal("application.exceeds-available", Assert.Single(overRemaining.Errors).Code);
        Assert.Equal("line.over-applied", Assert.Single(overLine.Errors).Code);
        Assert.Equal("application.one-account", Assert.Single(twoAccounts.Errors).Code);
        Assert.False(wrongSign.Succeeded);

        // Several entries of one customer, one of them in part: fine.
        var good = await Apply(lines[0], new ManualApplicationInput(small.LedgerEntryId, 300m), new ManualApplicationInput(big.LedgerEntryId, 700m));
        Assert.True(good.Succeeded, good.Describe());
        var line = await world.LineAsync(lines[0]);
        Assert.Equal((LineConfidence.Manual, ApplicationAccountType.Customer, "10000", 1000m), (line.Confidence, line.AccountType, line.AccountNo, line.AppliedAmount));

        // The big invoice has 200 left: another line may take 200, not 201.
        var tooMuch = await Apply(lines[1], new ManualApplicationInput(big.LedgerEntryId, 200.01m));
        Assert.Equal("application.exceeds-available", Assert.Single(tooMuch.Errors).Code);
        Assert.Contains("other statement lines apply 700.00", tooMuch.Describe(), StringComparison.Ordinal);
        Assert.True((await Apply(lines[1], new ManualApplicationInput(big.LedgerEntryId, 200m))).Succeeded);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Accepting_a_proposal_whose_entry_another_journal_took_meanwhile_is_refused(string provider)
    {
        await using var world = await JournalWorld.CreateAsync(provider);
        var invoice = await world.InvoiceAsync("10000", 640m);
        var first = await world.JournalAsync();
        var firstLines = await world.LinesAsync(first, (640m, "Betaling", "Nordlys Bygg AS", invoice.PaymentReference));
        Assert.True((await world.ApplyAsync(first)).Succeeded);

        // Meanwhile, in another journal, someone applies the same invoice by hand.
        var second = await world.JournalAsync();
        var secondLines = await world.LinesAsync(second, (640m, "Innbetaling", null, null));
        var manual = await world.RunAsync<ApplyLineManuallyHandler, Result<int>>(h => h.HandleAsync(
            new ApplyLineManuallyCommand(second, secondLines[0], [new ManualApplicationInput(invoice.LedgerEntryId, 640m)], JournalWorld.User, null),
            CancellationToken.None));
        Assert.Equal("application.exceeds-available", Assert.Single(manual.Errors).Code);

        // Remove the first journal's proposal; now the other journal may take it, and accepting the old proposal is gone.
        var removed = await world.RunAsync<RemoveLineApplicationHandler, Result<int>>(h => h.HandleAsync(
            new RemoveLineApplicationCommand(first, firstLines[0], JournalWorld.User, null), CancellationToken.None));
        Assert.True(removed.Succeeded);
        manual = await world.RunAsync<ApplyLineManuallyHandler, Result<int>>(h => h.HandleAsync(
            new ApplyLineManuallyCommand(second, secondLines[0], [new ManualApplicationInput(invoice.LedgerEntryId, 640m)], JournalWorld.User, null),
            CancellationToken.None));
        Assert.True(manual.Succeeded, manual.Describe());

        // Re-running journal 1 now finds the invoice taken: left out, counted.
        var rerun = await world.ApplyAsync(first);
        Assert.Equal(1, rerun.Value.LeftOutEntries);

        // A third journal that still had a proposal for it (made before) cannot accept it.
        var third = await world.JournalAsync();
        var thirdLines = await world.LinesAsync(third, (640m, "Betaling", "Nordlys Bygg AS", invoice.PaymentReference));
        await world.Host.QueryAsync(async db =>
        {
            var line = await db.StatementLines.FindAsync(thirdLines[0]);
            line!.Propose(LineConfidence.High, ApplicationAccountType.Customer, "10000", [new AppliedPaymentEntry(invoice.LedgerEntryId, 640m, 0m, invoice.DocumentNo)],
                "stale", null, false, "engine", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        var accepted = await world.RunAsync<AcceptLineHandler, Result<int>>(h => h.HandleAsync(
            new AcceptLineCommand(third, thirdLines[0], JournalWorld.User, null), CancellationToken.None));
        Assert.Equal("application.exceeds-available", Assert.Single(accepted.Errors).Code);
        var all = await world.RunAsync<AcceptAllHighHandler, Result<AcceptAllHighSummary>>(h => h.HandleAsync(
            new AcceptAllHighCommand(third, JournalWorld.User, null), CancellationToken.None));
        Assert.Equal(0, all.Value.Accepted);
        Assert.Equal(1, Assert.Single(all.Value.Refused).LineNo);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Transferring_the_difference_splits_the_line_as_business_central_does(string provider)
    {
        await using var world = await JournalWorld.CreateAsync(provider);
        var invoice = await world.InvoiceAsync("10000", 1000m);
        var journal = await world.JournalAsync();
        var lines = await world.LinesAsync(journal, (1025m, "Betaling inkl gebyr", null, null), (-99m, "Kortgebyr", null, null));
        Assert.True((await world.RunAsync<ApplyLineManuallyHandler, Result<int>>(h => h.HandleAsync(
            new ApplyLineManuallyCommand(journal, lines[0], [new ManualApplicationInput(invoice.LedgerEntryId, 1000m)], JournalWorld.User, null),
            CancellationToken.None))).Succeeded);

        var split = await world.RunAsync<TransferDifferenceToAccountHandler, Result<TransferredDifference>>(h => h.HandleAsync(
            new TransferDifferenceToAccountCommand(journal, lines[0], ApplicationAccountType.GlAccount, "7770", "Gebyr", JournalWorld.User, null),
            CancellationToken.None));
        var whole = await world.RunAsync<TransferDifferenceToAccountHandler, Result<TransferredDifference>>(h => h.HandleAsync(
            new TransferDifferenceToAccountCommand(journal, lines[1], ApplicationAccountType.GlAccount, "7770", null, JournalWorld.User, null),
            CancellationToken.None));
        var noAccount = await world.RunAsync<TransferDifferenceToAccountHandler, Result<TransferredDifference>>(h => h.HandleAsync(
            new TransferDifferenceToAccountCommand(journal, lines[1], ApplicationAccountType.GlAccount, "", null, JournalWorld.User, null),
            CancellationToken.None));

        Assert.True(split.Succeeded, split.Describe());
        Assert.True(split.Value.Split);
        Assert.Equal(3, split.Value.LineNo);
        Assert.Equal("The transaction amount was reduced by 25.00. A new line 3 with 25.00 was created.", split.Value.Message);
        var parent = await world.LineAsync(lines[0]);
        Assert.Equal((1000m, 0m), (parent.Amount, parent.Difference));
        var child = await world.LineAsync(split.Value.LineId);
        Assert.Equal((25m, 0m, "Gebyr", parent.Id), (child.Amount, child.Difference, child.Description, child.ParentLineId!.Value));
        Assert.Equal((ApplicationAccountType.GlAccount, "7770", LineConfidence.Manual), (child.AccountType, child.AccountNo, child.Confidence));
        Assert.True(whole.Succeeded, whole.Describe());
        Assert.False(whole.Value.Split);
        Assert.Equal(0m, (await world.LineAsync(lines[1])).Difference);
        Assert.False(noAccount.Succeeded);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Two_edits_with_the_same_version_the_second_is_refused_and_the_first_is_kept(string provider)
    {
        await using var world = await JournalWorld.CreateAsync(provider);
        var invoice = await world.InvoiceAsync("10000", 420m);
        var journal = await world.JournalAsync();
        var lines = await world.LinesAsync(journal, (420m, "Betaling", "Nordlys Bygg AS", invoice.PaymentReference), (-10m, "Gebyr", null, null));
        Assert.True((await world.ApplyAsync(journal)).Succeeded);
        var seen = await world.VersionAsync(journal);

        // Both reviewers opened the page at the same version; Anna accepts line 1, then Bo transfers line 2.
        var anna = await world.RunAsync<AcceptLineHandler, Result<int>>(h => h.HandleAsync(
            new AcceptLineCommand(journal, lines[0], "anna", seen), CancellationToken.None));
        var bo = await world.RunAsync<TransferDifferenceToAccountHandler, Result<TransferredDifference>>(h => h.HandleAsync(
            new TransferDifferenceToAccountCommand(journal, lines[1], ApplicationAccountType.GlAccount, "7770", null, "bo", seen), CancellationToken.None));
        var rerun = await world.RunAsync<ApplyAutomaticallyHandler, Result<ApplyAutomaticallySummary>>(h => h.HandleAsync(
            new ApplyAutomaticallyCommand(journal, "bo", seen), CancellationToken.None));

        Assert.True(anna.Succeeded, anna.Describe());
        Assert.Equal(ResultStatus.Conflict, bo.Status);
        Assert.Equal(JournalAccess.ChangedCode, Assert.Single(bo.Errors).Code);
        Assert.Equal(ResultStatus.Conflict, rerun.Status);
        Assert.Equal(LineConfidence.Accepted, (await world.LineAsync(lines[0])).Confidence);
        Assert.Equal(ApplicationAccountType.None, (await world.LineAsync(lines[1])).AccountType);
        Assert.Equal(seen + 1, await world.VersionAsync(journal));

        // Two saves racing from the same loaded state: the database token lets exactly one through.
        var version = await world.VersionAsync(journal);
        var results = await Task.WhenAll(
            world.RunAsync<RemoveLineApplicationHandler, Result<int>>(h => h.HandleAsync(new RemoveLineApplicationCommand(journal, lines[0], "anna", version), CancellationToken.None)),
            world.RunAsync<RemoveLineApplicationHandler, Result<int>>(h => h.HandleAsync(new RemoveLineApplicationCommand(journal, lines[0], "bo", version), CancellationToken.None)));
        Assert.Single(results, r => r.Succeeded);
        Assert.Equal(version + 1, await world.VersionAsync(journal));
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Review_page_suggests_a_mapping_after_the_same_text_went_to_one_account_twice_and_offers_alternatives(string provider)
    {
        await using var world = await JournalWorld.CreateAsync(provider);
        var journal = await world.JournalAsync();
        var lines = await world.LinesAsync(journal, (-49m, "Månedspris bedriftskort", null, null), (-49m, "Månedspris bedriftskort", null, null),
            (-49m, "Månedspris bedriftskort", null, null));
        foreach (var id in lines.Take(2))
        {
            var transferred = await world.RunAsync<TransferDifferenceToAccountHandler, Result<TransferredDifference>>(h => h.HandleAsync(
                new TransferDifferenceToAccountCommand(journal, id, ApplicationAccountType.GlAccount, "7770", null, JournalWorld.User, null), CancellationToken.None));
            Assert.True(transferred.Succeeded, transferred.Describe());
        }

        var details = await world.RunAsync<GetLineHandler, LineDetails?>(h => h.HandleAsync(new GetLineQuery(lines[2]), CancellationToken.None));

        Assert.NotNull(details);
        Assert.Equal(new MappingSuggestion("Månedspris bedriftskort", ApplicationAccountType.GlAccount, "7770", details.Suggestion!.AccountName, 2), details.Suggestion);
        var mapped = await world.RunAsync<MapTextToAccountHandler, Result<MappedText>>(h => h.HandleAsync(new MapTextToAccountCommand(
            details.Suggestion.Text, ApplicationAccountType.GlAccount, "7770", "7770", JournalWorld.User, journal, lines[2], details.Journal.Version), CancellationToken.None));
        Assert.True(mapped.Succeeded, mapped.Describe());
        Assert.True(mapped.Value.LineApplied);
        Assert.Equal(LineConfidence.HighTextMapping, (await world.LineAsync(lines[2])).Confidence);
        var after = await world.RunAsync<GetLineHandler, LineDetails?>(h => h.HandleAsync(new GetLineQuery(lines[2]), CancellationToken.None));
        Assert.Null(after!.Suggestion);
        Assert.True(after.TextAlreadyMapped);
    }
}
