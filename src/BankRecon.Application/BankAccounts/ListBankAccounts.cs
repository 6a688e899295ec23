using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.BankAccounts;

public sealed record BankAccountListItem(Guid Id, string No, string Name, string? Iban, string? DomesticAccountNo, string Currency,
    decimal Balance, string? LastStatementNo, decimal BalanceLastStatement, bool Blocked);

/// <summary>The company's bank accounts with their ledger balance (a short list: no paging).</summary>
public sealed class ListBankAccountsHandler(BankReconDbContext db)
{
    public async Task<IReadOnlyList<BankAccountListItem>> HandleAsync(CancellationToken cancellationToken)
    {
        var accounts = await db.BankAccounts.AsNoTracking().OrderBy(b => b.No).ToListAsync(cancellationToken);
        var balances = await db.BankAccountLedgerEntries.AsNoTracking()
            .GroupBy(e => e.BankAccountId)
            .Select(g => new { g.Key, Total = g.Sum(e => e.Amount) })
            .ToDictionaryAsync(g => g.Key, g => g.Total, cancellationToken);
        return [.. accounts.Select(b => new BankAccountListItem(b.Id, b.No, b.Name, b.Iban, b.DomesticAccountNo, b.Currency,
            balances.GetValueOrDefault(b.Id), b.LastStatementNo, b.BalanceLastStatement, b.Blocked))];
    }
}
