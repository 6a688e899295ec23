using BankRecon.Application.Common;
using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.GlAccounts;

public sealed record SaveGlAccountCommand(string? ExistingNo, string No, string Name, GlAccountCategory Category, GlAccountType AccountType,
    bool DirectPosting, bool Blocked, int? ExpectedVersion = null);

public sealed class SaveGlAccountValidator : AbstractValidator<SaveGlAccountCommand>
{
    public SaveGlAccountValidator()
    {
        RuleFor(c => c.No).NotEmpty().MaximumLength(20).Matches("^[0-9A-Za-z._-]+$").WithMessage("The number may contain letters, digits, '.', '_' and '-'.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Category).IsInEnum();
        RuleFor(c => c.AccountType).IsInEnum();
    }
}

/// <summary>Create or edit a G/L account. An account with entries cannot become a heading.</summary>
public sealed class SaveGlAccountHandler(BankReconDbContext db, IValidator<SaveGlAccountCommand> validator)
{
    public async Task<Result<string>> HandleAsync(SaveGlAccountCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Result<string>.Invalid(validation.ToErrors());
        var no = command.No.Trim();
        GlAccount account;
        if (command.ExistingNo is null)
        {
            if (await db.GlAccounts.AnyAsync(g => g.No == no, cancellationToken))
                return Result<string>.Conflict("gl-account.exists", $"G/L account {no} already exists.").WithArgs(no);
            account = new GlAccount(no, command.Name, command.Category, command.AccountType);
            account.Update(command.Name, command.Category, command.AccountType, command.DirectPosting, command.Blocked);
            db.GlAccounts.Add(account);
        }
        else
        {
            var found = await db.GlAccounts.SingleOrDefaultAsync(g => g.No == command.ExistingNo, cancellationToken);
            if (found is null) return Result<string>.NotFound("gl-account.not-found", $"G/L account {command.ExistingNo} does not exist.").WithArgs(command.ExistingNo ?? "");
            if (command.ExpectedVersion is { } expected && expected != found.Version)
                return Result<string>.Conflict("gl-account.changed", $"Someone else changed G/L account {found.No} while you were editing. Reload and make your changes again.").WithArgs(found.No);
            if (command.AccountType == GlAccountType.Heading && await db.GlEntries.AnyAsync(e => e.GlAccountId == found.Id, cancellationToken))
                return Result<string>.Invalid("gl-account.has-entries", $"G/L account {found.No} has entries, so it cannot become a heading.", nameof(command.AccountType)).WithArgs(found.No);
            try
            {
                found.Update(command.Name, command.Category, command.AccountType, command.DirectPosting, command.Blocked);
            }
            catch (DomainException ex)
            {
                return Result<string>.Invalid("gl-account.invalid", ex.Message).WithArgs(ex.Message);
            }

            account = found;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<string>.Conflict("gl-account.changed", $"Someone else changed G/L account {no} at the same moment. Reload and try again.").WithArgs(no);
        }

        return Result.Success(account.No);
    }
}
