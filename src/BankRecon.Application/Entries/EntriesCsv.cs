using System.Globalization;

namespace BankRecon.Application.Entries;

/// <summary>
/// The entries CSV contract: header row, comma delimiter, UTF-8, ISO dates (yyyy-MM-dd), invariant decimals
/// ("1234.50"). Column names and value spellings live here so that the reader and the writer cannot drift.
/// </summary>
public static class EntriesCsv
{
    public const string EntryId = "entry_id";
    public const string PartyType = "party_type";
    public const string PartyNo = "party_no";
    public const string PartyName = "party_name";
    public const string PartyIban = "party_iban";
    public const string PartyAddress = "party_address";
    public const string PartyCity = "party_city";
    public const string DocumentType = "document_type";
    public const string DocumentNo = "document_no";
    public const string ExternalDocumentNo = "external_document_no";
    public const string PaymentReference = "payment_reference";
    public const string PostingDate = "posting_date";
    public const string DueDate = "due_date";
    public const string Currency = "currency";
    public const string RemainingAmount = "remaining_amount";
    public const string PaymentDiscountDate = "pmt_discount_date";
    public const string PaymentDiscountAmount = "pmt_discount_amount";

    public const string DatePattern = "yyyy-MM-dd";

    /// <summary>Every column, in the order the writer emits them.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        EntryId, PartyType, PartyNo, PartyName, PartyIban, PartyAddress, PartyCity, DocumentType, DocumentNo,
        ExternalDocumentNo, PaymentReference, PostingDate, DueDate, Currency, RemainingAmount, PaymentDiscountDate,
        PaymentDiscountAmount,
    ];

    /// <summary>Columns a file must have; the others default to empty (no IBAN, no discount, ...).</summary>
    public static IReadOnlyList<string> RequiredColumns { get; } =
    [
        EntryId, PartyType, PartyNo, DocumentType, DocumentNo, PostingDate, DueDate, Currency, RemainingAmount,
    ];

    public static string Format(EntryPartyType value) => value switch
    {
        EntryPartyType.Customer => "customer",
        EntryPartyType.Vendor => "vendor",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    public static string Format(EntryDocumentType value) => value switch
    {
        EntryDocumentType.Invoice => "invoice",
        EntryDocumentType.CreditMemo => "credit_memo",
        EntryDocumentType.FinanceCharge => "finance_charge",
        EntryDocumentType.Reminder => "reminder",
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, null),
    };

    public static string Format(DateOnly value) => value.ToString(DatePattern, CultureInfo.InvariantCulture);

    public static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static bool TryParsePartyType(string raw, out EntryPartyType value)
    {
        switch (raw.Trim().ToLowerInvariant())
        {
            case "customer":
                value = EntryPartyType.Customer;
                return true;
            case "vendor":
                value = EntryPartyType.Vendor;
                return true;
            default:
                value = default;
                return false;
        }
    }

    public static bool TryParseDocumentType(string raw, out EntryDocumentType value)
    {
        switch (raw.Trim().ToLowerInvariant())
        {
            case "invoice":
                value = EntryDocumentType.Invoice;
                return true;
            case "credit_memo":
                value = EntryDocumentType.CreditMemo;
                return true;
            case "finance_charge":
                value = EntryDocumentType.FinanceCharge;
                return true;
            case "reminder":
                value = EntryDocumentType.Reminder;
                return true;
            default:
                value = default;
                return false;
        }
    }
}
