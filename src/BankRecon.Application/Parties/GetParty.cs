using BankRecon.Domain.Parties;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Parties;

public sealed record PartyBankAccountItem(Guid Id, string AccountNumber, string? Bic, bool IsIban);

public sealed record PartyCard(
    PartyType Type,
    Guid Id,
    string No,
    PartyDetails Details,
    string? PaymentTermsCode,
    IReadOnlyList<PartyBankAccountItem> BankAccounts,
    decimal Balance,
    decimal OverdueBalance,
    int OpenEntries,
    int Version);

/// <summary>A customer or vendor card with its bank accounts and open balance.</summary>
public sealed class GetPartyHandler(BankReconDbContext db, TimeProvider clock)
{
    public async Task<PartyCard?> HandleAsync(PartyType type, string no, CancellationToken cancellationToken)
    {
        var party = await db.Parties(type).AsNoTracking().SingleOrDefaultAsync(p => p.No == no, cancellationToken);
        if (party is null) return null;
        var company = await db.CompanySettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var today = company?.Today(clock) ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var open = await db.PartyEntries(type).AsNoTracking().Where(e => e.PartyId == party.Id && e.Open)
            .Select(e => new { e.RemainingAmount, e.DueDate }).ToListAsync(cancellationToken);
        var terms = party.PaymentTermsId is null ? null
            : await db.PaymentTerms.AsNoTracking().Where(t => t.Id == party.PaymentTermsId).Select(t => t.Code).SingleOrDefaultAsync(cancellationToken);
        return new PartyCard(type, party.Id, party.No,
            new PartyDetails(party.Name, party.Address, party.PostCode, party.City, party.CountryCode, party.Currency, party.PaymentTermsId, party.Email, party.OrganizationNo, party.Blocked),
            terms,
            [.. party.BankAccounts.Select(a => new PartyBankAccountItem(a.Id, a.AccountNumber, a.Bic, a.IsIban))],
            open.Sum(e => e.RemainingAmount),
            open.Where(e => e.DueDate < today).Sum(e => e.RemainingAmount),
            open.Count,
            party.Version);
    }
}
