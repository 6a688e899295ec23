namespace BankRecon.Importers.Abstractions;

/// <summary>
/// What a statement says about itself. Parsers report it twice: once when the statement starts (with what is known so
/// far) and completed when it ends (closing balance, period), because some formats put balances after the lines.
/// </summary>
public sealed record StatementHeader
{
    /// <summary>Index of the statement within the file (0-based).</summary>
    public int StatementIndex { get; init; }

    /// <summary>The account as the file names it: IBAN, BBAN, "BLZ/Konto", routing+account; trimmed, not normalised.</summary>
    public string? Account { get; init; }

    /// <summary>ISO currency code of the account.</summary>
    public string? Currency { get; init; }

    /// <summary>The bank's statement id or number (camt Stmt/Id or ElctrncSeqNb, MT940 :28C:, ...).</summary>
    public string? StatementId { get; init; }

    /// <summary>camt ElctrncSeqNb: the bank's running number of electronic statements (gaps mean a missing file).</summary>
    public string? ElectronicSequenceNumber { get; init; }

    /// <summary>camt LglSeqNb: the legal (paper) statement number.</summary>
    public string? LegalSequenceNumber { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    /// <summary>Signed opening booked balance.</summary>
    public decimal? OpeningBalance { get; init; }

    /// <summary>Signed closing booked balance.</summary>
    public decimal? ClosingBalance { get; init; }

    /// <summary>The bank marked the statement as a copy or duplicate of one already sent (camt CpyDplctInd).</summary>
    public bool IsCopy { get; init; }

    /// <summary>Where the statement starts in the file, for messages.</summary>
    public string? Location { get; init; }
}
