using BankRecon.Application.Common;
using BankRecon.Domain.Common;
using BankRecon.Domain.Parties;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BankRecon.Application.Parties;

/// <summary>Create (<see cref="ExistingNo"/> null) or update a customer or vendor card, including its bank accounts.</summary>
public sealed record SavePartyCommand(
    PartyType Type,
    string? ExistingNo,
    string No,
    string Name,
    string? Address,
    string? PostCode,
    string? City,
    string? CountryCode,
    string? Currency,
    string? PaymentTermsCode,
    string? Email,
    string? OrganizationNo,
    bool Blocked,
    IReadOnlyList<string> BankAccounts,
    int? ExpectedVersion = null);

public sealed class SavePartyValidator : AbstractValidator<SavePartyCommand>
{
    public SavePartyValidator()
    {
        RuleFor(c => c.No).NotEmpty().MaximumLength(20).Matches("^[A-Za-z0-9._-]+$").WithMessage("The number may contain letters, digits, '.', '_' and '-'.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Address).MaximumLength(100);
        RuleFor(c => c.PostCode).MaximumLength(20);
        RuleFor(c => c.City).MaximumLength(60);
        RuleFor(c => c.CountryCode).Matches("^[A-Za-z]{2}$").When(c => !string.IsNullOrEmpty(c.CountryCode)).WithMessage("Use a two-letter country code such as NO, SE or DK.");
        RuleFor(c => c.Currency).Must(c => string.IsNullOrWhiteSpace(c) || CurrencyCode.TryParse(c, out _)).WithMessage("Use a three-letter currency code such as NOK, SEK or EUR, or leave it empty for the local currency.");
        RuleFor(c => c.Email).EmailAddress().MaximumLength(120).When(c => !string.IsNullOrWhiteSpace(c.Email));
        RuleForEach(c => c.BankAccounts).Must(BeAnAccountNumber).WithMessage("'{PropertyValue}' is not a valid IBAN or account number.");
    }

    private static bool BeAnAccountNumber(string value)
    {
        var normalized = BankAccountNumber.Normalize(value);
        if (normalized.Length < 5 || normalized.Length > 34) return false;
        return !char.IsAsciiLetter(normalized[0]) || BankAccountNumber.IsValidIban(normalized);
    }
}

public sealed class SavePartyHandler(BankReconDbContext db, IValidator<SavePartyCommand> validator, ILogger<SavePartyHandler> logger)
{
    public async Task<Result<string>> HandleAsync(SavePartyCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Result<string>.Invalid(validation.ToErrors());

        Guid? termsId = null;
        if (!string.IsNullOrWhiteSpace(command.PaymentTermsCode))
        {
            var code = command.PaymentTermsCode.Trim().ToUpperInvariant();
            termsId = await db.PaymentTerms.Where(t => t.Code == code).Select(t => (Guid?)t.Id).SingleOrDefaultAsync(cancellationToken);
            if (termsId is null) return Result<string>.Invalid("party.terms", $"There are no payment terms with code {code}.", nameof(command.PaymentTermsCode)).WithArgs(code);
        }

        var details = new PartyDetails(command.Name, command.Address, command.PostCode, command.City, command.CountryCode,
            command.Currency, termsId, command.Email, command.OrganizationNo, command.Blocked);
        var no = command.No.Trim();
        Party party;
        if (command.ExistingNo is null)
        {
            if (await db.Parties(command.Type).AnyAsync(p => p.No == no, cancellationToken))
                return Result<string>.Conflict("party.exists", $"{command.Type.Noun()} {no} already exists.").WithArgs(command.Type, no);
            party = command.Type == PartyType.Customer ? new Customer(no, details) : new Vendor(no, details);
            db.Add(party);
        }
        else
        {
            var found = await db.Parties(command.Type).SingleOrDefaultAsync(p => p.No == command.ExistingNo, cancellationToken);
            if (found is null) return Result<string>.NotFound("party.not-found", $"{command.Type.Noun()} {command.ExistingNo} does not exist.").WithArgs(command.Type, command.ExistingNo ?? "");
            if (command.ExpectedVersion is { } expected && expected != found.Version)
                return Result<string>.Conflict("party.changed", $"Someone else changed {command.Type.Noun().ToLowerInvariant()} {found.No} while you were editing. Reload to see their changes, then make yours again.").WithArgs(command.Type, found.No);
            if (no != found.No) return Result<string>.Invalid("party.renumber", "The number of an existing card cannot be changed.", nameof(command.No));
            party = found;
            try
            {
                party.Update(details);
            }
            catch (DomainException ex)
            {
                return Result<string>.Invalid("party.invalid", ex.Message).WithArgs(ex.Message);
            }
        }

        var wanted = command.BankAccounts.Select(BankAccountNumber.Normalize).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        foreach (var existing in party.BankAccounts.Where(a => !wanted.Contains(a.AccountNumber)).ToList()) party.RemoveBankAccount(existing.Id);
        foreach (var account in wanted.Where(a => !party.BankAccounts.Any(b => b.AccountNumber == a)))
        {
            try
            {
                party.AddBankAccount(account);
            }
            catch (DomainException ex)
            {
                return Result<string>.Invalid("party.bank-account", ex.Message, nameof(command.BankAccounts)).WithArgs(ex.Message);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<string>.Conflict("party.changed", $"Someone else changed {command.Type.Noun().ToLowerInvariant()} {no} at the same moment. Reload and try again.").WithArgs(command.Type, no);
        }

        logger.LogInformation("Saved {PartyType} {PartyId}", command.Type, party.Id);
        return Result.Success(party.No);
    }
}
