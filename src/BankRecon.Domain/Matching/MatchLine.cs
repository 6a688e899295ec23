namespace BankRecon.Domain.Matching;

/// <summary>
/// One bank statement line as the matching engine sees it. <paramref name="Amount"/> is signed: positive = money in
/// (customer receipts, vendor refunds), negative = money out (vendor payments, customer refunds).
/// </summary>
/// <param name="StatementIndex">Which statement the line belongs to; with <paramref name="LineIndex"/> the line's stable key.</param>
/// <param name="LineIndex">Position within the statement.</param>
/// <param name="Date">Transaction (booking) date.</param>
/// <param name="Amount">Signed amount in <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217 code of the amount (the bank account's currency).</param>
/// <param name="Description">Free remittance text (Business Central's Transaction Text).</param>
/// <param name="CounterpartyName">Payer or payee name as the bank reports it (often truncated).</param>
/// <param name="CounterpartyAccount">Payer or payee IBAN or domestic account number.</param>
/// <param name="Reference">Structured creditor reference as reported (KID, OCR, RF), or any reference field.</param>
/// <param name="EndToEndId">End-to-end identification; not used as matching evidence.</param>
/// <param name="CounterpartyAddress">Payer or payee street address.</param>
/// <param name="CounterpartyCity">Payer or payee city.</param>
/// <param name="ChargesAmount">Charges the bank reports for the line (unsigned, line currency), already deducted from <paramref name="Amount"/>.</param>
public sealed record MatchLine(
    int StatementIndex,
    int LineIndex,
    DateOnly Date,
    decimal Amount,
    string Currency,
    string? Description,
    string? CounterpartyName,
    string? CounterpartyAccount,
    string? Reference,
    string? EndToEndId = null,
    string? CounterpartyAddress = null,
    string? CounterpartyCity = null,
    decimal? ChargesAmount = null);
