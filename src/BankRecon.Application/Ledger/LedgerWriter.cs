using BankRecon.Domain.Ledger;
using BankRecon.Domain.Posting;
using BankRecon.Persistence;

namespace BankRecon.Application.Ledger;

/// <summary>
/// The only code that adds ledger entries to the database: numbers a balanced <see cref="JournalTransaction"/> from the
/// ledger counters, links reversals and closures, and writes a G/L register row. The caller saves, inside its database
/// transaction (large transactions are inserted at once, in that transaction: see <see cref="LedgerBulkInsert"/>).
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
        var entries = transaction.NewEntries.ToList();
        foreach (var entry in entries) entry.AssignNumbers(counters.NextEntryNo(entry), transactionNo, postedBy, now);
        transaction.LinkReversals();
        transaction.LinkClosures();

        // Large postings (a statement of thousands of lines) go in as multi-row INSERTs inside the caller's transaction;
        // the rest through the change tracker, saved by the caller.
        if (entries.Count >= LedgerBulkInsert.Threshold && db.Database.CurrentTransaction is not null)
            await LedgerBulkInsert.InsertAsync(db, entries, cancellationToken);
        else
            foreach (var entry in entries) db.Add(entry);

        db.GlRegisters.Add(new GlRegister(transactionNo, transaction.SourceCode, transaction.DocumentNo, transaction.PostingDate,
            transaction.GlEntries.Min(e => e.EntryNo), transaction.GlEntries.Max(e => e.EntryNo), postedBy, now));
        return transactionNo;
    }
}
