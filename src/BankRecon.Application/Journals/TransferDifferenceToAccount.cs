using System.Globalization;
using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Journals;

public sealed record TransferDifferenceToAccountCommand(
    Guid JournalId, Guid LineId, ApplicationAccountType AccountType, string? AccountNo, string? Description, string User, int? ExpectedVersion)
    : ILineEditCommand;

/// <summary>The line that now carries the difference (the same line, or the new split line) and the amount moved.</summary>
public sealed record TransferredDifference(Guid LineId, int LineNo, decimal Amount, bool Split, int Version)
{
    public string Message => Split
        ? string.Create(CultureInfo.InvariantCulture, $"The transaction amount was reduced by {Amount:N2}. A new line {LineNo} with {Amount:N2} was created.")
        : string.Create(CultureInfo.InvariantCulture, $"Line {LineNo} ({Amount:N2}) is applied to the account.");
}

public sealed class TransferDifferenceToAccountValidator : LineEditValidator<TransferDifferenceToAccountCommand>
{
    public TransferDifferenceToAccountValidator()
    {
        RuleFor(c => c.AccountType).NotEqual(ApplicationAccountType.None).WithErrorCode("transfer.account-required")
            .WithMessage("You must choose an account to transfer the difference to.");
        RuleFor(c => c.Description).MaximumLength(250);
    }
}

/// <summary>
/// BC's Transfer Difference to Account. Nothing applied: the whole line goes to the account. Partly applied: the line
/// is reduced to its applied amount and a new split line with the difference (same date, text = the description) is
/// applied to the account. Either way the transfer is a Manual application without a ledger entry.
/// </summary>
public sealed class TransferDifferenceToAccountHandler(BankReconDbContext db, JournalSnapshotCache snapshots, TimeProvider clock, IValidator<TransferDifferenceToAccountCommand> validator)
{
    public async Task<Result<TransferredDifference>> HandleAsync(TransferDifferenceToAccountCommand command, CancellationToken cancellationToken)
    {
        var (journal, line, loaded) = await JournalAccess.LoadLineForEditAsync(db, validator, command, cancellationToken);
        if (journal is null || line is null) return Result<TransferredDifference>.Failure(loaded);
        var account = await AccountCheck.CheckAsync(db, command.AccountType, command.AccountNo, nameof(command.AccountNo), cancellationToken);
        if (!account.Succeeded) return Result<TransferredDifference>.Failure(account);
        if (line.Difference == 0m) return Result<TransferredDifference>.Invalid("transfer.no-difference", $"Line {line.LineNo} has no difference to transfer.").WithArgs(line.LineNo);

        var accountNo = command.AccountType == ApplicationAccountType.BankAccount ? command.AccountNo!.Trim().ToUpperInvariant() : command.AccountNo!.Trim();
        var now = clock.GetUtcNow().UtcDateTime;
        var difference = line.Difference;
        StatementLine target;
        if (line.AppliedAmount == 0m)
        {
            target = line;
        }
        else
        {
            var nextNo = await db.StatementLines.Where(l => l.JournalId == journal.Id).MaxAsync(l => l.LineNo, cancellationToken) + 1;
            var text = string.IsNullOrWhiteSpace(command.Description) ? line.Description : command.Description.Trim();
            try
            {
                target = line.SplitOff(line.AppliedAmount, nextNo, text, command.User, now);
            }
            catch (DomainException ex)
            {
                return Result<TransferredDifference>.Invalid("transfer.cannot-split", ex.Message).WithArgs(ex.Message);
            }

            db.StatementLines.Add(target);
        }

        var applied = target.ApplyManually(command.AccountType, accountNo, [new AppliedPaymentEntry(null, target.Amount)], command.User, now);
        if (!applied.Succeeded) return Result<TransferredDifference>.Failure(applied);
        journal.RecordEdit();
        var saved = await JournalAccess.SaveAsync(db, journal, snapshots, cancellationToken);
        return saved.Succeeded
            ? Result.Success(new TransferredDifference(target.Id, target.LineNo, difference, !ReferenceEquals(target, line), journal.Version))
            : Result<TransferredDifference>.Failure(saved);
    }
}
