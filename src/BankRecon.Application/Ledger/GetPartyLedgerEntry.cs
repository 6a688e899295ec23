using BankRecon.Application.Parties;
using BankRecon.Domain.Documents;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Ledger;

public sealed record PartyLedgerEntryDetail(
    PartyType Type,
    Guid Id,
    long EntryNo,
    long TransactionNo,
    string PartyNo,
    string PartyName,
    DateOnly PostingDate,
    DateOnly DocumentDate,
    DocumentType DocumentType,
    string DocumentNo,
    string? ExternalDocumentNo,
    string Description,
    DateOnly DueDate,
    string Currency,
    decimal Amount,
    decimal AmountLocal,
    decimal RemainingAmount,
    bool Open,
    bool IsOverdue,
    string? PaymentReference,
    DateOnly? PmtDiscountDate,
    decimal RemainingPmtDiscountPossible,
    DateOnly? ClosedAtDate,
    string? OnHold,
    bool Reversed,
    long? ReversedByEntryNo,
    long? ReversesEntryNo,
    string PostedBy,
    DateTime PostedAtUtc,
    PostedDocumentKind? PostedDocumentKind,
    string? PostedDocumentNo,
    IReadOnlyList<GlEntryItem> GlEntries);

/// <summary>
/// One customer or vendor ledger entry with everything the entry page shows: the entry, the posted document behind it
/// (if any) and the G/L entries of its transaction, so every posting can be traced to the G/L and back.
/// </summary>
public sealed class GetPartyLedgerEntryHandler(BankReconDbContext db, TimeProvider clock)
{
    public async Task<PartyLedgerEntryDetail?> HandleAsync(PartyType type, long entryNo, CancellationToken cancellationToken)
    {
        var entry = await db.PartyEntries(type).AsNoTracking().SingleOrDefaultAsync(e => e.EntryNo == entryNo, cancellationToken);
        if (entry is null) return null;
        var party = await db.Parties(type).AsNoTracking().Where(p => p.Id == entry.PartyId)
            .Select(p => new { p.No, p.Name }).SingleAsync(cancellationToken);
        var company = await db.CompanySettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var today = company?.Today(clock) ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var document = await db.PostedDocuments.AsNoTracking().Where(d => d.LedgerEntryId == entry.Id)
            .Select(d => new { d.Kind, d.No }).FirstOrDefaultAsync(cancellationToken);
        var gl = await db.GlEntries.AsNoTracking().Where(e => e.TransactionNo == entry.TransactionNo)
            .Join(db.GlAccounts.AsNoTracking(), e => e.GlAccountId, a => a.Id, (e, a) => new { Entry = e, AccountNo = a.No, AccountName = a.Name })
            .OrderBy(x => x.Entry.EntryNo)
            .Select(x => new GlEntryItem(
                x.Entry.EntryNo, x.Entry.TransactionNo, x.Entry.PostingDate, x.Entry.DocumentType, x.Entry.DocumentNo, x.AccountNo, x.AccountName,
                x.Entry.Description, x.Entry.Amount, x.Entry.SourceType, x.Entry.SourceNo, x.Entry.Reversed, x.Entry.PostedBy, x.Entry.PostedAtUtc))
            .ToListAsync(cancellationToken);

        return new PartyLedgerEntryDetail(type, entry.Id, entry.EntryNo, entry.TransactionNo, party.No, party.Name, entry.PostingDate,
            entry.DocumentDate, entry.DocumentType, entry.DocumentNo, entry.ExternalDocumentNo, entry.Description, entry.DueDate,
            entry.Currency, entry.Amount, entry.AmountLocal, entry.RemainingAmount, entry.Open, entry.IsOverdue(today),
            entry.PaymentReference, entry.PmtDiscountDate, entry.RemainingPmtDiscountPossible, entry.ClosedAtDate, entry.OnHold,
            entry.Reversed, entry.ReversedByEntryNo, entry.ReversesEntryNo, entry.PostedBy, entry.PostedAtUtc,
            document?.Kind, document?.No, gl);
    }
}
