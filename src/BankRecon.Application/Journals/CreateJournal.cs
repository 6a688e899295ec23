using BankRecon.Application.Common;
using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Journals;

/// <summary>
/// BankAccountNo: The company bank account the statement belongs to.
/// StatementDate: Defaults to the company's today.
/// StatementEndingBalance: Defaults to the balance of the last statement (no movement yet).
/// </summary>
public sealed record CreateJournalCommand(string BankAccountNo, string User, DateOnly? StatementDate = null, decimal? StatementEndingBalance = null);

public sealed record CreatedJournal(Guid Id, string No, string StatementNo);

public sealed class CreateJournalValidator : AbstractValidator<CreateJournalCommand>
{
    public CreateJournalValidator()
    {
        RuleFor(c => c.BankAccountNo).NotEmpty().WithMessage("Choose a bank account.");
        RuleFor(c => c.User).NotEmpty().MaximumLength(100);
    }
}

/// <summary>
/// A new, empty payment reconciliation journal for a bank account (BC: New Journal → choose a bank). Its number comes
/// from the PMT-REC series; its statement number continues from the bank account's last payment statement number (or
/// the highest number a journal of the account already has), and its balance last statement from the bank account.
/// </summary>
public sealed class CreateJournalHandler(BankReconDbContext db, TimeProvider clock, IValidator<CreateJournalCommand> validator)
{
    public const string NumberSeriesCode = "PMT-REC";

    public async Task<Result<CreatedJournal>> HandleAsync(CreateJournalCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Result<CreatedJournal>.Invalid(validation.ToErrors());

        var no = command.BankAccountNo.Trim().ToUpperInvariant();
        var bank = await db.BankAccounts.SingleOrDefaultAsync(b => b.No == no, cancellationToken);
        if (bank is null) return Result<CreatedJournal>.Invalid("journal.bank-account", $"There is no bank account {command.BankAccountNo}.", nameof(command.BankAccountNo)).WithArgs(command.BankAccountNo);
        if (bank.Blocked) return Result<CreatedJournal>.Invalid("journal.bank-account-blocked", $"Bank account {bank.No} is blocked.", nameof(command.BankAccountNo)).WithArgs(bank.No);

        var series = await db.NumberSeries.SingleOrDefaultAsync(s => s.Code == NumberSeriesCode, cancellationToken);
        if (series is null)
        {
            series = new NumberSeries(NumberSeriesCode, "Payment reconciliation journals", "PR", 1, 5);
            db.NumberSeries.Add(series);
        }

        var statementNo = await NextStatementNoAsync(bank.Id, bank.LastPaymentStatementNo, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var company = await db.CompanySettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var date = command.StatementDate ?? company?.Today(clock) ?? DateOnly.FromDateTime(now);
        var journal = new PaymentReconciliationJournal(series.Next(), bank.Id, bank.Currency, statementNo, date, bank.BalanceLastStatement,
            command.StatementEndingBalance ?? bank.BalanceLastStatement, null, command.User, now);
        db.PaymentReconciliationJournals.Add(journal);
        bank.RecordPaymentStatement(statementNo);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Result<CreatedJournal>.Conflict("journal.number-taken", "Someone created a journal at the same moment; try again.");
        }

        return Result.Success(new CreatedJournal(journal.Id, journal.No, journal.StatementNo));
    }

    private async Task<string> NextStatementNoAsync(Guid bankAccountId, string? lastPaymentStatementNo, CancellationToken cancellationToken)
    {
        var used = await db.PaymentReconciliationJournals.AsNoTracking().Where(j => j.BankAccountId == bankAccountId)
            .Select(j => j.StatementNo).ToListAsync(cancellationToken);
        var next = JournalAccess.NextStatementNo(lastPaymentStatementNo);
        var taken = new HashSet<string>(used, StringComparer.Ordinal);
        while (taken.Contains(next)) next = JournalAccess.NextStatementNo(next);
        return next;
    }
}
