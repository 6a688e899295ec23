using System.Collections.Concurrent;
using BankRecon.Application.Common;
using BankRecon.Domain.Reconciliation;

namespace BankRecon.Application.Journals;

/// <summary>
/// Every line of one journal as the journal page shows it, read once per journal <c>Version</c>, with the journal's
/// figures. Views (filter, confidence, search, sort, page) are cut from it in memory: a 10 000-line journal filters
/// and sorts in well under a millisecond, where SQL paid a statement preparation, a join and a per-row shaper on
/// every view. The search is Unicode case-insensitive ("øst" finds "ØSTLANDET"; SQLite's lower() only folds ASCII),
/// and it also finds a line by the account or the documents applied to it.
/// </summary>
public sealed class JournalLinesSnapshot
{
    /// <summary>Views worked out and kept per snapshot (paging through a search walks the lines once, not per page).</summary>
    public const int ViewCapacity = 32;

    /// <summary>The sort orders the page offers; anything else sorts by line number.</summary>
    private static readonly string[] Sorts = ["line", "date", "amount", "confidence"];

    private readonly JournalLineRow[] _rows;
    private readonly Lazy<int[]>[] _orders;

    // Per line, its searchable texts upper-cased once (for the first search): a search is then one ordinal IndexOf per line.
    private readonly Lazy<string[]> _searchTexts;

    private readonly ConcurrentDictionary<ViewKey, int[]> _views = new();

    /// <param name="rows">The journal's lines in any order; they are kept in line-number order.</param>
    public JournalLinesSnapshot(IEnumerable<JournalLineRow> rows)
    {
        _rows = [.. rows.OrderBy(r => r.LineNo).ThenBy(r => r.Id)];
        Figures = FiguresOf(_rows);
        _orders = new Lazy<int[]>[Sorts.Length * 2];
        for (var i = 0; i < _orders.Length; i++)
        {
            var sort = i;
            _orders[i] = new Lazy<int[]>(() => Order(Sorts[sort / 2], descending: sort % 2 == 1));
        }

        _searchTexts = new Lazy<string[]>(() => [.. _rows.Select(SearchText)]);
    }

    public JournalFigures Figures { get; }

    /// <summary>
    /// This snapshot after an edit: the lines in <paramref name="changed"/> replaced by <paramref name="rows"/> as they
    /// are now (a changed line without a row is gone; a row for a new line is added).
    /// </summary>
    public JournalLinesSnapshot With(IReadOnlyCollection<Guid> changed, IReadOnlyCollection<JournalLineRow> rows)
    {
        var ids = changed as ISet<Guid> ?? new HashSet<Guid>(changed);
        return new JournalLinesSnapshot(_rows.Where(r => !ids.Contains(r.Id)).Concat(rows));
    }

    public int Count => _rows.Length;

    /// <summary>One page of the lines in a view, ordered by <paramref name="sort"/> and then by line number.</summary>
    public PagedList<JournalLineRow> View(JournalLineFilter filter, LineConfidence? confidence, string? search, SortOrder sort, PageRequest request)
    {
        var term = string.IsNullOrWhiteSpace(search) ? null : search.Trim();
        var sortIndex = Array.FindIndex(Sorts, s => sort.Is(s));
        var orderIndex = (Math.Max(sortIndex, 0) * 2) + (sort.Descending ? 1 : 0);
        var lines = Lines(new ViewKey(filter, confidence, term?.ToUpperInvariant(), orderIndex));
        var pageNumber = request.ClampedTo(lines.Length);
        var skip = (pageNumber - 1) * request.PageSize;
        var items = new JournalLineRow[Math.Clamp(lines.Length - skip, 0, request.PageSize)];
        for (var i = 0; i < items.Length; i++) items[i] = _rows[lines[skip + i]];
        return new PagedList<JournalLineRow>(items, pageNumber, request.PageSize, lines.Length);
    }

    /// <summary>The positions of the view's lines, in the view's order.</summary>
    private int[] Lines(ViewKey view)
    {
        if (_views.TryGetValue(view, out var cached)) return cached;
        var order = view.OrderIndex == 0 ? null : _orders[view.OrderIndex].Value;
        var texts = view.UpperTerm is null ? null : _searchTexts.Value;
        var lines = new List<int>();
        for (var i = 0; i < _rows.Length; i++)
        {
            var index = order is null ? i : order[i];
            var row = _rows[index];
            if (!InFilter(row, view.Filter, view.Confidence)) continue;
            if (texts is null
                || texts[index].Contains(view.UpperTerm!, StringComparison.Ordinal)
                || string.Equals(row.AccountNo, view.UpperTerm, StringComparison.OrdinalIgnoreCase)
                || PaysDocument(row, view.UpperTerm!))
                lines.Add(index);
        }

        if (_views.Count >= ViewCapacity) _views.Clear();
        return _views[view] = [.. lines];
    }

    private readonly record struct ViewKey(JournalLineFilter Filter, LineConfidence? Confidence, string? UpperTerm, int OrderIndex);

    private static bool InFilter(JournalLineRow row, JournalLineFilter filter, LineConfidence? confidence)
    {
        var inFilter = filter switch
        {
            JournalLineFilter.ToReview => row.ReviewRequired,
            JournalLineFilter.WithDifference => row.Difference != 0m,
            JournalLineFilter.Unapplied => row.AccountType == ApplicationAccountType.None,
            _ => true,
        };
        return inFilter && (confidence is not { } c || row.Confidence == c);
    }

    /// <summary>Text, payer, reference and account name, upper-cased (invariant: "ø" and "Ø" alike), apart by a control character.</summary>
    private static string SearchText(JournalLineRow row) =>
        string.Join('\u001F', row.Description, row.CounterpartyName, row.Reference, row.AccountName).ToUpperInvariant();

    private static bool PaysDocument(JournalLineRow row, string term)
    {
        var documents = row.AppliedDocuments;
        for (var i = 0; i < documents.Count; i++)
            if (string.Equals(documents[i], term, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private int[] Order(string column, bool descending)
    {
        var order = Enumerable.Range(0, _rows.Length).ToArray();
        Comparison<int> byKey = column switch
        {
            "date" => (a, b) => _rows[a].BookingDate.CompareTo(_rows[b].BookingDate),
            "amount" => (a, b) => _rows[a].Amount.CompareTo(_rows[b].Amount),
            "confidence" => (a, b) => _rows[a].Confidence.CompareTo(_rows[b].Confidence),
            _ => (a, b) => 0,
        };
        // Ties by line number (the rows' own order), ascending in both directions, so pages never overlap.
        Array.Sort(order, (a, b) =>
        {
            var c = byKey(a, b);
            return c != 0 ? (descending ? -c : c) : a.CompareTo(b);
        });
        if (column == "line" && descending) Array.Reverse(order);
        return order;
    }

    private static JournalFigures FiguresOf(JournalLineRow[] rows)
    {
        int applied = 0, toReview = 0, withDifference = 0;
        decimal total = 0m, appliedAmount = 0m;
        var byConfidence = new Dictionary<LineConfidence, int>();
        foreach (var row in rows)
        {
            if (row.AccountType != ApplicationAccountType.None) applied++;
            if (row.ReviewRequired) toReview++;
            if (row.Difference != 0m) withDifference++;
            total += row.Amount;
            appliedAmount += row.AppliedAmount;
            byConfidence[row.Confidence] = byConfidence.GetValueOrDefault(row.Confidence) + 1;
        }

        return new JournalFigures(rows.Length, applied, toReview, withDifference, rows.Length - applied, total, appliedAmount, byConfidence);
    }
}
