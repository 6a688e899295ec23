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

        // Each sub-ledger equals its control account (local currency).
        var setup = await db.PostingSetups.AsNoTracking().SingleAsync();
        var customers = (await db.CustomerLedgerEntries.AsNoTracking().Select(e => e.AmountLocal).ToListAsync()).Sum();
        var vendors = (await db.VendorLedgerEntries.AsNoTracking().Select(e => e.AmountLocal).ToListAsync()).Sum();
        Assert.Equal(customers, gl.Where(e => e.GlAccountId == setup.ReceivablesAccountId).Sum(e => e.Amount));
        Assert.Equal(vendors, gl.Where(e => e.GlAccountId == setup.PayablesAccountId).Sum(e => e.Amount));

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

        // Entry numbers are unique and gapless per ledger.
        var glNos = await db.GlEntries.AsNoTracking().Select(e => e.EntryNo).OrderBy(n => n).ToListAsync();
        Assert.Equal(Enumerable.Range(1, glNos.Count).Select(i => (long)i), glNos);
    }
}
