using BankRecon.Domain.Common;
using BankRecon.Domain.Documents;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;
using BankRecon.Domain.Posting;
using FsCheck;
using FsCheck.Fluent;

namespace BankRecon.Domain.Tests.Posting;

/// <summary>
/// The ledger's laws, checked on many random postings: every transaction balances, the trial balance is zero, each
/// sub-ledger equals its control account, and post-then-reverse restores every balance.
/// </summary>
public sealed class LedgerPropertyTests
{
    private static readonly Guid Receivables = Guid.CreateVersion7();
    private static readonly Guid Payables = Guid.CreateVersion7();
    private static readonly Guid Sales = Guid.CreateVersion7();
    private static readonly Guid Services = Guid.CreateVersion7();
    private static readonly Guid Purchases = Guid.CreateVersion7();
    private static readonly PostingSetup Setup = new(new PostingSetup.Accounts(Receivables, Payables, Sales, Purchases,
        Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7()));

    private static readonly Customer Customer = new("10000", new PartyDetails("Nordlys Bygg AS"));
    private static readonly Vendor Vendor = new("50000", new PartyDetails("Kontorsenteret AS"));

    /// <summary>A random document: kind, currency, rate and 1–6 lines of up to 1,000,000.00 with up to 4 decimals.</summary>
    public sealed record RandomDocument(PostedDocumentKind Kind, string Currency, decimal Rate, decimal[] Lines);

    private static Arbitrary<RandomDocument[]> Documents()
    {
        var amount = Gen.Choose(1, 100_000_000).Select(cents => cents / 100m)
            .Or(Gen.Choose(10_000, 99_999_999).Select(v => v / 10_000m));
        var document =
            from kind in Gen.Elements(PostedDocumentKind.SalesInvoice, PostedDocumentKind.SalesCreditMemo, PostedDocumentKind.PurchaseInvoice, PostedDocumentKind.PurchaseCreditMemo)
            from currency in Gen.Elements("NOK", "EUR", "SEK", "JPY", "KWD")
            from rate in Gen.Choose(1, 2_000_000).Select(r => currency == "NOK" ? 1m : r / 10_000m)
            from lines in Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(amount, n))
            select new RandomDocument(kind, currency, rate, lines);
        return Gen.Choose(1, 15).SelectMany(n => Gen.ArrayOf(document, n)).ToArbitrary();
    }

    private static JournalTransaction Post(RandomDocument document, int index)
    {
        var isSales = document.Kind is PostedDocumentKind.SalesInvoice or PostedDocumentKind.SalesCreditMemo;
        Party party = isSales ? Customer : Vendor;
        var lines = document.Lines.Select((amount, i) => new DocumentLineToPost($"Line {i}", i % 2 == 0 ? (isSales ? Sales : Purchases) : Services, amount)).ToList();
        var result = DocumentPosting.Post(
            new DocumentToPost(document.Kind, $"D{index}", new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 1), CurrencyCode.Parse(document.Currency), lines),
            party,
            new DocumentPosting.Context(CurrencyCode.Nok, document.Rate, Setup, null, 0.5m, 100m, null, null));
        Assert.True(result.Succeeded, result.Describe());
        return result.Value.Transaction;
    }

    private static void AssertLaws(InMemoryLedger ledger)
    {
        foreach (var transaction in ledger.Gl.GroupBy(e => e.TransactionNo))
            Assert.Equal(0m, transaction.Sum(e => e.Amount));
        Assert.Equal(0m, ledger.Gl.Sum(e => e.Amount));
        Assert.Equal(ledger.Parties.OfType<CustomerLedgerEntry>().Sum(e => e.AmountLocal), ledger.Balance(Receivables));
        Assert.Equal(ledger.Parties.OfType<VendorLedgerEntry>().Sum(e => e.AmountLocal), ledger.Balance(Payables));
        foreach (var entry in ledger.Parties)
            Assert.Equal(entry.RemainingAmount, ledger.Detailed.Where(d => d.LedgerEntryId == entry.Id).Sum(d => d.Amount));
    }

    [Fact]
    public void Every_posting_balances_and_sub_ledgers_equal_their_control_accounts() =>
        Prop.ForAll(Documents(), documents =>
        {
            var ledger = new InMemoryLedger();
            for (var i = 0; i < documents.Length; i++) ledger.Write(Post(documents[i], i));
            AssertLaws(ledger);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Post_then_reverse_restores_every_balance() =>
        Prop.ForAll(Documents(), documents =>
        {
            var ledger = new InMemoryLedger();
            ledger.Write(Post(documents[0], 0));
            var before = ledger.Balances();
            var partiesBefore = ledger.Parties.Where(e => e.Open).Sum(e => e.RemainingAmount);

            var transactions = documents.Skip(1).Select((d, i) => ledger.Write(Post(d, i + 1))).ToList();
            foreach (var transactionNo in transactions)
            {
                var reversal = Reversal.Build(
                    [.. ledger.Gl.Where(e => e.TransactionNo == transactionNo)],
                    [.. ledger.Parties.Where(e => e.TransactionNo == transactionNo)],
                    [],
                    new DateOnly(2026, 3, 31),
                    CurrencyCode.Nok);
                Assert.True(reversal.Succeeded, reversal.Describe());
                ledger.Write(reversal.Value);
            }

            var after = ledger.Balances();
            foreach (var (account, balance) in before) Assert.Equal(balance, after.GetValueOrDefault(account));
            Assert.All(after.Where(a => !before.ContainsKey(a.Key)), a => Assert.Equal(0m, a.Value));
            Assert.Equal(partiesBefore, ledger.Parties.Where(e => e.Open).Sum(e => e.RemainingAmount));
            AssertLaws(ledger);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void An_unbalanced_transaction_cannot_be_built()
    {
        var a = new GlEntry(Sales, new DateOnly(2026, 1, 1), DocumentType.Invoice, "X1", "x", 100m);
        var b = new GlEntry(Receivables, new DateOnly(2026, 1, 1), DocumentType.Invoice, "X1", "x", -99.99m);
        var error = Assert.Throws<DomainException>(() => new JournalTransaction(new DateOnly(2026, 1, 1), DocumentType.Invoice, "X1", "TEST", CurrencyCode.Nok, [a, b]));
        Assert.Contains("does not balance", error.Message);
    }

    [Fact]
    public void A_reversed_transaction_cannot_be_reversed_again()
    {
        var ledger = new InMemoryLedger();
        var tx = ledger.Write(Post(new RandomDocument(PostedDocumentKind.SalesInvoice, "NOK", 1m, [100m]), 0));
        var first = Reversal.Build([.. ledger.Gl.Where(e => e.TransactionNo == tx)], [.. ledger.Parties.Where(e => e.TransactionNo == tx)], [], new DateOnly(2026, 3, 2), CurrencyCode.Nok);
        ledger.Write(first.Value);
        var second = Reversal.Build([.. ledger.Gl.Where(e => e.TransactionNo == tx)], [.. ledger.Parties.Where(e => e.TransactionNo == tx)], [], new DateOnly(2026, 3, 2), CurrencyCode.Nok);
        Assert.False(second.Succeeded);
    }
}
