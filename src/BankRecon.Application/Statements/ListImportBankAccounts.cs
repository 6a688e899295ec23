using BankRecon.Domain.Common;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Statements;

/// <summary>A bank account statements can be imported into, for the import page's choice.</summary>
public sealed record ImportBankAccount(string No, string Name, string Currency, string? MaskedAccount, bool HasCsvProfile);

/// <summary>The open (not blocked) bank accounts, with their account number masked for display in lists.</summary>
public sealed class ListImportBankAccountsHandler(BankReconDbContext db)
{
    public async Task<IReadOnlyList<ImportBankAccount>> HandleAsync(CancellationToken cancellationToken)
    {
        var accounts = await db.BankAccounts.AsNoTracking().Where(b => !b.Blocked).OrderBy(b => b.No)
            .Select(b => new { b.No, b.Name, b.Currency, b.Iban, b.DomesticAccountNo, b.CsvProfileJson })
            .ToListAsync(cancellationToken);
        return [.. accounts.Select(b => new ImportBankAccount(b.No, b.Name, b.Currency,
            (b.Iban ?? b.DomesticAccountNo) is { } number ? BankAccountNumber.Mask(number) : null, b.CsvProfileJson is not null))];
    }
}
