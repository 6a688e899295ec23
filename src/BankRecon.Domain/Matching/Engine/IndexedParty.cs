namespace BankRecon.Domain.Matching.Engine;

/// <summary>A customer or vendor, assembled from its open entries.</summary>
internal sealed class IndexedParty
{
    public required int Index { get; init; }

    public required PartyType Type { get; init; }

    public required string No { get; init; }

    public required string Name { get; init; }

    public required string? Address { get; init; }

    public required string? City { get; init; }

    /// <summary>Normalised account numbers (upper-case letters and digits).</summary>
    public required string[] Accounts { get; init; }

    public required NameProfile Profile { get; init; }

    /// <summary>Entries oldest first (due date, posting date, entry id): a segment of one array shared by all parties.</summary>
    public ArraySegment<int> EntriesByAge { get; set; } = ArraySegment<int>.Empty;

    /// <summary>
    /// <see cref="EntriesByAge"/> split by sign: the entries a money-in line settles (+1), and the others. A search for
    /// invoices or for credit memos then never walks past the other kind, however many a party has.
    /// </summary>
    public ArraySegment<int> EntriesSettledByReceipts { get; set; } = ArraySegment<int>.Empty;

    /// <inheritdoc cref="EntriesSettledByReceipts"/>
    public ArraySegment<int> EntriesSettledByPayments { get; set; } = ArraySegment<int>.Empty;

    public ReadOnlySpan<int> EntriesOfSign(int sign) => sign > 0 ? EntriesSettledByReceipts : EntriesSettledByPayments;

    /// <summary>The party's entry amounts, sorted, for band look-ups within the party (a segment of a shared array).</summary>
    public ArraySegment<AmountKey> Amounts { get; set; } = ArraySegment<AmountKey>.Empty;

    /// <summary>How many parties of the same type share this party's normalised name (1 = unique).</summary>
    public int SameNameCount { get; set; } = 1;

    /// <summary>Business Central's uniqueness count (names containing this name), computed on first use.</summary>
    public int BcContainingCount { get; set; } = -1;

    // made once per party, on first use: every reason and alternative that names the party uses them
    private MatchAccount? _account;
    private string? _label;

    // proposals are written on several threads: the first instance made is the one every proposal shares
    public MatchAccount Account => _account ?? Interlocked.CompareExchange(ref _account, MatchAccount.For(Type, No), null) ?? _account!;

    public string Label => _label ?? Interlocked.CompareExchange(ref _label, (Type == PartyType.Customer ? "customer " : "vendor ") + No + " " + Name, null) ?? _label!;
}
