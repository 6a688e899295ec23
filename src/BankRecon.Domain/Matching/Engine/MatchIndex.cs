using System.Runtime.CompilerServices;
using BankRecon.Domain.Common;

namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// Every look-up the engine needs, built once per run in O(entries log entries): entries in a canonical order (by entry
/// id, so input order never matters), parties, and inverted indexes from bank account, payment reference,
/// document-number key, name word and amount to the entries or parties that carry them. Posting lists are ascending.
/// </summary>
internal sealed class MatchIndex
{
    public const int NamePrefixLength = 4;

    // what a look-up is until its half of the index is built (never read then)
    private static readonly PostingIndex Unbuilt = new PostingIndex(0, 0).Freeze();

    private readonly Dictionary<PoolKeyValue, AmountPool> _pools = [];
    private readonly Dictionary<string, decimal> _scales;
    private readonly bool _ours;

    private MatchIndex(Dictionary<string, decimal> scales, Dictionary<string, string> words, RuleSet ruleSet)
    {
        _scales = scales;
        NameWords = words;
        _ours = ruleSet == RuleSet.Default;
    }

    // The look-ups are built in two halves side by side, each on its own core (see Build): those over the entries
    // (references, document numbers), which need no party, and those over the parties (accounts, names). Each half
    // sets only its own properties.

    /// <summary>Sets the entries and builds the look-ups by reference and document number.</summary>
    private void IndexEntries(IndexedEntry[] entries, PostingSizes sizes)
    {
        Entries = entries;
        // sized from the entries (postings, then characters), so that no buffer is grown and none is much too large
        EntriesByReference = new PostingIndex(_ours ? sizes.References : 0, _ours ? sizes.ReferenceChars : 0);
        EntriesByDocumentKey = new PostingIndex(_ours ? sizes.Documents : 0, _ours ? sizes.DocumentChars : 0);
        EntriesByDocumentDigits = new PostingIndex(_ours ? sizes.Documents / 2 : 0, _ours ? sizes.DocumentChars / 2 : 0);
        EntriesByFirstRun = new PostingIndex(_ours ? 0 : sizes.Documents, _ours ? 0 : sizes.DocumentChars);
        var scratch = new PostingScratch();
        FillDocuments(scratch);
        FillReferences(scratch);
    }

    /// <summary>Sets the parties and builds the look-ups by bank account and name.</summary>
    private void IndexParties(IndexedParty[] parties)
    {
        Parties = parties;
        PartiesByAccount = new PostingIndex(_ours ? 0 : parties.Length, 20);
        PartiesByAccountOrDomestic = new PostingIndex(_ours ? parties.Length * 2 : 0, 16);
        PartiesByNameWord = new PostingIndex(parties.Length * 2, parties.Length * 12);
        PartiesByNamePrefix = new PostingIndex(parties.Length * 4, parties.Length * 20);
        PartiesByNameKey = new PostingIndex(parties.Length, parties.Length * 16);
        FillPartyPostings();
    }

    public IndexedEntry[] Entries { get; private set; } = [];

    /// <summary>Upper-case document no. per entry (Business Central's rule set only).</summary>
    public string[]? DocumentUpper { get; private set; }

    /// <summary>Upper-case external document no. per entry, null when none (Business Central's rule set only).</summary>
    public string?[]? ExternalUpper { get; private set; }

    /// <summary>
    /// Every word, sorted name and glued name of the parties' names, each one string: a payer's name is made of these
    /// strings where it can be (<see cref="NameProfile.CreateReusing"/>). Only read once the index is built.
    /// </summary>
    public Dictionary<string, string> NameWords { get; }

    /// <summary>Minor units per unit of the entry's currency (100 for NOK).</summary>
    public decimal ScaleOf(in IndexedEntry entry) => _scales[entry.Currency];

    public IndexedParty[] Parties { get; private set; } = [];

    /// <summary>Normalised account number → parties (Business Central: exact normalised equality).</summary>
    public PostingIndex PartiesByAccount { get; private set; } = Unbuilt;

    /// <summary>Normalised account and, for IBANs, the domestic part → parties (our rule set: IBAN = BBAN).</summary>
    public PostingIndex PartiesByAccountOrDomestic { get; private set; } = Unbuilt;

    /// <summary>Compact payment reference → entries.</summary>
    public PostingIndex EntriesByReference { get; private set; } = Unbuilt;

