using BankRecon.Domain.Matching;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.MatchingRules;

/// <summary>
/// The stored payment application rules. As in Business Central, the table starts empty and is filled with the 25
/// default rows the first time anything needs it; "reset to default" empties and refills it.
/// </summary>
internal static class MatchingRuleDefaults
{
    public static async Task<IReadOnlyList<PaymentApplicationRule>> EnsureAsync(BankReconDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.MatchingRules.AsNoTracking().ToListAsync(cancellationToken);
        if (stored.Count > 0) return [.. stored.Select(r => r.ToRule())];

        db.MatchingRules.AddRange(PaymentApplicationRule.BusinessCentralDefaults.Select(r => new MatchingRuleRow(r)));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone else filled the table at the same moment (unique confidence + priority): use theirs.
            foreach (var entry in db.ChangeTracker.Entries<MatchingRuleRow>().ToList()) entry.State = EntityState.Detached;
            stored = await db.MatchingRules.AsNoTracking().ToListAsync(cancellationToken);
            return [.. stored.Select(r => r.ToRule())];
        }

        return PaymentApplicationRule.BusinessCentralDefaults;
    }
}
