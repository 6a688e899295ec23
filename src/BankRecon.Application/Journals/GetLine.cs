using BankRecon.Application.Common;
using BankRecon.Domain.Parties;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Journals;

/// <summary>
/// Search: Entry search text; with <paramref name="Amount"/> null too, the candidates default to the applied party's open entries, else to entries of the line's amount.
/// </summary>
public sealed record GetLineQuery(Guid LineId, string? Search = null, decimal? Amount = null, PartyType? PartyType = null, int? Page = null);

public sealed record LineView(
    Guid Id,
    int LineNo,
    DateOnly BookingDate,
    DateOnly? ValueDate,
    decimal Amount,
    string Currency,
    decimal? OriginalAmount,
    string? OriginalCurrency,
    string? Description,
    string? CounterpartyName,
    string? CounterpartyAccount,
    string? Reference,
    string? ReferenceType,
    string? EndToEndId,
    string? BankReference,
    string? BankTransactionCode,
    ApplicationAccountType AccountType,
    string? AccountNo,
    string? AccountName,
    LineConfidence Confidence,
    string? Rule,
    bool ReviewRequired,
    decimal AppliedAmount,
    string? AppliedBy,
    DateTime? AppliedAtUtc,
    Guid? ParentLineId)
{
    public decimal Difference => Amount - AppliedAmount;

    public bool IsDecidedByPerson => Confidence is LineConfidence.Manual or LineConfidence.Accepted;
}

/// <summary>One application of the line; <see cref="Entry"/> is null for an account without entry (G/L, bank, on account).</summary>
public sealed record AppliedView(Guid? EntryId, string? DocumentNo, decimal Amount, decimal Discount, OpenEntryFacts? Entry);

/// <summary>A runner-up with its account's name and whether its entries can still take what it would apply.</summary>
public sealed record AlternativeView(int Index, ExplainedAlternative Alternative, string? AccountName, bool CanApply);

/// <summary>"Map this text to …": the same text was applied by hand to the same account at least twice.</summary>
public sealed record MappingSuggestion(string Text, ApplicationAccountType AccountType, string AccountNo, string? AccountName, int Times);

public sealed record LineNavigation(Guid? PreviousToReview, Guid? NextToReview, Guid? PreviousLine, Guid? NextLine, int ToReview);

public sealed record LineDetails(
    JournalHeader Journal,
    LineView Line,
    IReadOnlyList<AppliedView> Applications,
    int Score,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<AlternativeView> Alternatives,
    LineNavigation Navigation,
    MappingSuggestion? Suggestion,
    bool TextAlreadyMapped,
    SearchOpenEntriesQuery CandidateSearch,
    PagedList<OpenEntryFacts> Candidates);

/// <summary>Everything the review page shows for one line: the line, its applications with the entries' remaining amounts and discounts, the explanation and alternatives, the next line to review, a mapping suggestion, and candidate entries to apply by hand.</summary>
public sealed class GetLineHandler(BankReconDbContext db, SearchOpenEntriesHandler search)
{
    public async Task<LineDetails?> HandleAsync(GetLineQuery query, CancellationToken cancellationToken)
    {
        var line = await db.StatementLines.AsNoTracking().SingleOrDefaultAsync(l => l.Id == query.LineId, cancellationToken);
        if (line is null) return null;
        var journal = await GetJournalHandler.LoadHeaderAsync(db, line.JournalId, cancellationToken);
        if (journal is null) return null;

        var explanation = LineExplanation.Parse(line.Explanation);
        var entryIds = line.Applications.Where(a => a.LedgerEntryId is not null).Select(a => a.LedgerEntryId!.Value)
            .Concat(explanation.Alternatives.SelectMany(a => a.Applications).Select(a => a.EntryId)).Distinct().ToList();
        var entries = await LedgerEntryLookup.LoadAsync(db, entryIds, line.Id, cancellationToken);
        var names = await AccountNames.LoadAsync(db,
            explanation.Alternatives.Where(a => a.AccountNo is not null && Enum.TryParse<ApplicationAccountType>(a.AccountType, out _))
                .Select(a => (Enum.Parse<ApplicationAccountType>(a.AccountType!), a.AccountNo!))
                .Concat(line.AccountNo is null ? [] : [(line.AccountType, line.AccountNo)]),
            cancellationToken);

        var view = new LineView(line.Id, line.LineNo, line.BookingDate, line.ValueDate, line.Amount, line.Currency, line.OriginalAmount, line.OriginalCurrency,
            line.Description, line.CounterpartyName, line.CounterpartyAccount, line.Reference, line.ReferenceType, line.EndToEndId, line.BankReference,
            line.BankTransactionCode, line.AccountType, line.AccountNo, line.AccountNo is null ? null : names.GetValueOrDefault((line.AccountType, line.AccountNo)),
            line.Confidence, line.Rule, line.ReviewRequired, line.AppliedAmount, line.AppliedBy, line.AppliedAtUtc, line.ParentLineId);
        var applications = line.Applications.Select(a => new AppliedView(a.LedgerEntryId, a.DocumentNo, a.AppliedAmount, a.AppliedPmtDiscount,
            a.LedgerEntryId is { } id ? entries.GetValueOrDefault(id) : null)).ToList();
        var alternatives = explanation.Alternatives.Select((a, i) =>
        {
            var type = Enum.TryParse<ApplicationAccountType>(a.AccountType, out var t) ? t : ApplicationAccountType.None;
            var canApply = a.Applications.Count > 0 && a.Applications.All(p =>
                entries.TryGetValue(p.EntryId, out var e) && e.Open && Math.Abs(p.Amount + p.Discount) <= Math.Abs(e.Available));
            return new AlternativeView(i, a, a.AccountNo is null ? null : names.GetValueOrDefault((type, a.AccountNo)), canApply);
        }).ToList();

        var candidateQuery = CandidateQuery(query, line);
        var candidates = await search.HandleAsync(candidateQuery, cancellationToken);
        var (suggestion, mapped) = await SuggestMappingAsync(line, cancellationToken);
        return new LineDetails(journal, view, applications, explanation.Score, explanation.Reasons, alternatives,
            await NavigateAsync(line, cancellationToken), suggestion, mapped, candidateQuery, candidates);
    }

