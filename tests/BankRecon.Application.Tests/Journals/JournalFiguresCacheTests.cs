using BankRecon.Application.Journals;
using BankRecon.Domain.Reconciliation;

namespace BankRecon.Application.Tests.Journals;

public sealed class JournalFiguresCacheTests
{
    private static JournalFigures Figures(int lines, decimal applied) =>
        new(lines, lines, 0, 0, 0, 100m, applied, new Dictionary<LineConfidence, int> { [LineConfidence.High] = lines });

    [Fact]
    public void Figures_are_reused_only_for_the_same_version()
    {
        var cache = new JournalFiguresCache();
        var journal = Guid.NewGuid();
        cache.Set(journal, version: 3, Figures(10, 40m));

        Assert.True(cache.TryGet(journal, 3, out var same));
        Assert.Equal(40m, same.Applied);
        Assert.False(cache.TryGet(journal, 4, out _));          // a colleague changed the journal
        Assert.False(cache.TryGet(Guid.NewGuid(), 3, out _));
    }

    [Fact]
    public void A_full_cache_starts_over_instead_of_growing()
    {
        var cache = new JournalFiguresCache();
        var first = Guid.NewGuid();
        cache.Set(first, 1, Figures(1, 0m));
        for (var i = 0; i < JournalFiguresCache.Capacity; i++) cache.Set(Guid.NewGuid(), 1, Figures(1, 0m));

        Assert.False(cache.TryGet(first, 1, out _));
    }
}
