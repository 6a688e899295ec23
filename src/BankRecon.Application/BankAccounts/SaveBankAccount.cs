using BankRecon.Application.Common;
using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Common;
using BankRecon.Domain.Payments;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.BankAccounts;

public sealed record SaveBankAccountCommand(
    string? ExistingNo,
    string No,
    string Name,
    string? Iban,
    string? DomesticAccountNo,
    string? Bic,
    string Currency,
    string GlAccountNo,
    MatchToleranceType MatchToleranceType,
    decimal MatchToleranceValue,
    PaymentReferenceKind PaymentReferenceKind,
    bool Blocked,
    int? ExpectedVersion = null);

public sealed class SaveBankAccountValidator : AbstractValidator<SaveBankAccountCommand>
{
    public SaveBankAccountValidator()
    {
        RuleFor(c => c.No).NotEmpty().MaximumLength(20).Matches("^[A-Za-z0-9._-]+$").WithMessage("The number may contain letters, digits, '.', '_' and '-'.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Iban).Must(i => BankAccountNumber.IsValidIban(i)).When(c => !string.IsNullOrWhiteSpace(c.Iban))
            .WithMessage("This IBAN has wrong check digits or length.");
        RuleFor(c => c).Must(c => !string.IsNullOrWhiteSpace(c.Iban) || !string.IsNullOrWhiteSpace(c.DomesticAccountNo))
            .WithName("Iban").WithMessage("Give an IBAN or a domestic account number.");
        RuleFor(c => c.Currency).Must(c => CurrencyCode.TryParse(c, out _)).WithMessage("Use a three-letter currency code such as NOK, SEK or EUR.");
        RuleFor(c => c.GlAccountNo).NotEmpty();
        RuleFor(c => c.MatchToleranceValue).GreaterThanOrEqualTo(0);
        RuleFor(c => c.MatchToleranceValue).LessThan(100).When(c => c.MatchToleranceType == MatchToleranceType.Percentage)
            .WithMessage("A percentage tolerance must be below 100.");
    }
}

/// <summary>Create or edit a company bank account. Its currency and G/L account are fixed once it has entries.</summary>
public sealed class SaveBankAccountHandler(BankReconDbContext db, IValidator<SaveBankAccountCommand> validator)
{
    public async Task<Result<string>> HandleAsync(SaveBankAccountCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Result<string>.Invalid(validation.ToErrors());

        var gl = await db.GlAccounts.SingleOrDefaultAsync(g => g.No == command.GlAccountNo.Trim(), cancellationToken);
        if (gl is null) return Result<string>.Invalid("bank-account.gl", $"There is no G/L account {command.GlAccountNo}.", nameof(command.GlAccountNo)).WithArgs(command.GlAccountNo);
        var details = new BankAccountDetails(command.Name, command.Iban, command.DomesticAccountNo, command.Bic, command.MatchToleranceType,
            command.MatchToleranceValue, command.PaymentReferenceKind, command.Blocked);
        var no = command.No.Trim().ToUpperInvariant();
        BankAccount account;
        try
        {
            if (command.ExistingNo is null)
            {
                if (await db.BankAccounts.AnyAsync(b => b.No == no, cancellationToken))
                    return Result<string>.Conflict("bank-account.exists", $"Bank account {no} already exists.").WithArgs(no);
                account = new BankAccount(no, details, CurrencyCode.Parse(command.Currency), gl.Id);
                db.BankAccounts.Add(account);
            }
            else
            {
                var found = await db.BankAccounts.SingleOrDefaultAsync(b => b.No == command.ExistingNo, cancellationToken);
                if (found is null) return Result<string>.NotFound("bank-account.not-found", $"Bank account {command.ExistingNo} does not exist.").WithArgs(command.ExistingNo ?? "");
                if (command.ExpectedVersion is { } expected && expected != found.Version)
                    return Result<string>.Conflict("bank-account.changed", $"Someone else changed bank account {found.No} while you were editing. Reload and make your changes again.").WithArgs(found.No);
                if (!string.Equals(found.Currency, CurrencyCode.Parse(command.Currency).Code, StringComparison.Ordinal))
                    return Result<string>.Invalid("bank-account.currency-fixed", $"The currency of a bank account is fixed ({found.Currency}); create a new account for another currency.", nameof(command.Currency)).WithArgs(found.Currency);
                found.Update(details);
                account = found;
            }
        }
        catch (DomainException ex)
        {
            return Result<string>.Invalid("bank-account.invalid", ex.Message).WithArgs(ex.Message);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<string>.Conflict("bank-account.changed", $"Someone else changed bank account {no} at the same moment. Reload and try again.").WithArgs(no);
        }

        return Result.Success(account.No);
    }
}
