using BankRecon.Application.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Journals;

public sealed record GetJournalQuery(
    Guid JournalId,
    JournalLineFilter Filter = JournalLineFilter.All,
    LineConfidence? Confidence = null,
    string? Search = null,
    string? Sort = null,
    int? Page = null,
    int? PageSize = null);

public sealed record JournalHeader(
    Guid Id,
    string No,
    Guid BankAccountId,
    string BankAccountNo,
    string BankAccountName,
    string Currency,
    string StatementNo,
    DateOnly StatementDate,
    decimal BalanceLastStatement,
    decimal StatementEndingBalance,
    JournalStatus Status,
    int Version,
    string CreatedBy,
    DateTime CreatedAtUtc,
    string? AppliedBy,
    DateTime? AppliedAtUtc,
    string? PostedBy,
    DateTime? PostedAtUtc,
    bool Reconciled)
{
    public bool IsOpen => Status == JournalStatus.Open;

    /// <summary>What the statement says moved: ending balance − balance last statement.</summary>
    public decimal StatementChange => StatementEndingBalance - BalanceLastStatement;
}

/// <summary>The journal's totals over all its lines (not only the page shown).</summary>
public sealed record JournalFigures(
    int Lines,
    int AppliedLines,
    int ToReview,
    int WithDifference,
    int Unapplied,
    decimal Total,
    decimal Applied,
    IReadOnlyDictionary<LineConfidence, int> ByConfidence)
{
    /// <summary>Σ line differences: what is not applied yet.</summary>
    public decimal Difference => Total - Applied;

    public int Count(LineConfidence confidence) => ByConfidence.GetValueOrDefault(confidence);
}

public sealed record JournalLineRow(
    Guid Id,
    int LineNo,
    DateOnly BookingDate,
    string? Description,
    string? CounterpartyName,
    string? CounterpartyAccount,
    string? Reference,
    decimal Amount,
    decimal AppliedAmount,
    ApplicationAccountType AccountType,
    string? AccountNo,
    string? AccountName,
    LineConfidence Confidence,
    bool ReviewRequired,
    string? Rule,
    bool HasExplanation,
    IReadOnlyList<string> AppliedDocuments,
    bool IsSplit,
    string? AppliedBy)
{
    public decimal Difference => Amount - AppliedAmount;

    public bool IsDecidedByPerson => Confidence is LineConfidence.Manual or LineConfidence.Accepted;
}

public sealed record JournalDetails(JournalHeader Header, JournalFigures Figures, PagedList<JournalLineRow> Lines);

/// <summary>
/// The journal page: header, totals and one page of lines. Filters, sorting and paging run in SQL over the
/// (JournalId, …) indexes, and only the page's rows are read, so a 10k-line journal pages as fast as a 10-line one.
/// The stored explanation (~1 KB of JSON per line) is not read here: the page links to the line page for the reasons.
/// </summary>
public sealed class GetJournalHandler(BankReconDbContext db, JournalFiguresCache figuresCache)
{
    public const string DefaultSort = "line";

    public async Task<JournalDetails?> HandleAsync(GetJournalQuery query, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var queries = JournalPageQueries.For(db);
        var header = await queries.Header(db, query.JournalId);
        if (header is null) return null;
        // The sums only when the journal changed: every change to its lines bumps its Version.
        if (!figuresCache.TryGet(query.JournalId, header.Version, out var figures))
        {
            figures = await LoadFiguresAsync(db, query.JournalId, cancellationToken);
            figuresCache.Set(query.JournalId, header.Version, figures);
        }

        var term = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        var lowered = term?.ToLower(System.Globalization.CultureInfo.InvariantCulture);
        var sort = SortOrder.Parse(query.Sort, DefaultSort);
        // The view's line count: from the figures, or counted once per Version for a search (see JournalFiguresCache).
        if (KnownCount(figures, query) is not { } total)
        {
            var view = $"{query.Filter}|{query.Confidence}|{term}";
            if (!figuresCache.TryGetCount(query.JournalId, header.Version, view, out total))
            {
                total = await queries.Count(db, query.JournalId, query.Filter, query.Confidence, lowered, term);
                figuresCache.SetCount(query.JournalId, header.Version, view, total);
            }
        }

        var request = new PageRequest(query.Page, query.PageSize);
        var pageNumber = request.ClampedTo(total);
        var pageQuery = queries.PageQuery(sort.Column.ToLowerInvariant(), sort.Descending);
        var rows = new List<JournalLineRow>(request.PageSize);
        if (total > 0)
        {
            await foreach (var row in pageQuery(db, query.JournalId, query.Filter, query.Confidence, lowered, term, (pageNumber - 1) * request.PageSize, request.PageSize)
                               .WithCancellation(cancellationToken))
                rows.Add(row);
        }

        return new JournalDetails(header, figures, new PagedList<JournalLineRow>(rows, pageNumber, request.PageSize, total));
    }

    /// <summary>
    /// The number of lines in the view when the journal's figures already hold it (no search, one filter or one
    /// confidence), so paging needs no COUNT query; otherwise null and the count runs in SQL.
    /// </summary>
    internal static int? KnownCount(JournalFigures figures, GetJournalQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Search)) return null;
        if (query.Confidence is { } confidence) return query.Filter == JournalLineFilter.All ? figures.Count(confidence) : null;
        return query.Filter switch
        {
            JournalLineFilter.All => figures.Lines,
            JournalLineFilter.ToReview => figures.ToReview,
            JournalLineFilter.WithDifference => figures.WithDifference,
            JournalLineFilter.Unapplied => figures.Unapplied,
            _ => null,
        };
    }

    internal static Task<JournalHeader?> LoadHeaderAsync(BankReconDbContext db, Guid journalId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return JournalPageQueries.For(db).Header(db, journalId);
    }

    internal static async Task<JournalFigures> LoadFiguresAsync(BankReconDbContext db, Guid journalId, CancellationToken cancellationToken)
    {
        var lines = db.StatementLines.AsNoTracking().Where(l => l.JournalId == journalId);
        var totals = await lines.GroupBy(l => l.JournalId).Select(g => new
        {
            Lines = g.Count(),
            Applied = g.Count(l => l.AccountType != ApplicationAccountType.None),
            ToReview = g.Count(l => l.ReviewRequired),
            WithDifference = g.Count(l => l.Amount != l.AppliedAmount),
            Unapplied = g.Count(l => l.AccountType == ApplicationAccountType.None),
            Total = g.Sum(l => l.Amount),
            AppliedAmount = g.Sum(l => l.AppliedAmount),
        }).SingleOrDefaultAsync(cancellationToken);
        var byConfidence = await lines.GroupBy(l => l.Confidence).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return totals is null
            ? new JournalFigures(0, 0, 0, 0, 0, 0m, 0m, new Dictionary<LineConfidence, int>())
            : new JournalFigures(totals.Lines, totals.Applied, totals.ToReview, totals.WithDifference, totals.Unapplied, totals.Total, totals.AppliedAmount,
                byConfidence.ToDictionary(c => c.Key, c => c.Count));
    }
}
