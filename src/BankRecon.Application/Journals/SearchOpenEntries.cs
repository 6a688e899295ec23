using BankRecon.Application.Common;
using BankRecon.Domain.Parties;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Journals;

/// <summary>
/// Text: Customer/vendor number or name, document number, external document number or payment reference.
/// Amount: Remaining or original amount, either sign.
/// PartyNo: Only this customer's or vendor's entries (with <paramref name="PartyType"/>).
/// ExceptLineId: The line being applied: its own applications do not count as "applied elsewhere".
/// </summary>
public sealed record SearchOpenEntriesQuery(
    string Currency,
    string? Text = null,
    decimal? Amount = null,
    PartyType? PartyType = null,
    string? PartyNo = null,
    Guid? ExceptLineId = null,
    int? Page = null,
    int? PageSize = null);

/// <summary>Open customer and vendor entries in one currency, searched and paged in SQL, oldest due date first.</summary>
public sealed class SearchOpenEntriesHandler(BankReconDbContext db)
{
    public async Task<PagedList<OpenEntryFacts>> HandleAsync(SearchOpenEntriesQuery query, CancellationToken cancellationToken)
    {
        var customers =
            from e in db.CustomerLedgerEntries.AsNoTracking()
            join p in db.Customers on e.PartyId equals p.Id
            where e.Open && e.Currency == query.Currency
            select new
            {
                e.Id, PartyType = PartyType.Customer, PartyId = p.Id, PartyNo = p.No, PartyName = p.Name, e.DocumentType, e.DocumentNo, e.ExternalDocumentNo,
                e.PaymentReference, e.Description, e.PostingDate, e.DueDate, e.Currency, e.Amount, e.RemainingAmount, e.Open, e.PmtDiscountDate,
                e.RemainingPmtDiscountPossible,
            };
        var vendors =
            from e in db.VendorLedgerEntries.AsNoTracking()
            join p in db.Vendors on e.PartyId equals p.Id
            where e.Open && e.Currency == query.Currency
            select new
            {
                e.Id, PartyType = PartyType.Vendor, PartyId = p.Id, PartyNo = p.No, PartyName = p.Name, e.DocumentType, e.DocumentNo, e.ExternalDocumentNo,
                e.PaymentReference, e.Description, e.PostingDate, e.DueDate, e.Currency, e.Amount, e.RemainingAmount, e.Open, e.PmtDiscountDate,
                e.RemainingPmtDiscountPossible,
            };
        var rows = query.PartyType switch
        {
            PartyType.Customer => customers,
            PartyType.Vendor => vendors,
            _ => customers.Concat(vendors),
        };
        if (!string.IsNullOrWhiteSpace(query.PartyNo)) rows = rows.Where(r => r.PartyNo == query.PartyNo);
        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var term = query.Text.Trim();
            var lowered = term.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToLower() to SQL lower(): no .NET culture is involved
            rows = rows.Where(r => r.PartyNo == term || r.PartyName.ToLower().Contains(lowered) || r.DocumentNo.Contains(term)
                || (r.ExternalDocumentNo != null && r.ExternalDocumentNo.Contains(term))
                || (r.PaymentReference != null && r.PaymentReference.Contains(term)));
#pragma warning restore CA1304, CA1311, CA1862
        }

        if (query.Amount is { } amount)
        {
            var negated = -amount;
            rows = rows.Where(r => r.RemainingAmount == amount || r.RemainingAmount == negated || r.Amount == amount || r.Amount == negated);
        }

        var page = await rows.OrderBy(r => r.DueDate).ThenBy(r => r.DocumentNo).ThenBy(r => r.Id)
            .ToPagedListAsync(new PageRequest(query.Page, query.PageSize ?? 10), cancellationToken);
        var elsewhere = await LedgerEntryLookup.AppliedInOpenJournalsAsync(db, [.. page.Items.Select(r => r.Id)], null, query.ExceptLineId, cancellationToken);
        var items = page.Items.Select(r => new OpenEntryFacts(r.Id, r.PartyType, r.PartyId, r.PartyNo, r.PartyName, r.DocumentType, r.DocumentNo,
            r.ExternalDocumentNo, r.PaymentReference, r.Description, r.PostingDate, r.DueDate, r.Currency, r.RemainingAmount, r.Open, r.PmtDiscountDate,
            r.RemainingPmtDiscountPossible, elsewhere.GetValueOrDefault(r.Id))).ToList();
        return new PagedList<OpenEntryFacts>(items, page.PageNumber, page.PageSize, page.TotalCount);
    }
}
