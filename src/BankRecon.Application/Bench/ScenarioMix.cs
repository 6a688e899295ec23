namespace BankRecon.Application.Bench;

/// <summary>
/// Relative weights of the scenario kinds among generated statement lines. Weights need not add up to 100; a kind
/// with weight 0 is never generated. <see cref="Default"/> is documented in docs/benchmarks.md.
/// </summary>
public sealed record ScenarioMix
{
    public int Reference { get; init; }

    public int InvoiceNoInText { get; init; }

    public int NameAndAmount { get; init; }

    public int MultiInvoice { get; init; }

    public int Partial { get; init; }

    public int BankCharges { get; init; }

    public int CreditMemo { get; init; }

    public int Discount { get; init; }

    public int ThirdParty { get; init; }

    public int Vendor { get; init; }

    public int Unmatched { get; init; }

    /// <summary>
    /// A receivables-heavy Nordic company: a quarter of receipts quote a KID/OCR/RF, many quote an invoice number,
    /// one line in eight is not a ledger payment at all. Adds up to 100, so each weight reads as a percentage.
    /// </summary>
    public static ScenarioMix Default { get; } = new()
    {
        Reference = 24,
        InvoiceNoInText = 14,
        NameAndAmount = 7,
        MultiInvoice = 7,
        Partial = 5,
        BankCharges = 5,
        CreditMemo = 4,
        Discount = 5,
        ThirdParty = 4,
        Vendor = 12,
        Unmatched = 13,
    };

    /// <summary>Only one kind, for focused tests and for reproducing one failure class.</summary>
    public static ScenarioMix Only(ScenarioKind kind) => kind switch
    {
        ScenarioKind.Reference => new ScenarioMix { Reference = 1 },
        ScenarioKind.InvoiceNoInText => new ScenarioMix { InvoiceNoInText = 1 },
        ScenarioKind.NameAndAmount => new ScenarioMix { NameAndAmount = 1 },
        ScenarioKind.MultiInvoice => new ScenarioMix { MultiInvoice = 1 },
        ScenarioKind.Partial => new ScenarioMix { Partial = 1 },
        ScenarioKind.BankCharges => new ScenarioMix { BankCharges = 1 },
        ScenarioKind.CreditMemo => new ScenarioMix { CreditMemo = 1 },
        ScenarioKind.Discount => new ScenarioMix { Discount = 1 },
        ScenarioKind.ThirdParty => new ScenarioMix { ThirdParty = 1 },
        ScenarioKind.Vendor => new ScenarioMix { Vendor = 1 },
        ScenarioKind.Unmatched => new ScenarioMix { Unmatched = 1 },
        // a duplicate needs an original payment before it (see BenchGeneratorSettings.DuplicatePaymentShare)
        ScenarioKind.DuplicatePayment => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Duplicate payments follow reference and invoice-number payments; they are not a mix of their own."),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The weight of one kind.</summary>
    public int WeightOf(ScenarioKind kind) => kind switch
    {
        ScenarioKind.Reference => Reference,
        ScenarioKind.InvoiceNoInText => InvoiceNoInText,
        ScenarioKind.NameAndAmount => NameAndAmount,
        ScenarioKind.MultiInvoice => MultiInvoice,
        ScenarioKind.Partial => Partial,
        ScenarioKind.BankCharges => BankCharges,
        ScenarioKind.CreditMemo => CreditMemo,
        ScenarioKind.Discount => Discount,
        ScenarioKind.ThirdParty => ThirdParty,
        ScenarioKind.Vendor => Vendor,
        ScenarioKind.Unmatched => Unmatched,
        ScenarioKind.DuplicatePayment => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
