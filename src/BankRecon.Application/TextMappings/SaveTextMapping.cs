using BankRecon.Application.Common;
using BankRecon.Application.Journals;
using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.TextMappings;

/// <summary>
/// Id: The mapping to change; null creates one.
/// </summary>
public sealed record SaveTextMappingCommand(Guid? Id, string MappingText, ApplicationAccountType AccountType, string? DebitAccountNo, string? CreditAccountNo,
    string User, int? ExpectedVersion = null);

public sealed class SaveTextMappingValidator : AbstractValidator<SaveTextMappingCommand>
{
    public SaveTextMappingValidator()
    {
        RuleFor(c => c.MappingText).NotEmpty().WithErrorCode("mapping.text").WithMessage("Give the text to look for.").MaximumLength(250);
        RuleFor(c => c.AccountType).NotEqual(ApplicationAccountType.None).WithErrorCode("mapping.account-type").WithMessage("Choose the kind of account.");
        RuleFor(c => c).Must(c => !string.IsNullOrWhiteSpace(c.DebitAccountNo) || !string.IsNullOrWhiteSpace(c.CreditAccountNo))
            .WithName(nameof(SaveTextMappingCommand.DebitAccountNo)).WithErrorCode("mapping.account").WithMessage("Give the account the text maps to.");
        RuleFor(c => c.User).NotEmpty().MaximumLength(100);
    }
}

/// <summary>Creates or changes a text-to-account mapping on the mappings page.</summary>
public sealed class SaveTextMappingHandler(BankReconDbContext db, TimeProvider clock, IValidator<SaveTextMappingCommand> validator)
{
    public async Task<Result<Guid>> HandleAsync(SaveTextMappingCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Result<Guid>.Invalid(validation.ToErrors());
        SavedTextMapping mapping;
        if (command.Id is { } id)
        {
            var found = await db.TextToAccountMappings.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
            if (found is null) return Result<Guid>.NotFound("mapping.not-found", "The mapping does not exist.");
            if (command.ExpectedVersion is { } expected && expected != found.Version)
                return Result<Guid>.Conflict("mapping.changed", "Someone else changed this mapping meanwhile. Look at it again and save your change again.");
            var checkedInput = await TextMappingStore.CheckAsync(db, id, command.MappingText, command.AccountType, command.DebitAccountNo, command.CreditAccountNo, cancellationToken);
            if (!checkedInput.Succeeded) return Result<Guid>.Failure(checkedInput);
            found.Change(command.MappingText, command.AccountType, TextMappingStore.Normalise(command.AccountType, command.DebitAccountNo),
                TextMappingStore.Normalise(command.AccountType, command.CreditAccountNo));
            mapping = found;
        }
        else
        {
            var created = await TextMappingStore.CreateAsync(db, clock, command.MappingText, command.AccountType, command.DebitAccountNo, command.CreditAccountNo,
                command.User, cancellationToken);
            if (!created.Succeeded) return Result<Guid>.Failure(created);
            mapping = created.Value;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result<Guid>.Conflict("mapping.changed", "Someone else changed this mapping meanwhile. Look at it again and save your change again.");
        }
        catch (DbUpdateException)
        {
            return Result<Guid>.Invalid("mapping.exists", $"Entry with Mapping Text='{command.MappingText.Trim()}' already exists.", nameof(command.MappingText)).WithArgs(command.MappingText.Trim());
        }

        return Result.Success(mapping.Id);
    }
}
