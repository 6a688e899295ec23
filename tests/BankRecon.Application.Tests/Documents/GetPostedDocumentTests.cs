using BankRecon.Application.Demo;
using BankRecon.Application.Documents;
using BankRecon.Domain.Common;
using BankRecon.Domain.Documents;
using BankRecon.Domain.Parties;
using BankRecon.TestKit.Databases;

namespace BankRecon.Application.Tests.Documents;

public sealed class GetPostedDocumentTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Posted_purchase_invoice_reads_back_with_lines_accounts_and_its_ledger_entry(string provider)
    {
        await using var host = await ApplicationHost.CreateAsync(provider);
        Assert.True((await host.RunAsync<SeedDemoCompanyHandler, Result<DemoSeedSummary>>(h => h.HandleAsync(invoiceCount: 1))).Succeeded);
        var posted = await host.RunAsync<PostDocumentHandler, Result<PostedDocumentSummary>>(h => h.HandleAsync(new PostDocumentCommand(
            PostedDocumentKind.PurchaseInvoice, "50000", [new PostDocumentLine("Papir", 120m, "6800"), new PostDocumentLine("Toner", 80.5m)],
            "bookkeeper", ExternalDocumentNo: "F-2001"), CancellationToken.None));
        Assert.True(posted.Succeeded, posted.Describe());

        var document = await host.RunAsync<GetPostedDocumentHandler, PostedDocumentView?>(h =>
            h.HandleAsync(PostedDocumentKind.PurchaseInvoice, posted.Value.DocumentNo, CancellationToken.None));
        var wrongKind = await host.RunAsync<GetPostedDocumentHandler, PostedDocumentView?>(h =>
            h.HandleAsync(PostedDocumentKind.SalesInvoice, posted.Value.DocumentNo, CancellationToken.None));

        Assert.NotNull(document);
        Assert.Equal((PartyType.Vendor, "50000", "F-2001"), (document.PartyType, document.PartyNo, document.ExternalDocumentNo));
        Assert.Equal(200.5m, document.TotalAmount);
        Assert.Equal([(1, "Papir", "6800", 120m), (2, "Toner", "4000", 80.5m)],
            document.Lines.Select(l => (l.LineNo, l.Description, l.GlAccountNo, l.Amount)));
        Assert.Equal(posted.Value.TransactionNo, document.TransactionNo);
        Assert.NotNull(document.LedgerEntryNo);
        Assert.Null(document.PaymentReference);                                   // purchase documents carry none
        Assert.Null(document.PaymentBankAccountNo);
        Assert.False(document.Reversed);
        Assert.Equal("bookkeeper", document.PostedBy);
        Assert.Null(wrongKind);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Sales_invoice_names_the_bank_account_its_reference_belongs_to(string provider)
    {
        await using var host = await ApplicationHost.CreateAsync(provider);
        Assert.True((await host.RunAsync<SeedDemoCompanyHandler, Result<DemoSeedSummary>>(h => h.HandleAsync(invoiceCount: 1))).Succeeded);
        var posted = await host.RunAsync<PostDocumentHandler, Result<PostedDocumentSummary>>(h => h.HandleAsync(new PostDocumentCommand(
            PostedDocumentKind.SalesInvoice, "20010", [new PostDocumentLine("Ost", 999m)], "accountant"), CancellationToken.None));
        Assert.True(posted.Succeeded, posted.Describe());

        var document = await host.RunAsync<GetPostedDocumentHandler, PostedDocumentView?>(h =>
            h.HandleAsync(PostedDocumentKind.SalesInvoice, posted.Value.DocumentNo, CancellationToken.None));

        Assert.NotNull(document);
        Assert.Equal("SEK", document.Currency);
        Assert.Equal("SEK-SEB", document.PaymentBankAccountNo);                   // the first open account in the customer's currency
        Assert.Equal(posted.Value.PaymentReference, document.PaymentReference);
        Assert.True(BankRecon.Domain.Payments.PaymentReference.IsValidOcr(document.PaymentReference, requireLengthDigit: true));
    }
}
