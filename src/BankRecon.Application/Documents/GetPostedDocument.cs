using BankRecon.Application.Parties;
using BankRecon.Domain.Documents;
using BankRecon.Domain.Parties;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Documents;

public sealed record PostedDocumentLineItem(int LineNo, string Description, string GlAccountNo, string GlAccountName, decimal Amount);

public sealed record PostedDocumentView(
    PostedDocumentKind Kind,
    string No,
    PartyType PartyType,
    string PartyNo,
    string PartyName,
    DateOnly PostingDate,
    DateOnly DocumentDate,
    DateOnly DueDate,
    string Currency,
    decimal TotalAmount,
    string? ExternalDocumentNo,
    string? PaymentReference,
    string? PaymentBankAccountNo,
    long? LedgerEntryNo,
    long? TransactionNo,
    bool Reversed,
    string PostedBy,
    DateTime PostedAtUtc,
    IReadOnlyList<PostedDocumentLineItem> Lines);

/// <summary>A posted invoice or credit memo with its lines, the paying bank account and its ledger entry.</summary>
public sealed class GetPostedDocumentHandler(BankReconDbContext db)
{
    public async Task<PostedDocumentView?> HandleAsync(PostedDocumentKind kind, string no, CancellationToken cancellationToken)
    {
        var document = await db.PostedDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Kind == kind && d.No == no, cancellationToken);
        if (document is null) return null;
        var partyType = kind is PostedDocumentKind.SalesInvoice or PostedDocumentKind.SalesCreditMemo ? PartyType.Customer : PartyType.Vendor;
        var accountIds = document.Lines.Select(l => l.GlAccountId).Distinct().ToList();
        var accounts = await db.GlAccounts.AsNoTracking().Where(a => accountIds.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => new { a.No, a.Name }, cancellationToken);
        var bankNo = document.PaymentBankAccountId is { } bankId
            ? await db.BankAccounts.AsNoTracking().Where(b => b.Id == bankId).Select(b => b.No).SingleOrDefaultAsync(cancellationToken)
            : null;
        var entry = await db.PartyEntries(partyType).AsNoTracking().Where(e => e.Id == document.LedgerEntryId)
            .Select(e => new { e.EntryNo, e.TransactionNo, e.Reversed }).SingleOrDefaultAsync(cancellationToken);
        return new PostedDocumentView(document.Kind, document.No, partyType, document.PartyNo, document.PartyName, document.PostingDate,
            document.DocumentDate, document.DueDate, document.Currency, document.TotalAmount, document.ExternalDocumentNo,
            document.PaymentReference, bankNo, entry?.EntryNo, entry?.TransactionNo, entry?.Reversed ?? false, document.PostedBy,
            document.PostedAtUtc,
            [.. document.Lines.OrderBy(l => l.LineNo).Select(l => new PostedDocumentLineItem(l.LineNo, l.Description,
                accounts.GetValueOrDefault(l.GlAccountId)?.No ?? "", accounts.GetValueOrDefault(l.GlAccountId)?.Name ?? "", l.Amount))]);
    }
}
