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
        var header = await LoadHeaderAsync(db, query.JournalId, cancellationToken);
        if (header is null) return null;
        // The sums only when the journal changed: every change to its lines bumps its Version.
        if (!figuresCache.TryGet(query.JournalId, header.Version, out var figures))
        {
            figures = await LoadFiguresAsync(db, query.JournalId, cancellationToken);
            figuresCache.Set(query.JournalId, header.Version, figures);
        }

        var lines = Filter(db.StatementLines.AsNoTracking().Where(l => l.JournalId == query.JournalId), query);
        // The account's name comes with the row (one indexed look-up per row in the same query, not a query per kind).
        var rows = lines.Select(l => new
        {
            l.Id, l.LineNo, l.BookingDate, l.Description, l.CounterpartyName, l.CounterpartyAccount, l.Reference, l.Amount, l.AppliedAmount,
            l.AccountType, l.AccountNo, l.Confidence, l.ReviewRequired, l.Rule, HasExplanation = l.Explanation != null, l.ParentLineId, l.AppliedBy,
            AccountName = l.AccountNo == null ? null
                : l.AccountType == ApplicationAccountType.Customer ? db.Customers.Where(c => c.No == l.AccountNo).Select(c => c.Name).FirstOrDefault()
                : l.AccountType == ApplicationAccountType.Vendor ? db.Vendors.Where(v => v.No == l.AccountNo).Select(v => v.Name).FirstOrDefault()
                : l.AccountType == ApplicationAccountType.GlAccount ? db.GlAccounts.Where(g => g.No == l.AccountNo).Select(g => g.Name).FirstOrDefault()
                : l.AccountType == ApplicationAccountType.BankAccount ? db.BankAccounts.Where(b => b.No == l.AccountNo).Select(b => b.Name).FirstOrDefault()
                : null,
        });
        var sort = SortOrder.Parse(query.Sort, DefaultSort);
        rows = (sort.Column.ToLowerInvariant(), sort.Descending) switch
        {
            ("date", false) => rows.OrderBy(r => r.BookingDate).ThenBy(r => r.LineNo),
            ("date", true) => rows.OrderByDescending(r => r.BookingDate).ThenBy(r => r.LineNo),
            ("amount", false) => rows.OrderBy(r => r.Amount).ThenBy(r => r.LineNo),
            ("amount", true) => rows.OrderByDescending(r => r.Amount).ThenBy(r => r.LineNo),
            ("confidence", false) => rows.OrderBy(r => r.Confidence).ThenBy(r => r.LineNo),
            ("confidence", true) => rows.OrderByDescending(r => r.Confidence).ThenBy(r => r.LineNo),
            (_, true) => rows.OrderByDescending(r => r.LineNo),
            _ => rows.OrderBy(r => r.LineNo),
        };
        // The view's line count: from the figures, or counted once per Version for a search (see JournalFiguresCache).
        var view = $"{query.Filter}|{query.Confidence}|{query.Search?.Trim()}";
        var knownCount = KnownCount(figures, query);
        if (knownCount is null && figuresCache.TryGetCount(query.JournalId, header.Version, view, out var counted)) knownCount = counted;
        var page = await rows.ToPagedListAsync(new PageRequest(query.Page, query.PageSize), knownCount, cancellationToken);
        if (knownCount is null) figuresCache.SetCount(query.JournalId, header.Version, view, page.TotalCount);

        var ids = page.Items.Select(r => r.Id).ToList();
        var documents = (await db.StatementLines.AsNoTracking().Where(l => ids.Contains(l.Id))
                .SelectMany(l => l.Applications, (l, a) => new { l.Id, a.DocumentNo })
                .ToListAsync(cancellationToken))
            .Where(d => d.DocumentNo != null)
            .GroupBy(d => d.Id)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(d => d.DocumentNo!)]);

        var items = page.Items.Select(r => new JournalLineRow(r.Id, r.LineNo, r.BookingDate, r.Description, r.CounterpartyName, r.CounterpartyAccount,
                r.Reference, r.Amount, r.AppliedAmount, r.AccountType, r.AccountNo, r.AccountName, r.Confidence, r.ReviewRequired, r.Rule,
                r.HasExplanation, documents.GetValueOrDefault(r.Id) ?? [], r.ParentLineId is not null, r.AppliedBy))
            .ToList();
        return new JournalDetails(header, figures, new PagedList<JournalLineRow>(items, page.PageNumber, page.PageSize, page.TotalCount));
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

    internal static IQueryable<StatementLine> Filter(IQueryable<StatementLine> lines, GetJournalQuery query)
    {
        lines = query.Filter switch
        {
            JournalLineFilter.ToReview => lines.Where(l => l.ReviewRequired),
            JournalLineFilter.WithDifference => lines.Where(l => l.Amount != l.AppliedAmount),
            JournalLineFilter.Unapplied => lines.Where(l => l.AccountType == ApplicationAccountType.None),
            _ => lines,
        };
        if (query.Confidence is { } confidence) lines = lines.Where(l => l.Confidence == confidence);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            var lowered = term.ToLower(System.Globalization.CultureInfo.InvariantCulture);
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToLower() to SQL lower(): no .NET culture is involved
            lines = lines.Where(l => (l.Description != null && l.Description.ToLower().Contains(lowered))
                || (l.CounterpartyName != null && l.CounterpartyName.ToLower().Contains(lowered))
                || (l.Reference != null && l.Reference.Contains(term))
                || (l.AccountNo != null && l.AccountNo == term));
#pragma warning restore CA1304, CA1311, CA1862
        }

        return lines;
    }

    internal static Task<JournalHeader?> LoadHeaderAsync(BankReconDbContext db, Guid journalId, CancellationToken cancellationToken) =>
        (from j in db.PaymentReconciliationJournals.AsNoTracking()
         join b in db.BankAccounts on j.BankAccountId equals b.Id
         where j.Id == journalId
         select new JournalHeader(j.Id, j.No, b.Id, b.No, b.Name, j.Currency, j.StatementNo, j.StatementDate, j.BalanceLastStatement,
             j.StatementEndingBalance, j.Status, j.Version, j.CreatedBy, j.CreatedAtUtc, j.AppliedBy, j.AppliedAtUtc, j.PostedBy, j.PostedAtUtc,
             j.Reconciled))
        .SingleOrDefaultAsync(cancellationToken);

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
