namespace BankRecon.Domain.Matching.Engine;

/// <summary>An open entry with everything the engine compares precomputed once (amounts in minor units, keys).</summary>
internal sealed class IndexedEntry
{
    public required OpenEntry Source { get; init; }

    /// <summary>Position in the canonical (EntryId-sorted) entry array.</summary>
    public required int Index { get; init; }

    public required int Party { get; init; }

    /// <summary>+1 when a money-in line settles it, -1 when a money-out line does.</summary>
    public required int Sign { get; init; }

    public required string Currency { get; init; }

    public required decimal Scale { get; init; }

    /// <summary>Absolute remaining amount in minor units.</summary>
    public required long Remaining { get; init; }

    /// <summary>Absolute payment discount possible in minor units (0 = none).</summary>
    public required long Discount { get; init; }

    public required string DocumentUpper { get; init; }

    public required string? ExternalUpper { get; init; }

    /// <summary>Compact payment reference ("" = none).</summary>
    public required string Reference { get; init; }

    public DateOnly? DiscountDate => Source.PmtDiscountDate;

    /// <summary>True when a payment dated <paramref name="date"/> may take the payment discount.</summary>
    public bool DiscountApplies(DateOnly date) => Discount > 0 && Source.PmtDiscountDate is { } last && date <= last;

    /// <summary>The amount that closes the entry on <paramref name="date"/> (Business Central's discount-date rule).</summary>
    public long Applicable(DateOnly date) => DiscountApplies(date) ? Remaining - Discount : Remaining;
}
