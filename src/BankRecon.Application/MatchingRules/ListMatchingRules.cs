using BankRecon.Domain.Matching;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.MatchingRules;

public sealed record MatchingRuleItem(
    Guid Id,
    MatchConfidence Confidence,
    int Priority,
    RelatedPartyMatch RelatedParty,
    DocumentNoMatch DocumentNo,
    AmountMatch AmountInclTolerance,
    DirectDebitMatch DirectDebit,
    bool ReviewRequired,
    bool ApplyImmediately)
{
    /// <summary>Business Central's score: (confidence + 1) × 1000 − priority.</summary>
    public int Score => ((int)Confidence + 1) * 1000 - Priority;
}

/// <summary>The payment application rules, best score first (filled with the 25 defaults when the table is empty).</summary>
public sealed class ListMatchingRulesHandler(BankReconDbContext db)
{
    public async Task<IReadOnlyList<MatchingRuleItem>> HandleAsync(CancellationToken cancellationToken)
    {
        await MatchingRuleDefaults.EnsureAsync(db, cancellationToken);
        var rows = await db.MatchingRules.AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.Select(r => new MatchingRuleItem(r.Id, r.Confidence, r.Priority, r.RelatedParty, r.DocumentNo, r.AmountInclTolerance, r.DirectDebit,
                r.ReviewRequired, r.ApplyImmediately))
            .OrderByDescending(r => r.Score)];
    }
}
