using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Tests.Ledger;

/// <summary>The foundation's ledger invariants, checked against the database after every use-case test.</summary>
internal static class LedgerInvariants
{
    public static async Task AssertHoldAsync(BankReconDbContext db)
    {
        var gl = await db.GlEntries.AsNoTracking().Select(e => new { e.TransactionNo, e.GlAccountId, e.Amount }).ToListAsync();

        // Every transaction balances, so the trial balance is zero.
        foreach (var transaction in gl.GroupBy(e => e.TransactionNo))
            Assert.True(transaction.Sum(e => e.Amount) == 0m, $"Transaction {transaction.Key} does not balance.");
        Assert.Equal(0m, gl.Sum(e => e.Amount));

        // Each sub-ledger equals its control account (local currency). The sub-ledger's local balance is the sum of ALL
        // its detailed entries (Business Central's "Amount (LCY)" on detailed entries): discounts, tolerance and realized
        // FX move receivables/payables without a new customer/vendor entry; unapplied pairs cancel out.
        var setup = await db.PostingSetups.AsNoTracking().SingleAsync();
        var allDetails = await db.DetailedLedgerEntries.AsNoTracking()
            .Select(d => new { d.PartyType, d.LedgerEntryId, d.EntryType, d.Amount, d.AmountLocal }).ToListAsync();
        var customers = allDetails.Where(d => d.PartyType == Domain.Parties.PartyType.Customer).Sum(d => d.AmountLocal);
        var vendors = allDetails.Where(d => d.PartyType == Domain.Parties.PartyType.Vendor).Sum(d => d.AmountLocal);
        Assert.Equal(customers, gl.Where(e => e.GlAccountId == setup.ReceivablesAccountId).Sum(e => e.Amount));
        Assert.Equal(vendors, gl.Where(e => e.GlAccountId == setup.PayablesAccountId).Sum(e => e.Amount));

        // Every customer/vendor entry starts with exactly one initial detailed entry carrying its original amounts.
        var initial = allDetails.Where(d => d.EntryType == Domain.Ledger.DetailedEntryType.InitialEntry).ToLookup(d => d.LedgerEntryId);
        foreach (var entry in (await db.CustomerLedgerEntries.AsNoTracking().Select(e => new { e.Id, e.Amount, e.AmountLocal }).ToListAsync())
                     .Concat(await db.VendorLedgerEntries.AsNoTracking().Select(e => new { e.Id, e.Amount, e.AmountLocal }).ToListAsync()))
        {
            var first = Assert.Single(initial[entry.Id]);
            Assert.Equal((entry.Amount, entry.AmountLocal), (first.Amount, first.AmountLocal));
        }

        // Bank sub-ledger equals each bank's G/L account.
        var banks = await db.BankAccounts.AsNoTracking().ToListAsync();
        foreach (var bank in banks)
        {
            var bankLocal = (await db.BankAccountLedgerEntries.AsNoTracking().Where(e => e.BankAccountId == bank.Id).Select(e => e.AmountLocal).ToListAsync()).Sum();
            Assert.Equal(bankLocal, gl.Where(e => e.GlAccountId == bank.GlAccountId).Sum(e => e.Amount));
        }

        // Remaining amount of every party entry = Σ its detailed entries; open ⇔ remaining ≠ 0.
        var detailed = await db.DetailedLedgerEntries.AsNoTracking().Where(d => !d.Unapplied)
            .GroupBy(d => d.LedgerEntryId).Select(g => new { g.Key, Total = g.Sum(d => d.Amount) }).ToListAsync();
        var byEntry = detailed.ToDictionary(d => d.Key, d => d.Total);
        foreach (var entry in await db.CustomerLedgerEntries.AsNoTracking().ToListAsync())
        {
            Assert.Equal(entry.RemainingAmount, byEntry.GetValueOrDefault(entry.Id));
            Assert.Equal(entry.RemainingAmount != 0m, entry.Open);
        }

        foreach (var entry in await db.VendorLedgerEntries.AsNoTracking().ToListAsync())
        {
            Assert.Equal(entry.RemainingAmount, byEntry.GetValueOrDefault(entry.Id));
            Assert.Equal(entry.RemainingAmount != 0m, entry.Open);
        }

        // A posted or reversed payment reconciliation journal points at transactions that exist; a reconciled one that
        // still stands has its bank entries closed against its statement.
        var registers = (await db.GlRegisters.AsNoTracking().Select(r => r.TransactionNo).ToListAsync()).ToHashSet();
        foreach (var journal in await db.PaymentReconciliationJournals.AsNoTracking().Where(j => j.Status != Domain.Reconciliation.JournalStatus.Open).ToListAsync())
        {
            Assert.Contains(journal.PostedTransactionNo!.Value, registers);
            if (journal.Status == Domain.Reconciliation.JournalStatus.Reversed) Assert.Contains(journal.ReversalTransactionNo!.Value, registers);
            if (journal.Status == Domain.Reconciliation.JournalStatus.Posted && journal.Reconciled)
            {
                var bankEntries = await db.BankAccountLedgerEntries.AsNoTracking()
                    .Where(e => e.TransactionNo == journal.PostedTransactionNo && e.BankAccountId == journal.BankAccountId).ToListAsync();
                Assert.All(bankEntries, e => Assert.True(!e.Open && e.StatementNo == journal.StatementNo, $"Bank entry {e.EntryNo} is not reconciled on {journal.StatementNo}."));
            }
        }

        // Entry numbers are unique and gapless per ledger.
        Gapless(await db.GlEntries.AsNoTracking().Select(e => e.EntryNo).ToListAsync(), "G/L");
        Gapless(await db.CustomerLedgerEntries.AsNoTracking().Select(e => e.EntryNo).ToListAsync(), "customer");
        Gapless(await db.VendorLedgerEntries.AsNoTracking().Select(e => e.EntryNo).ToListAsync(), "vendor");
        Gapless(await db.BankAccountLedgerEntries.AsNoTracking().Select(e => e.EntryNo).ToListAsync(), "bank");
        Gapless(await db.DetailedLedgerEntries.AsNoTracking().Select(e => e.EntryNo).ToListAsync(), "detailed");
    }

    private static void Gapless(List<long> numbers, string ledger)
    {
        numbers.Sort();
        Assert.True(Enumerable.Range(1, numbers.Count).Select(i => (long)i).SequenceEqual(numbers), $"The {ledger} entry numbers are not 1..{numbers.Count}.");
    }
}
