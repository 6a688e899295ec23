using BankRecon.Application.Journals;
using BankRecon.Domain.Reconciliation;

namespace BankRecon.Application.Tests.Journals;

public sealed class JournalSnapshotCacheTests
{
    private static JournalLinesSnapshot Snapshot(int lines) => new(Enumerable.Range(1, lines).Select(i => new JournalLineRow(
        Guid.NewGuid(), i, new DateOnly(2026, 11, 1), "Betaling", null, null, null, 10m, 0m, ApplicationAccountType.None, null, null,
        LineConfidence.None, false, null, false, [], false, null)));

    [Fact]
    public void A_snapshot_is_reused_only_for_the_same_version()
    {
        var cache = new JournalSnapshotCache();
        var journal = Guid.NewGuid();
        var snapshot = Snapshot(3);
        cache.Set(journal, version: 3, snapshot);

        Assert.True(cache.TryGet(journal, 3, out var same));
        Assert.Same(snapshot, same);
        Assert.False(cache.TryGet(journal, 4, out _));          // a colleague changed the journal
        Assert.False(cache.TryGet(Guid.NewGuid(), 3, out _));
    }

    [Fact]
    public void An_older_version_read_late_does_not_replace_a_newer_one()
    {
        var cache = new JournalSnapshotCache();
        var journal = Guid.NewGuid();
        cache.Set(journal, 5, Snapshot(2));
        cache.Set(journal, 4, Snapshot(1));

        Assert.True(cache.TryGet(journal, 5, out var kept));
        Assert.Equal(2, kept.Count);
    }

    [Fact]
    public async Task Views_arriving_together_read_the_lines_once()
    {
        var cache = new JournalSnapshotCache();
        var journal = Guid.NewGuid();
        var reads = 0;
        var release = new TaskCompletionSource();
        async Task<JournalLinesSnapshot> Load(CancellationToken ct)
        {
            Interlocked.Increment(ref reads);
            await release.Task;
            return Snapshot(4);
        }

        var views = Enumerable.Range(0, 8).Select(_ => Task.Run(() => cache.GetOrLoadAsync(journal, 1, Load, CancellationToken.None))).ToList();
        await Task.Delay(100);
        release.SetResult();
        var snapshots = await Task.WhenAll(views);

        Assert.Equal(1, reads);
        Assert.All(snapshots, s => Assert.Same(snapshots[0], s));
    }

    [Fact]
    public void The_least_recently_viewed_journals_make_room_beyond_the_row_capacity()
    {
        var cache = new JournalSnapshotCache();
        var (old, recent, incoming) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var half = JournalSnapshotCache.RowCapacity / 2;
        cache.Set(old, 1, Snapshot(half));
        cache.Set(recent, 1, Snapshot(half));
        Assert.True(cache.TryGet(recent, 1, out _));            // viewed after "old"

        cache.Set(incoming, 1, Snapshot(10));

        Assert.False(cache.TryGet(old, 1, out _));
        Assert.True(cache.TryGet(recent, 1, out _));
        Assert.True(cache.TryGet(incoming, 1, out _));
    }
}
