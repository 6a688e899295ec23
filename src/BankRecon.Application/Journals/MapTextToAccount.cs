using BankRecon.Application.Common;
using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using FluentValidation;

namespace BankRecon.Application.Journals;

/// <summary>
/// Map a statement text to an account for the future (BC's Map Text to Account). For a G/L account, money in goes to
/// <paramref name="DebitAccountNo"/> and money out to <paramref name="CreditAccountNo"/>; other accounts take one number.
/// With <paramref name="LineId"/>, the line it came from is applied to the account right away unless a person decided it
/// or a High proposal applies it.
/// </summary>
public sealed record MapTextToAccountCommand(
    string MappingText,
    ApplicationAccountType AccountType,
    string? DebitAccountNo,
    string? CreditAccountNo,
    string User,
    Guid? JournalId = null,
    Guid? LineId = null,
    int? ExpectedVersion = null);

public sealed record MappedText(Guid MappingId, bool LineApplied, int? Version);

public sealed class MapTextToAccountValidator : AbstractValidator<MapTextToAccountCommand>
{
    public MapTextToAccountValidator()
    {
        RuleFor(c => c.MappingText).NotEmpty().WithErrorCode("mapping.text").WithMessage("Give the text to look for.").MaximumLength(250);
        RuleFor(c => c.AccountType).NotEqual(ApplicationAccountType.None).WithErrorCode("mapping.account-type").WithMessage("Choose the kind of account.");
        RuleFor(c => c).Must(c => !string.IsNullOrWhiteSpace(c.DebitAccountNo) || !string.IsNullOrWhiteSpace(c.CreditAccountNo))
            .WithName(nameof(MapTextToAccountCommand.DebitAccountNo)).WithErrorCode("mapping.account").WithMessage("Give the account the text maps to.");
        RuleFor(c => c.User).NotEmpty().MaximumLength(100);
        RuleFor(c => c.JournalId).NotEmpty().When(c => c.LineId is not null);
    }
}

public sealed class MapTextToAccountHandler(BankReconDbContext db, JournalSnapshotCache snapshots, TimeProvider clock, IValidator<MapTextToAccountCommand> validator)
{
    public async Task<Result<MappedText>> HandleAsync(MapTextToAccountCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Result<MappedText>.Invalid(validation.ToErrors());
        var saved = await TextMappingStore.CreateAsync(db, clock, command.MappingText, command.AccountType, command.DebitAccountNo, command.CreditAccountNo,
            command.User, cancellationToken);
        if (!saved.Succeeded) return Result<MappedText>.Failure(saved);
        var mapping = saved.Value;

        if (command.LineId is not { } lineId || command.JournalId is not { } journalId)
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success(new MappedText(mapping.Id, false, null));
        }

        var (journal, loaded) = await JournalAccess.LoadForEditAsync(db, journalId, command.ExpectedVersion, cancellationToken);
        if (journal is null) return Result<MappedText>.Failure(loaded);
        var (line, found) = await JournalAccess.LoadLineAsync(db, journal, lineId, cancellationToken);
        if (line is null) return Result<MappedText>.Failure(found);

        var applied = false;
        var accountNo = mapping.AccountFor(line.Amount);
        if (accountNo is not null && !line.IsDecidedByPerson && line.Confidence is LineConfidence.None or LineConfidence.Low or LineConfidence.Medium)
        {
            var explanation = new LineExplanation(Domain.Matching.MatchingEngine.TextMappingScore,
                [$"text \"{mapping.MappingText}\" maps to {mapping.AccountType} {accountNo}"], LineExplanation.Parse(line.Explanation).Alternatives).ToJson();
            applied = line.Propose(LineConfidence.HighTextMapping, mapping.AccountType, accountNo, [new AppliedPaymentEntry(null, line.Amount)],
                "Text-to-account mapping", explanation, reviewRequired: false, command.User, clock.GetUtcNow().UtcDateTime);
        }

        journal.RecordEdit();
        var result = await JournalAccess.SaveAsync(db, journal, snapshots, cancellationToken);
        return result.Succeeded ? Result.Success(new MappedText(mapping.Id, applied, journal.Version)) : Result<MappedText>.Failure(result);
    }
}
