using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Parties;

public sealed record PaymentTermsItem(string Code, string Description, string DueDateFormula, decimal DiscountPercent, string? DiscountDateFormula);

/// <summary>All payment terms, by code (a short list, for the terms dropdown on customer and vendor cards).</summary>
public sealed class ListPaymentTermsHandler(BankReconDbContext db)
{
    public async Task<IReadOnlyList<PaymentTermsItem>> HandleAsync(CancellationToken cancellationToken) =>
        await db.PaymentTerms.AsNoTracking().OrderBy(t => t.Code)
            .Select(t => new PaymentTermsItem(t.Code, t.Description, t.DueDateFormula, t.DiscountPercent, t.DiscountDateFormula))
            .ToListAsync(cancellationToken);
}
