using System.Collections.Concurrent;

namespace BankRecon.Application.Journals;

/// <summary>
/// The journal page's totals per journal and <c>Version</c>. Every change to a journal's lines bumps the journal's
/// Version (that is how a colleague's change is detected), so figures computed for one Version stay right until the
/// next change. Summing a
/// 10 000-line journal costs tens of milliseconds on SQLite (decimals are summed by a .NET function per row), which
/// every page view of an unchanged journal would otherwise pay again.
/// </summary>
public sealed class JournalFiguresCache
{
    /// <summary>Journals kept; beyond that the cache starts over (open journals are few; this only bounds memory).</summary>
    public const int Capacity = 500;

    /// <summary>Searched views counted; beyond that the counts start over.</summary>
    public const int CountCapacity = 5000;

    private readonly ConcurrentDictionary<Guid, (int Version, JournalFigures Figures)> _figures = new();

    private readonly ConcurrentDictionary<(Guid JournalId, int Version, string View), int> _counts = new();

    public bool TryGet(Guid journalId, int version, out JournalFigures figures)
    {
        if (_figures.TryGetValue(journalId, out var cached) && cached.Version == version)
        {
            figures = cached.Figures;
            return true;
        }

        figures = default!;
        return false;
    }

    public void Set(Guid journalId, int version, JournalFigures figures)
    {
        if (_figures.Count >= Capacity) _figures.Clear();
        _figures[journalId] = (version, figures);
    }

    /// <summary>
    /// Lines in a searched view (filter, confidence and search text in <paramref name="view"/>) for one Version: a text
    /// search reads every line of the journal to count its matches, while the page of matches itself stops after 50.
    /// </summary>
    public bool TryGetCount(Guid journalId, int version, string view, out int count) =>
        _counts.TryGetValue((journalId, version, view), out count);

    public void SetCount(Guid journalId, int version, string view, int count)
    {
        if (_counts.Count >= CountCapacity) _counts.Clear();
        _counts[(journalId, version, view)] = count;
    }
}
