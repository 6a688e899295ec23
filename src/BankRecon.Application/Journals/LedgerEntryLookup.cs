using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Journals;

/// <summary>Reads customer and vendor entries by id, and what statement lines of open journals apply to them.</summary>
internal static class LedgerEntryLookup
{
    /// <summary>
    /// Per ledger entry: the sum of applied amounts and discounts of every statement line in an OPEN journal, except the
    /// lines of <paramref name="exceptJournalId"/> (when given) and the line <paramref name="exceptLineId"/> (when given).
    /// Restricted to <paramref name="entryIds"/> when given.
    /// </summary>
    public static async Task<Dictionary<Guid, decimal>> AppliedInOpenJournalsAsync(
        BankReconDbContext db, IReadOnlyCollection<Guid>? entryIds, Guid? exceptJournalId, Guid? exceptLineId, CancellationToken cancellationToken)
    {
        var applications =
            from line in db.StatementLines
            join journal in db.PaymentReconciliationJournals on line.JournalId equals journal.Id
            where journal.Status == JournalStatus.Open
            from application in line.Applications
            where application.LedgerEntryId != null
            select new { line.Id, line.JournalId, EntryId = application.LedgerEntryId!.Value, Total = application.AppliedAmount + application.AppliedPmtDiscount };
        if (exceptJournalId is { } journalId) applications = applications.Where(a => a.JournalId != journalId);
        if (exceptLineId is { } lineId) applications = applications.Where(a => a.Id != lineId);
        if (entryIds is not null)
        {
            if (entryIds.Count == 0) return [];
            var ids = entryIds.ToList();
            applications = applications.Where(a => ids.Contains(a.EntryId));
        }

        var rows = await applications.Select(a => new { a.EntryId, a.Total }).ToListAsync(cancellationToken);
        var sums = new Dictionary<Guid, decimal>();
        foreach (var row in rows) sums[row.EntryId] = sums.GetValueOrDefault(row.EntryId) + row.Total;
        return sums;
    }

    /// <summary>Customer and vendor entries by id, with their party and what other lines of open journals apply to them.</summary>
    public static async Task<Dictionary<Guid, OpenEntryFacts>> LoadAsync(
        BankReconDbContext db, IReadOnlyCollection<Guid> entryIds, Guid? exceptLineId, CancellationToken cancellationToken)
    {
        if (entryIds.Count == 0) return [];
        var ids = entryIds.Distinct().ToList();
        var elsewhere = await AppliedInOpenJournalsAsync(db, ids, null, exceptLineId, cancellationToken);
        var customers = await (
            from e in db.CustomerLedgerEntries.AsNoTracking()
            join p in db.Customers on e.PartyId equals p.Id
            where ids.Contains(e.Id)
            select new Row(e.Id, PartyType.Customer, p.Id, p.No, p.Name, e.DocumentType, e.DocumentNo, e.ExternalDocumentNo, e.PaymentReference,
                e.Description, e.PostingDate, e.DueDate, e.Currency, e.RemainingAmount, e.Open, e.PmtDiscountDate, e.RemainingPmtDiscountPossible))
            .ToListAsync(cancellationToken);
        var vendors = await (
            from e in db.VendorLedgerEntries.AsNoTracking()
            join p in db.Vendors on e.PartyId equals p.Id
            where ids.Contains(e.Id)
            select new Row(e.Id, PartyType.Vendor, p.Id, p.No, p.Name, e.DocumentType, e.DocumentNo, e.ExternalDocumentNo, e.PaymentReference,
                e.Description, e.PostingDate, e.DueDate, e.Currency, e.RemainingAmount, e.Open, e.PmtDiscountDate, e.RemainingPmtDiscountPossible))
            .ToListAsync(cancellationToken);
        return customers.Concat(vendors).ToDictionary(r => r.Id, r => r.ToFacts(elsewhere.GetValueOrDefault(r.Id)));
    }

    /// <summary>The same columns, from any query over customer or vendor entries joined with their party.</summary>
    internal sealed record Row(
        Guid Id, PartyType PartyType, Guid PartyId, string PartyNo, string PartyName, DocumentType DocumentType, string DocumentNo,
        string? ExternalDocumentNo, string? PaymentReference, string Description, DateOnly PostingDate, DateOnly DueDate, string Currency,
        decimal RemainingAmount, bool Open, DateOnly? PmtDiscountDate, decimal RemainingPmtDiscountPossible)
    {
        public OpenEntryFacts ToFacts(decimal appliedElsewhere) =>
            new(Id, PartyType, PartyId, PartyNo, PartyName, DocumentType, DocumentNo, ExternalDocumentNo, PaymentReference, Description,
                PostingDate, DueDate, Currency, RemainingAmount, Open, PmtDiscountDate, RemainingPmtDiscountPossible, appliedElsewhere);
    }
}
