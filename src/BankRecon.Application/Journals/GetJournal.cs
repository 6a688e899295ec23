using BankRecon.Application.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;

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
/// The journal page: header, totals and one page of lines. Each view reads the header (its Version says whether the
/// lines changed); the lines and totals come from a snapshot read once per Version, and the view is cut from it in
/// memory (<see cref="JournalLinesSnapshot"/>), so a 10k-line journal pages, filters, sorts and searches as fast as a
/// 10-line one. The stored explanation (~1 KB of JSON per line) is not read here: the line page shows the reasons.
/// </summary>
public sealed class GetJournalHandler(BankReconDbContext db, JournalSnapshotCache snapshots)
{
    public const string DefaultSort = "line";

    public async Task<JournalDetails?> HandleAsync(GetJournalQuery query, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var header = await LoadHeaderAsync(db, query.JournalId, cancellationToken);
        if (header is null) return null;
        var snapshot = await snapshots.GetOrLoadAsync(query.JournalId, header.Version, ct => LoadSnapshotAsync(db, query.JournalId, ct), cancellationToken);
        var lines = snapshot.View(query.Filter, query.Confidence, query.Search, SortOrder.Parse(query.Sort, DefaultSort), new PageRequest(query.Page, query.PageSize));
        return new JournalDetails(header, snapshot.Figures, lines);
    }

    internal static async Task<JournalLinesSnapshot> LoadSnapshotAsync(BankReconDbContext db, Guid journalId, CancellationToken cancellationToken) =>
        new(await ReadRowsAsync(db, journalId, null, cancellationToken));

    /// <summary>The journal's lines as rows with their applied documents: all of them, or those with <paramref name="lineIds"/>.</summary>
    internal static async Task<IReadOnlyCollection<JournalLineRow>> ReadRowsAsync(BankReconDbContext db, Guid journalId, Guid[]? lineIds,
        CancellationToken cancellationToken)
    {
        var queries = JournalPageQueries.For(db);
        var documents = new Dictionary<Guid, List<string>>();
        await foreach (var document in queries.Documents(db, journalId, lineIds).WithCancellation(cancellationToken))
        {
            if (!documents.TryGetValue(document.LineId, out var list)) documents[document.LineId] = list = [];
            list.Add(document.DocumentNo);
        }

        var rows = new List<JournalLineRow>();
        await foreach (var row in queries.Lines(db, journalId, lineIds).WithCancellation(cancellationToken))
            rows.Add(documents.TryGetValue(row.Id, out var numbers) ? row with { AppliedDocuments = [.. numbers.Order(StringComparer.Ordinal)] } : row);
        return rows;
    }

    internal static Task<JournalHeader?> LoadHeaderAsync(BankReconDbContext db, Guid journalId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return JournalPageQueries.For(db).Header(db, journalId);
    }
}
