namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// An open entry with everything the engine compares precomputed once (amounts in minor units, dates, keys). A struct
/// kept in one array (<see cref="MatchIndex.Entries"/>): a million entries are one object for the garbage collector
/// instead of a million, and the fields a line reads sit side by side in 64 bytes (one cache line). Read it by
/// reference (<c>ref readonly var entry = ref index.Entries[e]</c>, <c>in</c> parameters), not by copy. What only
/// proposals or Business Central's rules need (the currency's scale, upper-case document numbers) is kept elsewhere.
/// </summary>
internal readonly struct IndexedEntry
{
    public required OpenEntry Source { get; init; }

    /// <summary>Position in the canonical (EntryId-sorted) entry array.</summary>
    public required int Index { get; init; }

    public required int Party { get; init; }

    /// <summary>+1 when a money-in line settles it, -1 when a money-out line does.</summary>
    public required int Sign { get; init; }

    public required string Currency { get; init; }

    /// <summary>Absolute remaining amount in minor units.</summary>
    public required long Remaining { get; init; }

    /// <summary>Absolute payment discount possible in minor units (0 = none; then there is a discount date).</summary>
    public required long Discount { get; init; }

    /// <summary><see cref="OpenEntry.PostingDate"/>, copied so that date checks do not read the source entry.</summary>
    public required DateOnly PostingDate { get; init; }

    /// <summary><see cref="OpenEntry.DueDate"/>, copied like <see cref="PostingDate"/>.</summary>
    public required DateOnly DueDate { get; init; }

    /// <summary>Last day of the payment discount; only meaningful when <see cref="Discount"/> is above 0.</summary>
    public required DateOnly DiscountDate { get; init; }

    /// <summary>Compact payment reference ("" = none).</summary>
    public required string Reference { get; init; }

    /// <summary>True when a payment dated <paramref name="date"/> may take the payment discount.</summary>
    public bool DiscountApplies(DateOnly date) => Discount > 0 && date <= DiscountDate;

    /// <summary>The amount that closes the entry on <paramref name="date"/> (Business Central's discount-date rule).</summary>
    public long Applicable(DateOnly date) => DiscountApplies(date) ? Remaining - Discount : Remaining;
}
