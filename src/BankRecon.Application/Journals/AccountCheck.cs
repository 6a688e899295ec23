using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Journals;

/// <summary>Is this an account a line may go to: an existing, unblocked customer, vendor or bank account, or a G/L posting account open to direct posting.</summary>
internal static class AccountCheck
{
    public static async Task<Result> CheckAsync(BankReconDbContext db, ApplicationAccountType type, string? no, string field, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(no)) return Result.Invalid("transfer.account-required", "You must choose an account to transfer the difference to.", field);
        var trimmed = no.Trim();
        switch (type)
        {
            case ApplicationAccountType.GlAccount:
                var gl = await db.GlAccounts.AsNoTracking().SingleOrDefaultAsync(g => g.No == trimmed, cancellationToken);
                if (gl is null) return Result.Invalid("account.not-found", $"There is no G/L account {trimmed}.", field).WithArgs(trimmed);
                if (gl.AccountType != GlAccountType.Posting || !gl.DirectPosting || gl.Blocked)
                    return Result.Invalid("account.no-direct-posting", $"G/L account {trimmed} does not take direct postings.", field).WithArgs(trimmed);
                return Result.Success();
            case ApplicationAccountType.Customer:
                return await db.Customers.AnyAsync(c => c.No == trimmed && !c.Blocked, cancellationToken)
                    ? Result.Success() : Result.Invalid("account.not-found", $"There is no open customer {trimmed}.", field).WithArgs(trimmed);
            case ApplicationAccountType.Vendor:
                return await db.Vendors.AnyAsync(c => c.No == trimmed && !c.Blocked, cancellationToken)
                    ? Result.Success() : Result.Invalid("account.not-found", $"There is no open vendor {trimmed}.", field).WithArgs(trimmed);
            case ApplicationAccountType.BankAccount:
                return await db.BankAccounts.AnyAsync(c => c.No == trimmed && !c.Blocked, cancellationToken)
                    ? Result.Success() : Result.Invalid("account.not-found", $"There is no open bank account {trimmed}.", field).WithArgs(trimmed);
            default:
                return Result.Invalid("account.type", "Choose the kind of account.", field);
        }
    }
}
