using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Statements;

/// <summary>
/// Looks up which dedup keys a bank account already has, and in which journal (open or posted), a chunk at a time
/// (one query per chunk: EF sends the keys as one JSON/array parameter). Also remembers the keys of the current upload,
/// so that overlapping statements of one upload are deduplicated against each other.
/// </summary>
internal sealed class DuplicateFinder(BankReconDbContext db)
{
    private const int Chunk = 2000;
    private readonly Dictionary<Guid, JournalInfo> _journals = [];
    private readonly Dictionary<Guid, HashSet<string>> _uploadKeys = [];

    public sealed record JournalInfo(Guid Id, string No, JournalStatus Status);

    public sealed record Existing(string Key, JournalInfo? Journal);

    /// <summary>Keys among <paramref name="keys"/> that are already taken: by a journal line (Journal set) or earlier in this upload (Journal null).</summary>
    public async Task<Dictionary<string, Existing>> FindAsync(Guid bankAccountId, IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, Existing>(StringComparer.Ordinal);
        var upload = UploadKeys(bankAccountId);
        foreach (var key in keys)
        {
            if (upload.Contains(key)) found[key] = new Existing(key, null);
        }

        for (var start = 0; start < keys.Count; start += Chunk)
        {
            var chunk = keys.Skip(start).Take(Chunk).ToList();
            var rows = await db.StatementLines.AsNoTracking()
                // One array parameter (JSON on SQLite, an array on PostgreSQL) instead of EF 10's default of one parameter
                // per key, which costs a new SQL text and plan for thousands of parameters per batch.
                .Where(l => l.BankAccountId == bankAccountId && EF.Parameter(chunk).Contains(l.DedupKey))
                .Select(l => new { l.DedupKey, l.JournalId })
                .ToListAsync(cancellationToken);
            var missing = rows.Select(r => r.JournalId).Where(id => !_journals.ContainsKey(id)).Distinct().ToList();
            if (missing.Count > 0)
            {
                var journals = await db.PaymentReconciliationJournals.AsNoTracking()
                    .Where(j => missing.Contains(j.Id))
                    .Select(j => new JournalInfo(j.Id, j.No, j.Status))
                    .ToListAsync(cancellationToken);
                foreach (var journal in journals) _journals[journal.Id] = journal;
            }

            // A key repeated within this upload is reported as such, even when its first occurrence is already saved.
            foreach (var row in rows) found.TryAdd(row.DedupKey, new Existing(row.DedupKey, _journals[row.JournalId]));
        }

        return found;
    }

    /// <summary>Marks keys as taken by this upload.</summary>
    public void Remember(Guid bankAccountId, IEnumerable<string> keys) => UploadKeys(bankAccountId).UnionWith(keys);

    private HashSet<string> UploadKeys(Guid bankAccountId)
    {
        if (!_uploadKeys.TryGetValue(bankAccountId, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            _uploadKeys[bankAccountId] = set;
        }

        return set;
    }
}
