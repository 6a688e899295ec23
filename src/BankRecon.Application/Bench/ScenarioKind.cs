namespace BankRecon.Application.Bench;

/// <summary>
/// The situation a generated statement line stands for. The truth file names it per line, so that benchmark results
/// can be broken down by the kind of payment that was hard (docs/benchmarks.md, "Scenario kinds").
/// </summary>
public enum ScenarioKind
{
    /// <summary>A customer pays one invoice quoting its structured reference (KID, OCR or RF), exact amount.</summary>
    Reference = 0,

    /// <summary>A customer pays one invoice quoting the invoice number in free text ("Faktura 10234", "INV-10234").</summary>
    InvoiceNoInText = 1,

    /// <summary>A customer pays one invoice, exact amount, quoting nothing but the payer name ("Betaling").</summary>
    NameAndAmount = 2,

    /// <summary>One payment settles two to four invoices of the same customer.</summary>
    MultiInvoice = 3,

    /// <summary>A customer pays part of one invoice.</summary>
    Partial = 4,

    /// <summary>The invoice was paid in full but bank charges were deducted on the way (15–50 NOK, or a EUR fee).</summary>
    BankCharges = 5,

    /// <summary>The customer nets a credit memo against an invoice and pays the difference.</summary>
    CreditMemo = 6,

    /// <summary>The customer pays before the discount date and deducts the payment discount.</summary>
    Discount = 7,

    /// <summary>Someone else (another name, another account) pays a customer's invoice.</summary>
    ThirdParty = 8,

    /// <summary>We pay a vendor invoice: a negative line against a negative remaining amount.</summary>
    Vendor = 9,

    /// <summary>Nothing in the open entries: bank fees, salaries, tax, own transfers, card purchases, unknown payers.</summary>
    Unmatched = 10,

    /// <summary>
    /// A customer pays the same invoice a second time, a few days after a <see cref="Reference"/> or
    /// <see cref="InvoiceNoInText"/> payment, with the same amount, name, account, reference and text (paid from two
    /// systems, or a payment file sent twice). The first line settles the invoice; this one settles nothing: it is an
    /// overpayment to refund or keep on account. Not drawn by weight: <see cref="BenchGeneratorSettings.DuplicatePaymentShare"/>
    /// of those payments are followed by one.
    /// </summary>
    DuplicatePayment = 11,
}
