using System.Text;
using BankRecon.Application.Common;
using BankRecon.Application.Journals;
using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.TestKit.Databases;
using static BankRecon.Application.Tests.Journals.JournalTestHost;

namespace BankRecon.Application.Tests.Journals;

public sealed class PostedStatementsTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Posted_statements_are_listed_read_and_exported_with_who_imported_applied_and_posted(string provider)
    {
        await using var host = await DemoAsync(provider);
        var first = await InvoiceAsync(host, "10000", 1000m);
        var second = await InvoiceAsync(host, "10000", 250.5m);
        var journalId = await JournalAsync(host, "NOK-DNB", [
            new TestLine(1250.5m, ApplicationAccountType.Customer, "10000", [(first.LedgerEntryId, 1000m), (second.LedgerEntryId, 250.5m)], Text: "Betaling, faktura \"A\""),
            new TestLine(-12m, ApplicationAccountType.GlAccount, "7770"),
        ]);
        var open = await JournalAsync(host, "NOK-DNB", [new TestLine(5m)], statementNo: "2026-04");
        var posted = await PostAsync(host, journalId);
        Assert.True(posted.Succeeded, posted.Describe());

        var list = await host.RunAsync<ListPostedJournalsHandler, PagedList<PostedJournalListItem>>(h =>
            h.HandleAsync(new ListPostedJournalsQuery(new PageRequest()), CancellationToken.None));
        var item = Assert.Single(list.Items);                                 // the open journal is not a posted statement
        Assert.Equal((journalId, 2, 1238.5m, "NOK-DNB", JournalStatus.Posted, "accountant"), (item.Id, item.LineCount, item.Total, item.BankAccountNo, item.Status, item.PostedBy));
        var reversedOnly = await host.RunAsync<ListPostedJournalsHandler, PagedList<PostedJournalListItem>>(h =>
            h.HandleAsync(new ListPostedJournalsQuery(new PageRequest(), Status: JournalStatus.Reversed), CancellationToken.None));
        Assert.Empty(reversedOnly.Items);
        var searched = await host.RunAsync<ListPostedJournalsHandler, PagedList<PostedJournalListItem>>(h =>
            h.HandleAsync(new ListPostedJournalsQuery(new PageRequest(), Search: "2026-03", From: new DateOnly(2026, 3, 1)), CancellationToken.None));
        Assert.Single(searched.Items);

        var details = await host.RunAsync<GetPostedJournalHandler, PostedJournalDetails?>(h =>
            h.HandleAsync(new GetPostedJournalQuery(journalId, new PageRequest()), CancellationToken.None));
        Assert.NotNull(details);
        Assert.Equal(("importer", "camt053"), (details.Import!.ImportedBy, details.Import.Format));
        Assert.Equal((posted.Value.TransactionNo, "accountant"), (details.PostedTransactionNo!.Value, details.PostedBy));
        var line = details.Lines.Items[0];
        Assert.Equal("reviewer", line.AppliedBy);
        Assert.Equal([first.DocumentNo, second.DocumentNo], line.Applications.Select(a => a.DocumentNo));
        Assert.All(line.Applications, a => Assert.True(a.LedgerEntryNo > 0));
        Assert.Null(await host.RunAsync<GetPostedJournalHandler, PostedJournalDetails?>(h =>
            h.HandleAsync(new GetPostedJournalQuery(open, new PageRequest()), CancellationToken.None)));

        using var stream = new MemoryStream();
        var exported = await host.RunAsync<ExportPostedJournalCsvHandler, Result<string>>(h =>
            h.HandleAsync(new ExportPostedJournalCsvQuery(journalId), stream, CancellationToken.None));
        Assert.True(exported.Succeeded, exported.Describe());
        Assert.EndsWith(".csv", exported.Value, StringComparison.Ordinal);
        var bytes = stream.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, rows.Length);                                          // header + two applications + the fee line
        Assert.StartsWith("JournalNo,Status,BankAccountNo,StatementNo,StatementDate,LineNo", rows[0], StringComparison.Ordinal);
        Assert.Contains(",2026-03,2026-03-31,1,2026-03-30,,1250.50,NOK,\"Betaling, faktura \"\"A\"\"\",", rows[1], StringComparison.Ordinal);
        Assert.Contains($",{second.DocumentNo},", rows[2], StringComparison.Ordinal);
        Assert.Contains(",250.50,0.00,Manual,reviewer,2026-03-31T10:00:00Z,", rows[2], StringComparison.Ordinal);
        Assert.Contains(",-12.00,NOK,", rows[3], StringComparison.Ordinal);
        Assert.EndsWith($",accountant,2026-03-31T10:00:00Z,{posted.Value.TransactionNo},false,,,", rows[3], StringComparison.Ordinal);
    }
}
