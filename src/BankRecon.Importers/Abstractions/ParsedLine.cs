namespace BankRecon.Importers.Abstractions;

/// <summary>
/// One booked statement line as the bank reported it. <see cref="Amount"/> keeps the bank's sign:
/// positive = money into the account, negative = money out, in the account currency.
/// </summary>
public sealed record ParsedLine
{
    /// <summary>Index of the statement within the file (0-based) this line belongs to.</summary>
    public int StatementIndex { get; init; }

    /// <summary>Index of the line within its statement (0-based), in file order.</summary>
    public int LineIndex { get; init; }

    public DateOnly? BookingDate { get; init; }

    public DateOnly? ValueDate { get; init; }

    /// <summary>Signed amount in the account currency (+ = credit to our account).</summary>
    public decimal Amount { get; init; }

    /// <summary>ISO currency code of <see cref="Amount"/> (the account currency).</summary>
    public string? Currency { get; init; }

    /// <summary>Original/instructed amount when the payer paid in another currency (unsigned as reported).</summary>
    public decimal? OriginalAmount { get; init; }

    public string? OriginalCurrency { get; init; }

    /// <summary>Exchange rate as reported by the bank, when present.</summary>
    public decimal? ExchangeRate { get; init; }

    /// <summary>Charges the bank reported for this line (informational; already inside <see cref="Amount"/> unless stated otherwise).</summary>
    public decimal? ChargesAmount { get; init; }

    /// <summary>Free text: remittance information, booking text, additional information, joined with spaces.</summary>
    public string? Description { get; init; }

    public string? CounterpartyName { get; init; }

    /// <summary>Counterparty IBAN or domestic account number, as reported.</summary>
    public string? CounterpartyAccount { get; init; }

    /// <summary>Structured creditor reference (RF, KID, OCR, ISR/QRR, Belgian structured communication), as a string.</summary>
    public string? Reference { get; init; }

    /// <summary>What kind of reference <see cref="Reference"/> is, when the file says ("SCOR", "ISR Reference", "QRR").</summary>
    public string? ReferenceType { get; init; }

    public string? EndToEndId { get; init; }

    /// <summary>The bank's own unique reference for the transaction (AcctSvcrRef, FITID, :61: bank reference) — the best dedup key.</summary>
    public string? BankReference { get; init; }

    /// <summary>Bank transaction code (ISO domain/family/subfamily, SWIFT/GVC code, BAI type code, OFX TRNTYPE).</summary>
    public string? BankTransactionCode { get; init; }

    /// <summary>The bank marked this line as a reversal (camt RvslInd, MT940 RC/RD).</summary>
    public bool IsReversal { get; init; }

    /// <summary>Where in the file this line came from ("line 42" or an element path), for messages.</summary>
    public string? Location { get; init; }
}
