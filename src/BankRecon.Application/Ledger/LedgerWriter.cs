using BankRecon.Domain.Ledger;
using BankRecon.Domain.Posting;
using BankRecon.Persistence;

namespace BankRecon.Application.Ledger;

/// <summary>
/// The only code that adds ledger entries to the database: numbers a balanced <see cref="JournalTransaction"/> from the
/// ledger counters, links reversals and writes a G/L register row. The caller saves, inside its database transaction.
/// </summary>
public sealed class LedgerWriter(BankReconDbContext db, TimeProvider clock)
{
    public async Task<long> WriteAsync(JournalTransaction transaction, string postedBy, CancellationToken cancellationToken)
    {
        // FindAsync looks in the change tracker first: several postings may be written before one SaveChanges (the demo seeder).
        var counters = await db.LedgerCounters.FindAsync([LedgerCounters.SingletonId], cancellationToken);
        if (counters is null)
        {
            counters = new LedgerCounters();
            db.LedgerCounters.Add(counters);
        }

        var transactionNo = counters.NextTransactionNo();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in transaction.NewEntries)
        {
            entry.AssignNumbers(counters.NextEntryNo(entry), transactionNo, postedBy, now);
            db.Add(entry);
        }

        transaction.LinkReversals();
        transaction.LinkClosures();
        db.GlRegisters.Add(new GlRegister(transactionNo, transaction.SourceCode, transaction.DocumentNo, transaction.PostingDate,
            transaction.GlEntries.Min(e => e.EntryNo), transaction.GlEntries.Max(e => e.EntryNo), postedBy, now));
        return transactionNo;
    }
}
