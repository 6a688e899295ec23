using BankRecon.Application.Entries;

namespace BankRecon.Application.Bench;

/// <summary>What one statement line will be: decided first (amounts, entries), rendered to text once documents have numbers.</summary>
internal sealed class LinePlan
{
    public required ScenarioKind Kind { get; init; }

    public required DateOnly BookingDate { get; init; }

    public required decimal Amount { get; init; }

    public PartyDraft? Party { get; init; }

    public List<(EntryDraft Entry, decimal Applied)> Applications { get; } = [];

    public List<string> Traits { get; } = [];

    /// <summary>Bank charges taken in euro: the payer paid in EUR and the bank converted (BankCharges only).</summary>
    public bool ForeignCurrencyFee { get; init; }

    public decimal Fee { get; init; }

    /// <summary>Which kind of non-ledger line (Unmatched only): "fee", "salary", "tax", ...</summary>
    public string UnmatchedKind { get; init; } = "";

    public int Sequence { get; init; }

    /// <summary>The payment this line repeats (<see cref="ScenarioKind.DuplicatePayment"/> only).</summary>
    public LinePlan? DuplicateOf { get; init; }

    public EntryPartyType? PartyType => Party?.Type;
}
