using BankRecon.Domain.BankAccounts;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.BankAccounts;

public sealed record BankAccountCard(Guid Id, string No, BankAccountDetails Details, string Currency, string GlAccountNo,
    string? LastStatementNo, decimal BalanceLastStatement, decimal Balance, int OpenEntries, int Version);

public sealed class GetBankAccountHandler(BankReconDbContext db)
{
    public async Task<BankAccountCard?> HandleAsync(string no, CancellationToken cancellationToken)
    {
        var account = await db.BankAccounts.AsNoTracking().SingleOrDefaultAsync(b => b.No == no, cancellationToken);
        if (account is null) return null;
        var glNo = await db.GlAccounts.Where(g => g.Id == account.GlAccountId).Select(g => g.No).SingleAsync(cancellationToken);
        var entries = await db.BankAccountLedgerEntries.AsNoTracking().Where(e => e.BankAccountId == account.Id)
            .Select(e => new { e.Amount, e.Open }).ToListAsync(cancellationToken);
        return new BankAccountCard(account.Id, account.No,
            new BankAccountDetails(account.Name, account.Iban, account.DomesticAccountNo, account.Bic, account.MatchToleranceType,
                account.MatchToleranceValue, account.PaymentReferenceKind, account.Blocked),
            account.Currency, glNo, account.LastStatementNo, account.BalanceLastStatement,
            entries.Sum(e => e.Amount), entries.Count(e => e.Open), account.Version);
    }
}
