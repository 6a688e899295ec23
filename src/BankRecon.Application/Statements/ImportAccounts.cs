using System.Globalization;
using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Importers.Abstractions;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Statements;

/// <summary>
/// The company's bank accounts as an import sees them: which one a statement belongs to (the one whose IBAN/BBAN it
/// names; the chosen one when it names none), and where each account's statements left off (number and balance of
/// the latest imported journal, else of the last reconciled statement), advanced as statements of one file are read.
/// Shared by the preview and the import, so both come to the same conclusions.
/// </summary>
internal sealed class ImportAccounts
{
    private readonly List<BankAccount> _accounts;
    private readonly Dictionary<Guid, LastStatement> _last;

    private ImportAccounts(List<BankAccount> accounts, Dictionary<Guid, LastStatement> last, BankAccount? chosen)
    {
        _accounts = accounts;
        _last = last;
        Chosen = chosen;
    }

    /// <summary>The account the user chose (null: each statement goes to the account it names).</summary>
    public BankAccount? Chosen { get; }

    public IReadOnlyList<BankAccount> All => _accounts;

    public static async Task<Result<ImportAccounts>> LoadAsync(BankReconDbContext db, string? chosenNo, bool tracking, CancellationToken cancellationToken)
    {
        var query = tracking ? db.BankAccounts : db.BankAccounts.AsNoTracking();
        var accounts = await query.OrderBy(a => a.No).ToListAsync(cancellationToken);
        BankAccount? chosen = null;
        if (!string.IsNullOrWhiteSpace(chosenNo))
        {
            chosen = accounts.SingleOrDefault(a => string.Equals(a.No, chosenNo.Trim(), StringComparison.OrdinalIgnoreCase));
            if (chosen is null)
                return Result<ImportAccounts>.Invalid("import.bank-account", $"There is no bank account {chosenNo.Trim()}.", "BankAccountNo").WithArgs(chosenNo.Trim());
        }

        // Latest journal per account: what the next statement continues from (open journals count: two statements may
        // be imported before either is posted). Reversed journals are undone and do not count.
        var latest = await db.PaymentReconciliationJournals.AsNoTracking()
            .Where(j => j.Status != JournalStatus.Reversed)
            .Select(j => new { j.BankAccountId, j.StatementNo, j.StatementEndingBalance, j.StatementDate, j.CreatedAtUtc })
            .ToListAsync(cancellationToken);
        var last = new Dictionary<Guid, LastStatement>();
        foreach (var account in accounts)
        {
            var journal = latest.Where(j => j.BankAccountId == account.Id)
                .OrderByDescending(j => j.StatementDate).ThenByDescending(j => j.CreatedAtUtc).FirstOrDefault();
            last[account.Id] = journal is not null
                ? new LastStatement(journal.StatementNo, journal.StatementEndingBalance, true)
                : new LastStatement(account.LastStatementNo, account.BalanceLastStatement, account.LastStatementNo is not null);
        }

        return Result.Success(new ImportAccounts(accounts, last, chosen));
    }

    /// <summary>The bank account a statement goes to, or why it cannot go anywhere.</summary>
    public (BankAccount? Account, ImportNote? Problem) Resolve(StatementHeader header)
    {
        var number = (header.StatementIndex + 1).ToString(CultureInfo.InvariantCulture);
        BankAccount? account;
        if (string.IsNullOrWhiteSpace(header.Account))
        {
            if (Chosen is null)
                return (null, ImportNote.Of("import.account-not-named",
                    $"Statement {number} does not name its bank account; choose the bank account to import it into.", number));
            account = Chosen;
        }
        else
        {
            account = _accounts.FirstOrDefault(a => a.IsNamedBy(header.Account));
            if (account is null)
                return (null, ImportNote.Of("import.account-unknown",
                    $"Statement {number} is for account {header.Account.Trim()}, which is not one of the company's bank accounts.", number, header.Account.Trim()));
            if (Chosen is not null && account.Id != Chosen.Id)
                return (null, ImportNote.Of("import.account-other",
                    $"Statement {number} is for bank account {account.No} ({account.Name}), not for {Chosen.No} as chosen.", number, account.No, account.Name, Chosen.No));
        }

        if (account.Blocked)
            return (null, ImportNote.Of("import.account-blocked", $"Bank account {account.No} is blocked.", account.No));
        if (!string.IsNullOrWhiteSpace(header.Currency) && !string.Equals(header.Currency.Trim(), account.Currency, StringComparison.OrdinalIgnoreCase))
            return (null, ImportNote.Of("import.currency",
                $"Statement {number} is in {header.Currency.Trim()}, but bank account {account.No} is kept in {account.Currency}.", number, header.Currency.Trim(), account.No, account.Currency));
        return (account, null);
    }

    public LastStatement LastFor(BankAccount account) => _last[account.Id];

    /// <summary>A statement of the file became a journal: the next one continues from it.</summary>
    public void Advance(BankAccount account, string statementNo, decimal closingBalance) =>
        _last[account.Id] = new LastStatement(statementNo, closingBalance, true);

    /// <summary>What a new statement continues from; <see cref="Known"/> is false before an account's first statement.</summary>
    public sealed record LastStatement(string? No, decimal Balance, bool Known);
}