    /// <summary>Document-number key (document no. and external document no.) → entry × 2 (+1 for external).</summary>
    public PostingIndex EntriesByDocumentKey { get; private set; } = Unbuilt;

    /// <summary>Digit group of a document number → entry × 2 (+1 for external).</summary>
    public PostingIndex EntriesByDocumentDigits { get; private set; } = Unbuilt;

    /// <summary>First alphanumeric run of the upper-case document no. → entry × 2 (+1 for external), for BC's token test.</summary>
    public PostingIndex EntriesByFirstRun { get; private set; } = Unbuilt;

    /// <summary>Name word → parties.</summary>
    public PostingIndex PartiesByNameWord { get; private set; } = Unbuilt;

    /// <summary>
    /// First four letters of a name word, and "~" + its last four letters → parties: a typo or a truncation leaves at
    /// least one end of a longer word intact.
    /// </summary>
    public PostingIndex PartiesByNamePrefix { get; private set; } = Unbuilt;

    /// <summary>Sorted name words → parties (exact normalised name).</summary>
    public PostingIndex PartiesByNameKey { get; private set; } = Unbuilt;

    public static string NormalizeCurrency(string? currency)
    {
        if (currency is { Length: 3 } && char.IsAsciiLetterUpper(currency[0]) && char.IsAsciiLetterUpper(currency[1]) && char.IsAsciiLetterUpper(currency[2]))
        {
            return currency;
        }

        return (currency ?? "").Trim().ToUpperInvariant();
    }

    public static decimal ScaleOf(string currency) => CurrencyCode.TryParse(currency, out var code) ? code.MinorUnitScale : 100m;

    public static long ToMinor(decimal amount, decimal scale) =>
        decimal.ToInt64(Math.Round(Math.Abs(amount) * scale, 0, MidpointRounding.AwayFromZero));

    /// <summary>The pool of one currency, ledger type and sign (an amount band never crosses zero).</summary>
    public AmountPool? Pool(string currency, PartyType type, int sign) => _pools.GetValueOrDefault(new PoolKeyValue(currency, type, sign));

