using BankRecon.Domain.Common;
using BankRecon.Domain.Documents;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;

namespace BankRecon.Domain.Posting;

/// <summary>
/// Turns a sales or purchase document into a posted document, one customer/vendor ledger entry (with due date,
/// discount and payment reference) and balanced G/L entries:
/// sales invoice: Dr receivables, Cr sales lines; purchase invoice: Dr purchase lines, Cr payables; credit memos mirror them.
/// </summary>
public static class DocumentPosting
{
    public sealed record Context(
        CurrencyCode LocalCurrency,
        decimal LocalPerUnit,
        PostingSetup Setup,
        PaymentTerms? Terms,
        decimal PaymentTolerancePercent,
        decimal MaxPaymentToleranceAmount,
        string? PaymentReference,
        Guid? PaymentBankAccountId);

    public sealed record Posted(PostedDocument Document, PartyLedgerEntry Entry, JournalTransaction Transaction);

    public static Result<Posted> Post(DocumentToPost document, Party party, Context context)
    {
        var errors = Validate(document, party);
        if (errors.Count > 0) return Result<Posted>.Invalid(errors);

        var isSales = document.Kind is PostedDocumentKind.SalesInvoice or PostedDocumentKind.SalesCreditMemo;
        var isCredit = document.Kind is PostedDocumentKind.SalesCreditMemo or PostedDocumentKind.PurchaseCreditMemo;
        var currency = document.Currency;

        // Customer invoices are positive on the customer, vendor invoices negative on the vendor; credit memos the opposite.
        var entrySign = (isSales ? 1 : -1) * (isCredit ? -1 : 1);
        var lines = document.Lines.Select(l => l with { Amount = Math.Round(l.Amount, currency.MinorUnits, MidpointRounding.AwayFromZero) }).ToList();
        var vanished = lines.FindIndex(l => l.Amount == 0m);
        if (vanished >= 0)
            return Result<Posted>.Invalid("document.line-rounds-to-zero", $"Line {vanished + 1}: {document.Lines[vanished].Amount} is zero in {currency} ({currency.MinorUnits} decimals).", $"Lines[{vanished}].Amount");
        var total = lines.Sum(l => l.Amount);
        var localLines = lines.Select(l => Math.Round(l.Amount * context.LocalPerUnit, context.LocalCurrency.MinorUnits, MidpointRounding.AwayFromZero)).ToList();
        var totalLocal = localLines.Sum();

        var dueDate = context.Terms?.DueDate(document.DocumentDate) ?? document.DocumentDate;
        var discountDate = isCredit ? null : context.Terms?.DiscountDate(document.DocumentDate);
        var discount = discountDate is null ? 0m : Math.Round(total * context.Terms!.DiscountPercent / 100m, currency.MinorUnits, MidpointRounding.AwayFromZero);
        var tolerance = Math.Round(total * context.PaymentTolerancePercent / 100m, currency.MinorUnits, MidpointRounding.AwayFromZero);
        if (context.MaxPaymentToleranceAmount > 0) tolerance = Math.Min(tolerance, context.MaxPaymentToleranceAmount);

        var description = document.Description ?? $"{Describe(document.Kind)} {document.DocumentNo}";
        var documentType = isCredit ? DocumentType.CreditMemo : DocumentType.Invoice;
        var values = new PartyEntryValues(
            document.PostingDate, documentType, document.DocumentNo, description, currency,
            entrySign * total, entrySign * totalLocal, document.ExternalDocumentNo, document.DocumentDate,
            isCredit ? document.PostingDate : dueDate, discountDate, entrySign * discount, tolerance,
            isCredit || !isSales ? null : context.PaymentReference);
        PartyLedgerEntry entry = isSales ? new CustomerLedgerEntry(party.Id, values) : new VendorLedgerEntry(party.Id, values);

        // G/L: the control account carries the entry's local amount; each line the opposite side.
        var sourceType = isSales ? SourceType.Customer : SourceType.Vendor;
        var controlAccount = isSales ? context.Setup.ReceivablesAccountId : context.Setup.PayablesAccountId;
        var glEntries = new List<GlEntry>
        {
            new(controlAccount, document.PostingDate, documentType, document.DocumentNo, description, entrySign * totalLocal, sourceType, party.No),
        };
        for (var i = 0; i < lines.Count; i++)
        {
            glEntries.Add(new GlEntry(lines[i].GlAccountId, document.PostingDate, documentType, document.DocumentNo,
                lines[i].Description, -entrySign * localLines[i], sourceType, party.No));
        }

        var detailed = new DetailedLedgerEntry(isSales ? PartyType.Customer : PartyType.Vendor, entry.Id, party.Id,
            DetailedEntryType.InitialEntry, document.PostingDate, documentType, document.DocumentNo, currency.Code,
            entry.Amount, entry.AmountLocal);

        var postedDocument = new PostedDocument(document.Kind, document.DocumentNo, party.Id, party.No, party.Name,
            document.PostingDate, document.DocumentDate, entry.DueDate, currency.Code, document.ExternalDocumentNo,
            entry.PaymentReference, isSales && !isCredit ? context.PaymentBankAccountId : null,
            lines.Select((l, i) => new PostedDocumentLine(i + 1, l.Description, l.GlAccountId, l.Amount)));

        var transaction = new JournalTransaction(document.PostingDate, documentType, document.DocumentNo,
            isSales ? "SALES" : "PURCHASES", context.LocalCurrency, glEntries, [entry], detailedEntries: [detailed]);
        return Result.Success(new Posted(postedDocument, entry, transaction));
    }

    public static string Describe(PostedDocumentKind kind) => kind switch
    {
        PostedDocumentKind.SalesInvoice => "Sales invoice",
        PostedDocumentKind.SalesCreditMemo => "Sales credit memo",
        PostedDocumentKind.PurchaseInvoice => "Purchase invoice",
        PostedDocumentKind.PurchaseCreditMemo => "Purchase credit memo",
        _ => "Document",
    };

    private static List<Error> Validate(DocumentToPost document, Party party)
    {
        var errors = new List<Error>();
        if (party.Blocked) errors.Add(new Error("party.blocked", $"{party.No} {party.Name} is blocked.") { Args = [party.No, party.Name] });
        if (document.Lines.Count == 0) errors.Add(new Error("document.no-lines", "A document needs at least one line.", "Lines"));
        for (var i = 0; i < document.Lines.Count; i++)
        {
            if (document.Lines[i].Amount <= 0)
                errors.Add(new Error("document.line-amount", $"Line {i + 1}: the amount must be greater than zero.", $"Lines[{i}].Amount") { Args = [i + 1] });
            if (string.IsNullOrWhiteSpace(document.Lines[i].Description))
                errors.Add(new Error("document.line-description", $"Line {i + 1}: a description is required.", $"Lines[{i}].Description") { Args = [i + 1] });
        }

        var partyCurrency = party.Currency;
        if (partyCurrency is not null && partyCurrency != document.Currency.Code)
            errors.Add(new Error("document.currency", $"{party.No} {party.Name} is invoiced in {partyCurrency}, not {document.Currency}.", "Currency") { Args = [party.No, party.Name, partyCurrency, document.Currency] });
        return errors;
    }
}
