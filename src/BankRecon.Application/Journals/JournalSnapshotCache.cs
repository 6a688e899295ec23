using System.Collections.Concurrent;

namespace BankRecon.Application.Journals;

/// <summary>
/// The journal page's lines per journal and <c>Version</c> (<see cref="JournalLinesSnapshot"/>). Every change to a
/// journal's lines bumps the journal's Version, and every view reads the Version first, so a snapshot is never shown
/// after a change, whichever server made it. After a change the first view reads the lines once (on SQLite about as
/// long as summing them for the figures took before); concurrent views of the same journal wait for that one read.
/// Memory is bounded by <see cref="RowCapacity"/>: the least recently viewed journals make room.
/// </summary>
public sealed class JournalSnapshotCache
{
    /// <summary>Lines kept over all journals (about 300 bytes each).</summary>
    public const int RowCapacity = 250_000;

    private readonly ConcurrentDictionary<Guid, Entry> _entries = new();

    // Loads of the same journal queue on one gate; a fixed set of gates bounds memory, whatever the number of journals.
    private readonly SemaphoreSlim[] _gates = [.. Enumerable.Range(0, 32).Select(_ => new SemaphoreSlim(1, 1))];

    private long _clock;

    public bool TryGet(Guid journalId, int version, out JournalLinesSnapshot snapshot)
    {
        if (_entries.TryGetValue(journalId, out var entry) && entry.Version == version)
        {
            entry.Touch(Interlocked.Increment(ref _clock));
            snapshot = entry.Snapshot;
            return true;
        }

        snapshot = default!;
        return false;
    }

    /// <summary>The snapshot for <paramref name="version"/>, read by <paramref name="load"/> if no view has read it yet.</summary>
    public async Task<JournalLinesSnapshot> GetOrLoadAsync(Guid journalId, int version, Func<CancellationToken, Task<JournalLinesSnapshot>> load,
        CancellationToken cancellationToken)
    {
        if (TryGet(journalId, version, out var cached)) return cached;
        var gate = _gates[(journalId.GetHashCode() & int.MaxValue) % _gates.Length];
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (TryGet(journalId, version, out cached)) return cached;
            var snapshot = await load(cancellationToken);
            Set(journalId, version, snapshot);
            return snapshot;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Lines an edit may change and still be patched into the snapshot; a larger edit makes the next view read the journal again.</summary>
    public const int MaxPatchedLines = 500;

    /// <summary>
    /// After an edit saved as <paramref name="toVersion"/> over <paramref name="fromVersion"/>: if the snapshot is at
    /// <paramref name="fromVersion"/>, the edit's lines are read again (<paramref name="readRows"/>) and patched in, so
    /// the view after an accept or a manual application does not read all the journal's lines. The journal's Version
    /// token guarantees that the edit's lines are all that changed between the two versions.
    /// </summary>
    public async Task PatchAsync(Guid journalId, int fromVersion, int toVersion, IReadOnlyCollection<Guid> lines,
        Func<Guid[], CancellationToken, Task<IReadOnlyCollection<JournalLineRow>>> readRows, CancellationToken cancellationToken)
    {
        if (toVersion == fromVersion || lines.Count > MaxPatchedLines) return;
        if (!_entries.TryGetValue(journalId, out var entry) || entry.Version != fromVersion) return;
        var rows = lines.Count == 0 ? [] : await readRows([.. lines], cancellationToken);
        Set(journalId, toVersion, entry.Snapshot.With(lines, rows));
    }

    public void Set(Guid journalId, int version, JournalLinesSnapshot snapshot)
    {
        var entry = new Entry(version, snapshot, Interlocked.Increment(ref _clock));
        // A slow read of an older Version never replaces a newer one.
        _entries.AddOrUpdate(journalId, entry, (_, existing) => existing.Version > version ? existing : entry);
        EvictBeyondCapacity(journalId);
    }

    private void EvictBeyondCapacity(Guid keep)
    {
        var rows = _entries.Values.Sum(e => (long)e.Snapshot.Count);
        if (rows <= RowCapacity) return;
        foreach (var (journalId, entry) in _entries.Where(e => e.Key != keep).OrderBy(e => e.Value.LastUsed).ToList())
        {
            if (rows <= RowCapacity) break;
            if (_entries.TryRemove(new KeyValuePair<Guid, Entry>(journalId, entry))) rows -= entry.Snapshot.Count;
        }
    }

    private sealed class Entry(int version, JournalLinesSnapshot snapshot, long lastUsed)
    {
        private long _lastUsed = lastUsed;

        public int Version { get; } = version;

        public JournalLinesSnapshot Snapshot { get; } = snapshot;

        public long LastUsed => Volatile.Read(ref _lastUsed);

        public void Touch(long now) => Volatile.Write(ref _lastUsed, now);
    }
}