    /// <summary>Upper-case letters and digits only; returns the same string when it already is.</summary>
    public static string Compact(string? raw)
    {
        if (string.IsNullOrEmpty(raw)) return "";
        foreach (var c in raw)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c)) return BankAccountNumber.Normalize(raw);
        }

        return raw;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static MatchIndex Build(IReadOnlyList<OpenEntry> input, RuleSet ruleSet)
    {
        var sources = new OpenEntry[input.Count];
        var n = 0;
        // entries usually arrive in id order already (as a database returns them): checked while they are copied,
        // which is cheaper than a sort
        var sorted = true;
        for (var i = 0; i < sources.Length; i++)
        {
            var entry = input[i];
            if (entry is null || entry.RemainingAmount == 0m) continue;
            if (sorted && n > 0 && CompareEntries(sources[n - 1], entry) > 0) sorted = false;
            sources[n++] = entry;
        }

        Array.Resize(ref sources, n);
        if (!sorted) Array.Sort(sources, CompareEntries);

        // two halves side by side: the parties (numbered, made, and their look-ups by account and name) and the entries
        // (made, and their look-ups by reference and document number, which need no party). Each reads the sources and
        // writes only its own arrays and look-ups; an entry's party is filled in once both are done.
        int[] partyOfSource = [], rank = [], partyStart = [], grouped = [];
        var index = new MatchIndex(new Dictionary<string, decimal>(StringComparer.Ordinal), new Dictionary<string, string>(StringComparer.Ordinal), ruleSet);
        Parallel.Invoke(
            () =>
            {
                (partyOfSource, rank, partyStart, grouped) = NumberParties(sources);
                index.IndexParties(CreateParties(sources, grouped, partyStart, index.NameWords));
            },
            () =>
            {
                if (ruleSet == RuleSet.BusinessCentral) index.SetUpperCaseDocuments(sources);
                var entries = CreateEntries(sources, index._scales, out var sizes);
                index.IndexEntries(entries, sizes);
            });
        var indexed = index.Entries;
        for (var i = 0; i < n; i++) indexed[i] = indexed[i] with { Party = rank[partyOfSource[i]] };

        // what needs both: the parties' entry lists and the amount pools
        Parallel.Invoke(() => index.FillPartyEntries(grouped, partyStart), index.FillPools);
        return index;
    }

    /// <summary>Business Central compares upper-case document numbers.</summary>
    private void SetUpperCaseDocuments(OpenEntry[] sources)
    {
        DocumentUpper = new string[sources.Length];
        ExternalUpper = new string?[sources.Length];
        for (var i = 0; i < sources.Length; i++)
        {
            DocumentUpper[i] = (sources[i].DocumentNo ?? "").Trim().ToUpperInvariant();
            var external = sources[i].ExternalDocumentNo;
            ExternalUpper[i] = string.IsNullOrWhiteSpace(external) ? null : external.Trim().ToUpperInvariant();
        }
    }

    /// <summary>
    /// Numbers the parties in (type, number) order: each source's party, each first-seen party's rank, and the sources
    /// grouped by party (entry-id order inside a party) with each party's start.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int[] PartyOfSource, int[] Rank, int[] PartyStart, int[] Grouped) NumberParties(OpenEntry[] sources)
    {
        var n = sources.Length;
        // sized for a few open entries per party, so that they are rarely grown
        var customers = new Dictionary<string, int>(n / 8 + 16, StringComparer.Ordinal);
        var vendors = new Dictionary<string, int>(n / 32 + 16, StringComparer.Ordinal);
        var firstEntry = new List<int>(n / 8 + 16);
        var partyOfSource = new int[n];
        for (var i = 0; i < n; i++)
        {
            var byNo = sources[i].PartyType == PartyType.Customer ? customers : vendors;
            var no = sources[i].PartyNo ?? "";
            if (!byNo.TryGetValue(no, out var p))
            {
                p = firstEntry.Count;
                byNo.Add(no, p);
                firstEntry.Add(i);
            }

            partyOfSource[i] = p;
        }

        // the sort keys side by side, so the comparison does not chase each party's first entry
        var order = new int[firstEntry.Count];
        var types = new int[order.Length];
        var numbers = new string[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
            types[i] = (int)sources[firstEntry[i]].PartyType;
            numbers[i] = sources[firstEntry[i]].PartyNo;
        }

        Array.Sort(order, (a, b) =>
        {
            var byType = types[a].CompareTo(types[b]);
            return byType != 0 ? byType : string.CompareOrdinal(numbers[a], numbers[b]);
        });
        var rank = new int[order.Length];
        for (var r = 0; r < order.Length; r++) rank[order[r]] = r;

        // entries of each party, grouped by counting sort (entry-id order inside a party)
        var partyStart = new int[order.Length + 1];
        for (var i = 0; i < n; i++) partyStart[rank[partyOfSource[i]] + 1]++;
        for (var p = 1; p < partyStart.Length; p++) partyStart[p] += partyStart[p - 1];
        var grouped = new int[n];
        var fill = (int[])partyStart.Clone();
        for (var i = 0; i < n; i++) grouped[fill[rank[partyOfSource[i]]]++] = i;
        return (partyOfSource, rank, partyStart, grouped);
    }

    private static IndexedParty[] CreateParties(OpenEntry[] sources, int[] grouped, int[] partyStart, Dictionary<string, string> words)
    {
        var parties = new IndexedParty[partyStart.Length - 1];
        // parties with the same name share one profile, and all profiles one string per distinct word: a large ledger
        // repeats names and words many times, and every object here lives as long as the index
        var profiles = new Dictionary<string, NameProfile>(StringComparer.Ordinal);
        var accountScratch = new List<string>(4);
        for (var p = 0; p < parties.Length; p++)
        {
            var first = sources[grouped[partyStart[p]]];
            parties[p] = new IndexedParty
            {
                Index = p,
                Type = first.PartyType,
                No = first.PartyNo ?? "",
                Name = first.PartyName ?? "",
                Address = first.PartyAddress,
                City = first.PartyCity,
                Accounts = Accounts(sources, grouped, partyStart[p], partyStart[p + 1], accountScratch),
                Profile = ProfileOf(first.PartyName ?? "", profiles, words),
            };
        }

        return parties;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static IndexedEntry[] CreateEntries(OpenEntry[] sources, Dictionary<string, decimal> scales, out PostingSizes sizes)
    {
        var entries = new IndexedEntry[sources.Length];
        sizes = default;
        string? lastCurrency = null;
        decimal lastScale = 100m;
        for (var i = 0; i < sources.Length; i++)
        {
            var source = sources[i];
            var currency = NormalizeCurrency(source.Currency);
            if (!string.Equals(currency, lastCurrency, StringComparison.Ordinal))
            {
                lastCurrency = currency;
                lastScale = ScaleOf(currency);
                scales.TryAdd(currency, lastScale);
            }

            var sign = source.RemainingAmount > 0m ? 1 : -1;
            var remaining = ToMinor(source.RemainingAmount, lastScale);
            var discount = source.PmtDiscountAmount * sign > 0m && source.PmtDiscountDate is not null ? ToMinor(source.PmtDiscountAmount, lastScale) : 0L;
            if (discount >= remaining) discount = 0;
            var reference = Compact(source.PaymentReference);
            entries[i] = new IndexedEntry
            {
                Source = source,
                Index = i,
                Party = -1,
                Sign = sign,
                Currency = currency,
                Remaining = remaining,
                Discount = discount,
                PostingDate = source.PostingDate,
                DueDate = source.DueDate,
                DiscountDate = discount > 0 ? source.PmtDiscountDate!.Value : DateOnly.MinValue,
                Reference = reference,
            };
            sizes.Count(reference, source.ExternalDocumentNo);
        }

        return entries;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FillPartyPostings()
    {
        Span<char> suffix = stackalloc char[NamePrefixLength + 1];
        foreach (var party in Parties)
        {
            foreach (var account in party.Accounts)
            {
                if (!_ours)
                {
                    PartiesByAccount.Add(account, party.Index);
                    continue;
                }

                PartiesByAccountOrDomestic.Add(account, party.Index);
                var domestic = DomesticPart(account);
                if (domestic.Length >= 8) PartiesByAccountOrDomestic.Add(domestic, party.Index);
            }

            foreach (var token in party.Profile.Tokens)
            {
                if (token.Length < 2) continue;
                PartiesByNameWord.Add(token, party.Index);
                if (token.Length > NamePrefixLength)
                {
                    PartiesByNamePrefix.Add(token.AsSpan(0, NamePrefixLength), party.Index);
                    PartiesByNamePrefix.Add(SuffixKey(token, suffix), party.Index);
                }
            }

            if (!party.Profile.IsEmpty) PartiesByNameKey.Add(party.Profile.SortedKey, party.Index);
        }

        var scratch = new PostingScratch();
        PartiesByAccount.Freeze(scratch);
        PartiesByAccountOrDomestic.Freeze(scratch);
        PartiesByNameWord.Freeze(scratch);
        PartiesByNamePrefix.Freeze(scratch);
        PartiesByNameKey.Freeze(scratch);
        // each name's list is counted once, when its first party is reached (a name shared by thousands of parties
        // would otherwise be counted once per party: quadratic)
        var counted = new bool[Parties.Length];
        foreach (var party in Parties)
        {
            if (party.Profile.IsEmpty || counted[party.Index]) continue;
            var sameName = PartiesByNameKey.Get(party.Profile.SortedKey);
            var customers = 0;
            foreach (var other in sameName)
            {
                if (Parties[other].Type == PartyType.Customer) customers++;
            }

            foreach (var other in sameName)
            {
                counted[other] = true;
                var same = Parties[other].Type == PartyType.Customer ? customers : sameName.Length - customers;
                Parties[other].SameNameCount = Math.Max(1, same);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FillReferences(PostingScratch scratch)
    {
        if (_ours)
        {
            for (var i = 0; i < Entries.Length; i++)
            {
                if (Entries[i].Reference.Length >= 2) EntriesByReference.Add(Entries[i].Reference, i);
            }
        }

        EntriesByReference.Freeze(scratch);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FillDocuments(PostingScratch scratch)
    {
        for (var i = 0; i < Entries.Length; i++)
        {
            var source = Entries[i].Source;
            AddDocument(source.DocumentNo, DocumentUpper?[i], i * 2);
            AddDocument(source.ExternalDocumentNo, ExternalUpper?[i], i * 2 + 1);
        }

        EntriesByDocumentKey.Freeze(scratch);
        EntriesByDocumentDigits.Freeze(scratch);
        EntriesByFirstRun.Freeze(scratch);
    }

    /// <summary>
    /// Per party: entries oldest first, split by sign, and their amounts sorted; each kind is one array shared by all
    /// parties (a segment per party), not three or four small arrays per party.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FillPartyEntries(int[] grouped, int[] partyStart)
    {
        var byAge = grouped;
        Comparison<int> compareByAge = (a, b) => CompareByAge(in Entries[a], in Entries[b]);
        var bySign = new int[byAge.Length];
        var keyStart = new int[Parties.Length + 1];
        for (var p = 0; p < Parties.Length; p++)
        {
            var start = partyStart[p];
            var length = partyStart[p + 1] - start;
            var span = byAge.AsSpan(start, length);
            if (length > 1) span.Sort(compareByAge);
            var party = Parties[p];
            party.EntriesByAge = new ArraySegment<int>(byAge, start, length);
            var receipts = 0;
            foreach (var e in span)
            {
                if (Entries[e].Sign > 0) bySign[start + receipts++] = e;
            }

            var payments = receipts;
            foreach (var e in span)
            {
                if (Entries[e].Sign <= 0) bySign[start + payments++] = e;
            }

            party.EntriesSettledByReceipts = new ArraySegment<int>(bySign, start, receipts);
            party.EntriesSettledByPayments = new ArraySegment<int>(bySign, start + receipts, length - receipts);
            keyStart[p + 1] = keyStart[p] + AmountKey.CountFor(span, Entries);
        }

        var partyKeys = new AmountKey[keyStart[^1]];
        for (var p = 0; p < Parties.Length; p++)
        {
            var keys = partyKeys.AsSpan(keyStart[p], keyStart[p + 1] - keyStart[p]);
            AmountKey.Fill(Parties[p].EntriesByAge, Entries, keys);
            Parties[p].Amounts = new ArraySegment<AmountKey>(partyKeys, keyStart[p], keys.Length);
        }
    }

    /// <summary>The amount pools (currency, ledger type, sign); each pool's entry list is counted first, then filled.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FillPools()
    {
        var poolOf = new Dictionary<PoolKeyValue, int>();
        var poolCounts = new List<int>();
        var poolOfEntry = new int[Entries.Length];
        for (var i = 0; i < Entries.Length; i++)
        {
            ref readonly var entry = ref Entries[i];
            var key = new PoolKeyValue(entry.Currency, entry.Source.PartyType, entry.Sign);
            if (!poolOf.TryGetValue(key, out var pool))
            {
                pool = poolCounts.Count;
                poolOf.Add(key, pool);
                poolCounts.Add(0);
            }

            poolCounts[pool]++;
            poolOfEntry[i] = pool;
        }

        var members = new int[poolCounts.Count][];
        for (var k = 0; k < members.Length; k++) members[k] = new int[poolCounts[k]];
        var filled = new int[members.Length];
        for (var i = 0; i < Entries.Length; i++) members[poolOfEntry[i]][filled[poolOfEntry[i]]++] = i;
        foreach (var (key, pool) in poolOf)
        {
            var keys = new AmountKey[AmountKey.CountFor(members[pool], Entries)];
            AmountKey.FillAscending(members[pool], Entries, keys);
            _pools[key] = new AmountPool(keys);
        }
    }

    private void AddDocument(string? raw, string? upper, int code)
    {
        if (string.IsNullOrWhiteSpace(raw)) return;
        if (_ours)
        {
            // keys built in a stack buffer: the index keeps their characters, not a string per key
            Span<char> key = raw.Length <= 64 ? stackalloc char[128] : new char[raw.Length * 2];
            var length = DocumentKey.Full(raw, key);
            if (length == 0) return;
            EntriesByDocumentKey.Add(key[..length], code);
            var digits = key[DocumentKey.DigitsOnly(key[..length])];
            if (!digits.IsEmpty) EntriesByDocumentDigits.Add(digits, code);
            return;
        }

        // Business Central's token test needs at least four characters; index by the first alphanumeric run
        if (upper is not null && upper.Length >= 4 && char.IsAsciiLetterOrDigit(upper[0]))
        {
            var end = 0;
            while (end < upper.Length && char.IsAsciiLetterOrDigit(upper[end])) end++;
            EntriesByFirstRun.Add(upper.AsSpan(0, end), code);
        }
    }

    private static NameProfile ProfileOf(string name, Dictionary<string, NameProfile> profiles, Dictionary<string, string> words)
    {
        if (!profiles.TryGetValue(name, out var profile)) profiles.Add(name, profile = NameProfile.Create(name, words));
        return profile;
    }

    /// <summary>"~" + the last four letters of a word: the suffix key in <see cref="PartiesByNamePrefix"/>, written into <paramref name="buffer"/> (5 characters).</summary>
    public static ReadOnlySpan<char> SuffixKey(string token, Span<char> buffer)
    {
        buffer[0] = '~';
        token.AsSpan(token.Length - NamePrefixLength).CopyTo(buffer[1..]);
        return buffer[..(NamePrefixLength + 1)];
    }

    /// <summary>The domestic part of a valid IBAN (after country and check digits), or empty (input already compact).</summary>
    public static ReadOnlySpan<char> DomesticPart(ReadOnlySpan<char> compact)
    {
        if (compact.Length is < 15 or > 34 || !char.IsAsciiLetterUpper(compact[0]) || !char.IsAsciiLetterUpper(compact[1])
            || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            return default;
        }

        // ISO 13616 mod 97 over the rearranged IBAN, without building the rearranged string
        var remainder = 0;
        for (var k = 0; k < compact.Length; k++)
        {
            var c = compact[(k + 4) % compact.Length];
            remainder = char.IsAsciiDigit(c) ? (remainder * 10 + (c - '0')) % 97 : (remainder * 100 + (c - 'A' + 10)) % 97;
        }

        return remainder == 1 ? compact[4..] : default;
    }

    private static string[] Accounts(OpenEntry[] sources, int[] grouped, int start, int end, List<string> scratch)
    {
        var first = sources[grouped[start]].PartyAccounts;
        var same = true;
        for (var i = start + 1; i < end && same; i++)
        {
            var other = sources[grouped[i]].PartyAccounts;
            same = ReferenceEquals(other, first) || SameList(other, first);
        }

        scratch.Clear();
        for (var i = start; i < (same ? start + 1 : end); i++)
        {
            var accounts = sources[grouped[i]].PartyAccounts;
            if (accounts is null) continue;
            for (var k = 0; k < accounts.Count; k++)
            {
                var normalized = Compact(accounts[k]);
                if (normalized.Length > 0 && !Contains(scratch, normalized)) scratch.Add(normalized);
            }
        }

        if (scratch.Count == 0) return [];
        scratch.Sort(string.CompareOrdinal);
        return [.. scratch];
    }

    private static bool Contains(List<string> list, string value)
    {
        foreach (var item in list)
        {
            if (string.Equals(item, value, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    private static bool SameList(IReadOnlyList<string>? a, IReadOnlyList<string>? b)
    {
        if (a is null || b is null || a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal)) return false;
        }

        return true;
    }

    /// <summary>Oldest first: due date, posting date, entry id.</summary>
    public static int CompareByAge(in IndexedEntry a, in IndexedEntry b)
    {
        var byDue = a.DueDate.CompareTo(b.DueDate);
        if (byDue != 0) return byDue;
        var byPosting = a.PostingDate.CompareTo(b.PostingDate);
        return byPosting != 0 ? byPosting : a.Index.CompareTo(b.Index);
    }

    private static int CompareEntries(OpenEntry a, OpenEntry b)
    {
        var byId = string.CompareOrdinal(a.EntryId, b.EntryId);
        if (byId != 0) return byId;
        var byType = ((int)a.PartyType).CompareTo((int)b.PartyType);
        if (byType != 0) return byType;
        var byParty = string.CompareOrdinal(a.PartyNo, b.PartyNo);
        if (byParty != 0) return byParty;
        var byDocument = string.CompareOrdinal(a.DocumentNo, b.DocumentNo);
        return byDocument != 0 ? byDocument : a.RemainingAmount.CompareTo(b.RemainingAmount);
    }

    private readonly record struct PoolKeyValue(string Currency, PartyType Type, int Sign);

    /// <summary>How many postings and key characters the entry indexes will get, counted while the entries are made.</summary>
    private struct PostingSizes
    {
        public int References;
        public int ReferenceChars;
        public int Documents;
        public int DocumentChars;

        public void Count(string reference, string? externalDocumentNo)
        {
            if (reference.Length >= 2)
            {
                References++;
                ReferenceChars += reference.Length;
            }

            // counted without reading the document numbers themselves (they are read once, when indexed); the
            // buffers grow if the numbers are longer than this
            Documents += externalDocumentNo is null ? 1 : 2;
            DocumentChars = Documents * 8;
        }
    }
}
