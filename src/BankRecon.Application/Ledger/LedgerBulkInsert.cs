using BankRecon.Application.Common;
using BankRecon.Domain.Ledger;
using BankRecon.Persistence;

namespace BankRecon.Application.Ledger;

/// <summary>
/// Inserts many new ledger entries inside the caller's open database transaction (<see cref="BulkInserter"/>, one
/// entity type at a time). EF Core's change tracker sends one INSERT per entity, which makes a 10 000-line statement
/// (about 70 000 entries) take several seconds; this writes exactly the rows SaveChanges would have written, from the
/// EF model's own mappings. The entities are not tracked afterwards: they are new and final.
/// </summary>
internal static class LedgerBulkInsert
{
    /// <summary>Below this many entries the change tracker is fast enough and simpler to reason about.</summary>
    public const int Threshold = 256;

    public static async Task InsertAsync(BankReconDbContext db, IEnumerable<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
            throw new InvalidOperationException("Ledger entries are bulk-inserted only inside the posting's database transaction.");
        foreach (var group in entries.GroupBy(e => e.GetType()))
        {
            using var inserter = new BulkInserter(db, group.Key);
            await inserter.InsertAsync([.. group], cancellationToken);
        }
    }
}
