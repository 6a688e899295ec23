namespace BankRecon.Importers.Mt940;

/// <summary>What the :86: information to account owner told us about one statement line.</summary>
internal sealed record Mt940Details
{
    public static Mt940Details Empty { get; } = new();

    public string? Description { get; init; }

    public string? CounterpartyName { get; init; }

    public string? CounterpartyAccount { get; init; }

    public string? EndToEndId { get; init; }

    public string? Reference { get; init; }

    public string? ReferenceType { get; init; }

    /// <summary>German GVC business transaction code (166 = SEPA credit, 191 = SEPA transfer, 159 = return …).</summary>
    public string? TransactionCode { get; init; }

    /// <summary>German ?00 Buchungstext ("GUTSCHRIFT", "SEPA-UEBERW").</summary>
    public string? BookingText { get; init; }
}
