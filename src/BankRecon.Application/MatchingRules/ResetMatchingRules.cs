using BankRecon.Domain.Common;
using BankRecon.Domain.Matching;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.MatchingRules;

/// <summary>BC's "Reset to default": every rule row is replaced by Business Central's 25 defaults.</summary>
public sealed class ResetMatchingRulesHandler(BankReconDbContext db)
{
    public async Task<Result<int>> HandleAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.MatchingRules.ExecuteDeleteAsync(cancellationToken);
        db.MatchingRules.AddRange(PaymentApplicationRule.BusinessCentralDefaults.Select(r => new MatchingRuleRow(r)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success(PaymentApplicationRule.BusinessCentralDefaults.Count);
    }
}