    private static SearchOpenEntriesQuery CandidateQuery(GetLineQuery query, StatementLine line)
    {
        if (!string.IsNullOrWhiteSpace(query.Search) || query.Amount is not null || query.PartyType is not null)
            return new SearchOpenEntriesQuery(line.Currency, query.Search, query.Amount, query.PartyType, null, line.Id, query.Page);
        if (line.AccountType is ApplicationAccountType.Customer or ApplicationAccountType.Vendor && line.AccountNo is not null)
        {
            var type = line.AccountType == ApplicationAccountType.Customer ? PartyType.Customer : PartyType.Vendor;
            return new SearchOpenEntriesQuery(line.Currency, null, null, type, line.AccountNo, line.Id, query.Page);
        }

        return new SearchOpenEntriesQuery(line.Currency, null, Math.Abs(line.Amount), null, null, line.Id, query.Page);
    }

    private async Task<LineNavigation> NavigateAsync(StatementLine line, CancellationToken cancellationToken)
    {
        var lines = db.StatementLines.AsNoTracking().Where(l => l.JournalId == line.JournalId);
        var review = lines.Where(l => l.ReviewRequired);
        return new LineNavigation(
            await review.Where(l => l.LineNo < line.LineNo).OrderByDescending(l => l.LineNo).Select(l => (Guid?)l.Id).FirstOrDefaultAsync(cancellationToken),
            await review.Where(l => l.LineNo > line.LineNo).OrderBy(l => l.LineNo).Select(l => (Guid?)l.Id).FirstOrDefaultAsync(cancellationToken),
            await lines.Where(l => l.LineNo < line.LineNo).OrderByDescending(l => l.LineNo).Select(l => (Guid?)l.Id).FirstOrDefaultAsync(cancellationToken),
            await lines.Where(l => l.LineNo > line.LineNo).OrderBy(l => l.LineNo).Select(l => (Guid?)l.Id).FirstOrDefaultAsync(cancellationToken),
            await review.CountAsync(cancellationToken));
    }

    /// <summary>Lines of this bank account with the same text, applied by hand to one account at least twice, and no mapping for the text yet.</summary>
    private async Task<(MappingSuggestion? Suggestion, bool AlreadyMapped)> SuggestMappingAsync(StatementLine line, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(line.Description)) return (null, false);
        var text = line.Description.Trim();
        var lowered = text.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToLower() to SQL lower(): no .NET culture is involved
        var mapped = await db.TextToAccountMappings.AnyAsync(m => m.MappingText.ToLower() == lowered, cancellationToken);
#pragma warning restore CA1304, CA1311, CA1862
        if (mapped) return (null, true);
        var best = await db.StatementLines.AsNoTracking()
            .Where(l => l.BankAccountId == line.BankAccountId && l.Confidence == LineConfidence.Manual && l.Description == line.Description && l.AccountNo != null)
            .GroupBy(l => new { l.AccountType, l.AccountNo })
            .Select(g => new { g.Key.AccountType, g.Key.AccountNo, Times = g.Count() })
            .Where(g => g.Times >= 2)
            .OrderByDescending(g => g.Times)
            .FirstOrDefaultAsync(cancellationToken);
        if (best is null) return (null, false);
        return (new MappingSuggestion(text, best.AccountType, best.AccountNo!, await AccountNames.FindAsync(db, best.AccountType, best.AccountNo!, cancellationToken), best.Times), false);
    }
}
