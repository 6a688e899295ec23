namespace BankRecon.Application.Bench;

/// <summary>
/// What to generate. Shares are probabilities in [0, 1] (doubles are fine here: they steer a random generator and
/// never touch an amount). The defaults are the ones docs/benchmarks.md describes.
/// </summary>
public sealed record BenchGeneratorSettings
{
    /// <summary>Statement lines to generate.</summary>
    public int Lines { get; init; } = 1_000;

    /// <summary>
    /// Open entries in total: the ones the lines settle plus unpaid ones. When the lines alone need more, the file
    /// holds what they need (never fewer entries than the truth refers to).
    /// </summary>
    public int Entries { get; init; } = 10_000;

    public int Seed { get; init; } = 1;

    public ScenarioMix Mix { get; init; } = ScenarioMix.Default;

    /// <summary>Last day of the statement period; the period is the calendar month that ends here.</summary>
    public DateOnly StatementDate { get; init; } = new(2026, 3, 31);

    /// <summary>Account currency of the statement and of all ledger entries but a few foreign-currency decoys.</summary>
    public string Currency { get; init; } = "NOK";

    /// <summary>Open entries per party on average: the generator makes Entries / this many parties.</summary>
    public int EntriesPerParty { get; init; } = 8;

    /// <summary>Share of parties that are customers (the rest are vendors).</summary>
    public double CustomerShare { get; init; } = 0.8;

    /// <summary>Share of customers that are private persons rather than companies.</summary>
    public double PersonShare { get; init; } = 0.15;

    /// <summary>Share of parties whose bank account is not in master data.</summary>
    public double PartyWithoutIbanShare { get; init; } = 0.1;

    /// <summary>Share of customer receipts whose line carries the payer's account (IBAN or domestic number).</summary>
    public double PayerAccountShare { get; init; } = 0.6;

    /// <summary>Share of invoice amounts drawn from a short list of round amounts (1000.00, 2500.00, ...), shared across customers.</summary>
    public double RoundAmountShare { get; init; } = 0.2;

    /// <summary>Share of customer invoices that carry payment-discount terms.</summary>
    public double DiscountTermsShare { get; init; } = 0.15;

    /// <summary>Share of customer invoices that carry a structured payment reference (KID, OCR or RF).</summary>
    public double PaymentReferenceShare { get; init; } = 0.85;

    /// <summary>Share of reference payments whose reference has one wrong digit (an invalid check digit).</summary>
    public double MistypedReferenceShare { get; init; } = 0.08;

    /// <summary>Share of reference payments that quote the reference in free text instead of the structured field.</summary>
    public double ReferenceInFreeTextShare { get; init; } = 0.2;

    /// <summary>
    /// Share of exact single-invoice customer payments (kinds reference and invoice_no_in_text) that the customer makes
    /// a second time later in the period (<see cref="ScenarioKind.DuplicatePayment"/>).
    /// </summary>
    public double DuplicatePaymentShare { get; init; } = 0.005;

    /// <summary>Share of unpaid entries in a foreign currency (EUR): never the right answer for this NOK account.</summary>
    public double ForeignCurrencyEntryShare { get; init; } = 0.03;
}
