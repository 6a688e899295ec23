namespace BankRecon.Domain.Payments;

/// <summary>The structured payment reference a bank account gives its sales invoices (chosen per bank account).</summary>
public enum PaymentReferenceKind
{
    /// <summary>No structured reference: the payer quotes the invoice number.</summary>
    None = 0,

    /// <summary>Norwegian KID with a MOD10 (Luhn) check digit.</summary>
    KidMod10 = 1,

    /// <summary>Norwegian KID with a MOD11 check digit (numbers whose check would be 10 are skipped).</summary>
    KidMod11 = 2,

    /// <summary>Swedish OCR (Bankgirot) with a Luhn check digit.</summary>
    Ocr = 3,

    /// <summary>Swedish OCR with a length digit before the Luhn check digit ("hard" OCR control).</summary>
    OcrWithLength = 4,

    /// <summary>ISO 11649 RF creditor reference, e.g. RF18 5390 0754 7034.</summary>
    Rf = 5,
}
