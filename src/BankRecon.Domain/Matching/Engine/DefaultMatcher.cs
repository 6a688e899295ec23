using System.Numerics;

namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// Our rule set for one line: Business Central's criteria with better evidence (IBAN = BBAN, normalised names,
/// document numbers with any separators and leading zeros, references one typo away), plus structured references,
/// named groups and their subsets, exact combinations of a party's open entries, invoices less credit memos, payments
/// short by bank charges, part payments and overpayments, and caps that keep High for unambiguous, uncontradicted
/// evidence (a number in the text outweighs an amount-only fit; a name shared or nearly shared needs an amount unique
/// in the ledger). See docs/domain/matching.md for the rules and their scores.
/// </summary>
internal sealed class DefaultMatcher
{
    public const int StructuredReferenceScore = 3999;
    public const int StructuredReferencePartScore = 3998;
    public const int CombinationScore = 3990;
    public const int InvoiceAndExactAmountScore = 3988;
    public const int SimilarNameAndExactAmountScore = 3987;
    public const int NetOfCreditsScore = 3989;
    public const int DocumentLessChargesScore = 3986;
    public const int NearReferenceScore = 3985;

    /// <summary>A payer name this close (one small typo) to exactly one party may carry an exact, unique amount to High.</summary>
    public const double CloseName = 0.90;
    public const int StructuredReferenceDiffersScore = 2999;
    public const int CombinationReviewScore = 2990;
    public const int NamedSubsetScore = 2989;
    public const int NetOfCreditsReviewScore = 2988;

    /// <summary>Open credit memos of the party tried against the shortfall when none is named (at most two combined).</summary>
    private const int MaxCreditMemoSize = 2;

    private const int MaxAmountMatchesPerParty = 8;
    private const int MaxCombinationSolutions = 3;

    /// <summary>
    /// Name posting lists read when looking for near-namesakes (only for lines that would otherwise be High on a name),
    /// as a multiple of <see cref="MatchingSettings.MaxNamePostings"/>: longer lists (the commonest words of a very
    /// large ledger) are skipped so the work per line stays bounded.
    /// </summary>
    private const int NearNamesakePostingsFactor = 4;

    private static readonly PartyType[] LedgerTypes = [PartyType.Customer, PartyType.Vendor];

    private readonly MatchIndex _index;
    private readonly MatchingSettings _settings;
    private readonly RuleTable _rules;
    private readonly TextAtoms _atoms = new();
    private readonly NameCandidateFinder _names;
    private readonly TextEvidenceFinder _finder;
    private readonly List<int> _parties = [];
    private readonly Comparison<int> _byAge;
    private readonly List<int> _scratch = [];
    private readonly List<int> _sharingAWord = [];
    // per ledger type, made at most once per line: the near-namesakes with an entry of the line's amount
    private readonly List<int>[] _namesakesWithAmount = [[], []];
    private readonly bool[] _namesakesKnown = new bool[2];

    // per-line working lists, reused (each is filled and read within one step of one line)
    private readonly List<(int Party, int Priority)> _ranked = [];
    private readonly List<int> _rankedParties = [];
    private readonly List<int> _named = [];
    private readonly List<int> _namedCredits = [];
    private readonly List<int> _open = [];
    private readonly List<int> _openCredits = [];
    private NameProfile _payer = NameProfile.Empty;

    public WorkCounters Counters { get; } = new();

    // the line being matched: its candidates and party evidence, reused line after line
    private readonly LineWorkspace _work = new();

    /// <summary>The payer name before its first comma, when the bank glued an address on ("HANSEN AS, STORGATA 1").</summary>
    private NameProfile _payerBeforeComma = NameProfile.Empty;
    private int _payerLength;
    private string? _payerAddress;
    private string? _payerCity;
    private readonly int[] _strongByType = new int[2];
    private readonly int[] _similarByType = new int[2];
    private readonly int[] _inTextByType = new int[2];

    public DefaultMatcher(MatchIndex index, MatchingSettings settings, RuleTable rules)
    {
        _index = index;
        _settings = settings;
        _rules = rules;
        _names = new NameCandidateFinder(index, settings.MaxNamePostings, Counters);
        _finder = new TextEvidenceFinder(index);
        _byAge = (a, b) => MatchIndex.CompareByAge(in _index.Entries[a], in _index.Entries[b]);
    }

    /// <summary>Finds and scores the line's candidates and keeps them in this thread's store.</summary>
    public void Match(LineState state)
    {
        _work.Start(state);
        Find(state);
        _work.End(state);
    }

    private void Find(LineState state)
    {
        if (state.Sign == 0) return;
        var line = state.Line;
        var band = AmountBand.For(state.Amount, state.Scale, _settings);
        _atoms.Clear();
        _atoms.Append(line.Description);
        var descriptionAtoms = _atoms.Count;
        _atoms.Append(line.Reference);
        Array.Clear(_strongByType);
        Array.Clear(_similarByType);
        Array.Clear(_inTextByType);
        _namesakesKnown[0] = _namesakesKnown[1] = false;

        // per-line payer fields first: Evidence() reads them
        var namesOn = _settings.NameMatching != NameMatching.Disabled;
        _payer = namesOn ? NameProfile.CreateReusing(line.CounterpartyName, _index.NameWords) : NameProfile.Empty;
        var comma = namesOn ? line.CounterpartyName?.IndexOf(',', StringComparison.Ordinal) ?? -1 : -1;
        _payerBeforeComma = comma > 0 ? NameProfile.CreateReusing(line.CounterpartyName.AsSpan(0, comma), _index.NameWords) : NameProfile.Empty;
        _payerLength = line.CounterpartyName?.Trim().Length ?? 0;
        _payerAddress = line.CounterpartyAddress;
        _payerCity = line.CounterpartyCity;

        state.AccountParties = LookupAccount(line.CounterpartyAccount);
        foreach (var party in state.AccountParties) Evidence(state, party).ByAccount = true;
        var nameFound = false;
        if (!_payer.IsEmpty)
        {
            _names.ForName(_payer, _settings.MaxPartiesPerLine * 2, _parties);
            foreach (var party in _parties)
            {
                var evidence = Evidence(state, party);
                if (evidence.NameSimilarity < NameSimilarity.Fuzzy) continue;
                nameFound = true;
                _similarByType[(int)_index.Parties[party].Type]++;
                if (evidence.NameSimilarity >= NameSimilarity.Strong) _strongByType[(int)_index.Parties[party].Type]++;
            }
        }

        if (namesOn && !nameFound)
        {
            _names.InText(_atoms, 0, descriptionAtoms, _settings.MaxPartiesPerLine, _parties);
            foreach (var party in _parties)
            {
                Evidence(state, party).NameInText = true;
                _inTextByType[(int)_index.Parties[party].Type]++;
            }
        }

        _finder.Find(state, _atoms);
        foreach (var hit in state.Hits)
        {
            Evidence(state, _index.Entries[hit.Entry].Party);
            if (Names(state, hit) && _index.Entries[hit.Entry].Currency == state.Currency && (state.FirstNamedEntry < 0 || hit.Entry < state.FirstNamedEntry))
            {
                state.FirstNamedEntry = hit.Entry;
            }
        }

        foreach (var evidence in state.Parties) Grade(evidence);

        foreach (var party in RankParties(state)) AddPartyCandidates(state, party, band);
        AddAmountCandidates(state, band);
        AddTextMappings(state);

        // in place: keep the candidates some rule applies to, in their order
        var candidates = _work.Candidates;
        var kept = 0;
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            if (candidate.Kind == CandidateKind.TextMapping || Evaluate(state, candidate, band)) candidates[kept++] = candidate;
        }

        candidates.RemoveRange(kept, candidates.Count - kept);
    }

    private int[] LookupAccount(string? raw)
    {
        // normalised as BankAccountNumber.Normalize does (letters and digits, upper case), in a stack buffer
        if (string.IsNullOrWhiteSpace(raw)) return [];
        Span<char> buffer = raw.Length <= 64 ? stackalloc char[64] : new char[raw.Length];
        var length = 0;
        foreach (var c in raw)
        {
            if (char.IsAsciiLetterOrDigit(c)) buffer[length++] = char.ToUpperInvariant(c);
        }

        var account = buffer[..length];
        if (account.IsEmpty) return [];
        var parties = _index.PartiesByAccountOrDomestic.Get(account);
        if (!parties.IsEmpty) return parties.ToArray();
        var domestic = MatchIndex.DomesticPart(account);
        return domestic.Length >= 8 ? _index.PartiesByAccountOrDomestic.Get(domestic).ToArray() : [];
    }

    /// <summary>The line's evidence about a party, created on first use (name similarity computed then).</summary>
    private PartyEvidence Evidence(LineState state, int party)
    {
        var evidence = state.FindParty(party);
        if (evidence is not null) return evidence;
        evidence = _work.NewEvidence(party);
        evidence.ByAccount = Array.IndexOf(state.AccountParties, party) >= 0;
        if (!_payer.IsEmpty)
        {
            var similarity = PayerSimilarity(_index.Parties[party].Profile);
            evidence.NameSimilarity = similarity >= NameSimilarity.Fuzzy ? similarity : 0;
        }

        state.Parties.Add(evidence);
        return evidence;
    }

    private void Grade(PartyEvidence evidence)
    {
        var party = _index.Parties[evidence.Party];
        var type = (int)party.Type;
        evidence.UniqueName = false;
        evidence.AddressAndCity = false;
        if (evidence.NameSimilarity >= NameSimilarity.Fuzzy)
        {
            evidence.AddressAndCity = SameFolded(_payerAddress, party.Address) && SameFolded(_payerCity, party.City);
        }

        if (evidence.ByAccount)
        {
            evidence.Level = RelatedPartyMatch.Fully;
        }
        else if (evidence.NameSimilarity >= NameSimilarity.Strong && party.SameNameCount == 1 && _strongByType[type] <= 1)
        {
            evidence.UniqueName = true;
            evidence.Level = RelatedPartyMatch.Fully;
        }
        else if (evidence.AddressAndCity)
        {
            evidence.Level = RelatedPartyMatch.Fully;
        }
        else if (evidence.NameSimilarity >= NameSimilarity.Fuzzy)
        {
            evidence.Level = RelatedPartyMatch.Partially;
            evidence.OnlySimilarName = _similarByType[type] == 1 && party.SameNameCount == 1;
        }
        else if (evidence.NameInText)
        {
            // as BC: a name found in the text identifies the party when no other party's name is there and it is unique
            var unique = _inTextByType[type] == 1 && party.SameNameCount == 1 && party.Profile.Length >= 6;
            evidence.UniqueName = unique;
            evidence.Level = unique ? RelatedPartyMatch.Fully : RelatedPartyMatch.Partially;
        }
        else
        {
            evidence.Level = RelatedPartyMatch.No;
        }
    }

    private static bool SameFolded(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && TextFold.SameWords(a, b);

    /// <summary>Parties worth building candidates for, strongest evidence first, at most MaxPartiesPerLine.</summary>
    private List<int> RankParties(LineState state)
    {
        var ranked = _ranked;
        ranked.Clear();
        foreach (var evidence in state.Parties)
        {
            var hitStrength = 0;
            foreach (var hit in state.Hits)
            {
                if (_index.Entries[hit.Entry].Party == evidence.Party) hitStrength = Math.Max(hitStrength, hit.Strength);
            }

            if (evidence.Level == RelatedPartyMatch.No && hitStrength == 0) continue;
            var priority = (evidence.ByAccount ? 10_000 : 0) + hitStrength * 500 + (int)(evidence.NameSimilarity * 400) + (evidence.NameInText ? 100 : 0);
            ranked.Add((evidence.Party, priority));
        }

        ranked.Sort((a, b) => a.Priority != b.Priority ? b.Priority.CompareTo(a.Priority) : a.Party.CompareTo(b.Party));
        var result = _rankedParties;
        result.Clear();
        for (var i = 0; i < ranked.Count && i < _settings.MaxPartiesPerLine; i++) result.Add(ranked[i].Party);
        return result;
    }

    private static bool Eligible(LineState state, in IndexedEntry entry) => entry.Sign == state.Sign && entry.Currency == state.Currency;

    private static bool DatedOk(LineState state, in IndexedEntry entry) => entry.PostingDate <= state.Line.Date;

    private void AddPartyCandidates(LineState state, int partyIndex, AmountBand band)
    {
        var party = _index.Parties[partyIndex];
        var level = state.FindParty(partyIndex)!.Level;
        var date = state.Line.Date;

        // 1. entries named in the text (a structured reference or document number), one by one and as a group
        var named = _named;
        named.Clear();
        foreach (var hit in state.Hits)
        {
            ref readonly var entry = ref _index.Entries[hit.Entry];
            if (entry.Party != partyIndex || !Eligible(state, entry)) continue;
            if (!Names(state, hit) && !(hit.DigitsOnly && level != RelatedPartyMatch.No)) continue;
            named.Add(hit.Entry);
        }

        named.Sort(_byAge);
        var exactFound = false;
        foreach (var e in named)
        {
            Add(state, CandidateKind.Single, partyIndex, [e]);
            exactFound |= band.Contains(_index.Entries[e].Applicable(date)) || band.Contains(_index.Entries[e].Remaining);
        }

        if (named.Count >= 2 && named.Count <= CombinationSearch.MaxItems)
        {
            Add(state, CandidateKind.NamedGroup, partyIndex, [.. named]);
            long total = 0, totalRemaining = 0;
            foreach (var e in named)
            {
                total += _index.Entries[e].Applicable(date);
                totalRemaining += _index.Entries[e].Remaining;
            }

            if (!band.Contains(total) && !band.Contains(totalRemaining) && !exactFound)
            {
                AddSubset(state, CandidateKind.NamedSubset, partyIndex, named, maxSize: named.Count - 1);
            }
            else
            {
                exactFound = true;
            }
        }

        // 1b. the named invoice(s) less credit memos of the party: what is short is credited, not owed
        if (named.Count > 0) AddNetOfCredits(state, partyIndex, named);

        // 2. the party's entries with this amount
        ReadOnlySpan<AmountKey> keys = party.Amounts;
        var added = 0;
        for (var i = AmountKey.LowerBound(keys, band.Min); i < keys.Length && keys[i].Amount <= band.Max && added < MaxAmountMatchesPerParty; i++)
        {
            Counters.AmountKeysRead++;
            ref readonly var entry = ref _index.Entries[keys[i].Entry];
            if (!keys[i].IsValidOn(entry, date) || !Eligible(state, entry) || !DatedOk(state, entry)) continue;
            Add(state, CandidateKind.Single, partyIndex, [entry.Index]);
            exactFound = true;
            added++;
        }

        if (level == RelatedPartyMatch.No) return;

        // 3. several open entries of the party adding up exactly to the payment, none named
        var open = OldestOpen(state, partyIndex, state.Sign, _open);

        if (open.Count == 0) return;
        if (!exactFound && open.Count >= 2) AddSubset(state, CandidateKind.Combination, partyIndex, open, maxSize: open.Count);

        // 4. part payment on account: the oldest open entry
        Add(state, CandidateKind.OldestOpen, partyIndex, [open[0]]);
    }

    /// <summary>
    /// Candidates that apply the named entries in full together with credit memos (opposite sign) of the same party
    /// whose remaining amounts make up exactly the difference: the credit memos named in the text, else the party's
    /// open ones (oldest first, at most <see cref="MaxCreditMemoSize"/> together).
    /// </summary>
    private void AddNetOfCredits(LineState state, int partyIndex, List<int> named)
    {
        var namedCredits = _namedCredits;
        namedCredits.Clear();
        foreach (var hit in state.Hits)
        {
            ref readonly var entry = ref _index.Entries[hit.Entry];
            if (entry.Party != partyIndex || entry.Sign == state.Sign || entry.Currency != state.Currency || !hit.AnyDocument || !DatedOk(state, entry)) continue;
            namedCredits.Add(hit.Entry);
        }

        namedCredits.Sort(_byAge);
        List<int>? openCredits = null;
        foreach (var e in named) TryNetOfCredits(state, partyIndex, [e], namedCredits, ref openCredits);
        if (named.Count >= 2 && named.Count <= CombinationSearch.MaxItems) TryNetOfCredits(state, partyIndex, [.. named], namedCredits, ref openCredits);
    }

    private void TryNetOfCredits(LineState state, int partyIndex, int[] invoices, List<int> namedCredits, ref List<int>? openCredits)
    {
        var date = state.Line.Date;
        long applicable = 0, remaining = 0;
        foreach (var e in invoices)
        {
            applicable += _index.Entries[e].Applicable(date);
            remaining += _index.Entries[e].Remaining;
        }

        if (TryCredits(state, partyIndex, invoices, namedCredits, applicable - state.Amount, namedCredits.Count)) return;
        if (remaining != applicable && TryCredits(state, partyIndex, invoices, namedCredits, remaining - state.Amount, namedCredits.Count)) return;
        if (namedCredits.Count > 0) return;

        openCredits ??= OldestOpen(state, partyIndex, -state.Sign, _openCredits);

        if (TryCredits(state, partyIndex, invoices, openCredits, applicable - state.Amount, MaxCreditMemoSize)) return;
        if (remaining != applicable) TryCredits(state, partyIndex, invoices, openCredits, remaining - state.Amount, MaxCreditMemoSize);
    }

    private bool TryCredits(LineState state, int partyIndex, int[] invoices, List<int> credits, long shortfall, int maxSize)
    {
        if (shortfall <= 0 || credits.Count == 0 || maxSize == 0) return false;
        Span<long> amounts = stackalloc long[credits.Count];
        for (var i = 0; i < credits.Count; i++) amounts[i] = _index.Entries[credits[i]].Remaining;
        Span<int> solutions = stackalloc int[MaxCombinationSolutions];
        var found = CombinationSearch.Find(amounts, shortfall, minSize: 1, maxSize, solutions);
        if (found == 0) return false;
        var entries = new int[invoices.Length + BitOperations.PopCount((uint)solutions[0])];
        invoices.CopyTo(entries, 0);
        var at = invoices.Length;
        for (var i = 0; i < credits.Count; i++)
        {
            if ((solutions[0] & (1 << i)) != 0) entries[at++] = credits[i];
        }

        var candidate = Add(state, CandidateKind.NetOfCredits, partyIndex, entries);
        candidate.CombinationCount = found;
        if (found > 1) candidate.Flags |= CandidateFlags.SeveralCombinations;
        state.Netted.AddRange(invoices);
        return true;
    }

    /// <summary>
    /// The party's oldest open entries of one sign in the line's currency, posted by the payment date, for the
    /// combination and credit-memo searches: at most <see cref="MatchingSettings.MaxCombinationEntries"/>, found among
    /// at most <see cref="MatchingSettings.MaxEntriesPerParty"/> entries of that sign, so a party with thousands of open
    /// entries costs no more per line than one with a few.
    /// </summary>
    private List<int> OldestOpen(LineState state, int partyIndex, int sign, List<int> open)
    {
        open.Clear();
        var take = Math.Min(_settings.MaxCombinationEntries, CombinationSearch.MaxItems);
        var read = 0;
        foreach (var e in _index.Parties[partyIndex].EntriesOfSign(sign))
        {
            if (read++ >= _settings.MaxEntriesPerParty) break;
            Counters.PartyEntriesRead++;
            ref readonly var entry = ref _index.Entries[e];
            if (entry.Currency != state.Currency || !DatedOk(state, entry)) continue;
            open.Add(e);
            if (open.Count >= take) break;
        }

        return open;
    }

    private void AddSubset(LineState state, CandidateKind kind, int party, List<int> entries, int maxSize)
    {
        var date = state.Line.Date;
        Span<long> amounts = stackalloc long[entries.Count];
        for (var i = 0; i < entries.Count; i++) amounts[i] = _index.Entries[entries[i]].Applicable(date);
        Span<int> solutions = stackalloc int[MaxCombinationSolutions];
        var found = CombinationSearch.Find(amounts, state.Amount, minSize: 2, maxSize, solutions);
        if (found == 0) return;
        var chosen = new int[BitOperations.PopCount((uint)solutions[0])];
        var at = 0;
        for (var i = 0; i < entries.Count; i++)
        {
            if ((solutions[0] & (1 << i)) != 0) chosen[at++] = entries[i];
        }

        var candidate = Add(state, kind, party, chosen);
        candidate.CombinationCount = found;
        if (found > 1) candidate.Flags |= CandidateFlags.SeveralCombinations;
    }

    /// <summary>Entries of any party whose amount fits the payment (no party or text evidence needed), nearest first.</summary>
    private void AddAmountCandidates(LineState state, AmountBand band)
    {
        foreach (var type in LedgerTypes)
        {
            var pool = _index.Pool(state.Currency, type, state.Sign);
            if (pool is null) continue;
            _scratch.Clear();
            // an amount shared by more entries than the cap says nothing on its own: fetch one more to know
            pool.Collect(_index.Entries, band.Min, band.Max, state.Amount, state.Line.Date, _settings.MaxAmountCandidates + 1, _scratch, Counters);
            if (_scratch.Count > _settings.MaxAmountCandidates) continue;
            foreach (var e in _scratch)
            {
                ref readonly var entry = ref _index.Entries[e];
                if (!DatedOk(state, entry)) continue;
                var known = state.FindParty(entry.Party) is not null;
                var evidence = Evidence(state, entry.Party);
                if (!known) Grade(evidence);
                Add(state, CandidateKind.Single, entry.Party, [e]);
            }
        }
    }

    private void AddTextMappings(LineState state)
    {
        if (_settings.TextMappings.Count == 0) return;
        var text = " " + TextFold.FoldWords(state.Line.Description) + " " + TextFold.FoldWords(state.Line.CounterpartyName) + " ";
        var bestLength = 0;
        var matches = new List<TextToAccountMapping>();
        foreach (var mapping in _settings.TextMappings)
        {
            var folded = TextFold.FoldWords(mapping.MappingText);
            // whole words only: "FEE" must not fire inside "COFFEE"
            if (folded.Length == 0 || !text.Contains(" " + folded + " ", StringComparison.Ordinal)) continue;
            if (mapping.AccountFor(state.Line.Amount) is null) continue;
            if (folded.Length > bestLength)
            {
                bestLength = folded.Length;
                matches.Clear();
            }

            if (folded.Length == bestLength) matches.Add(mapping);
        }

        foreach (var mapping in matches)
        {
            var account = mapping.AccountFor(state.Line.Amount)!;
            if (_work.Candidates.Exists(c => c.Kind == CandidateKind.TextMapping && Equals(c.Account, account))) continue;
            _work.Candidates.Add(new Candidate
            {
                Kind = CandidateKind.TextMapping,
                Party = -1,
                Entries = [],
                Mapping = mapping,
                Account = account,
                Confidence = MatchConfidence.High,
                Score = MatchingEngine.TextMappingScore,
                Rule = "Text-to-account mapping",
                ReviewRequired = false,
            });
        }
    }

    private Candidate Add(LineState state, CandidateKind kind, int party, int[] entries)
    {
        var candidate = _work.NewCandidate(kind, party, entries);
        _work.Candidates.Add(candidate);
        return candidate;
    }

    /// <summary>Criteria, rule, confidence, score and planned amounts of one candidate; false when no rule applies.</summary>
    private bool Evaluate(LineState state, Candidate candidate, AmountBand band)
    {
        Counters.CandidatesEvaluated++;
        var date = state.Line.Date;
        var evidence = state.FindParty(candidate.Party)!;
        var level = evidence.Level;
        candidate.Evidence = evidence;
        candidate.PartyCriterion = level;

        long remaining = 0, applicable = 0;
        bool allValidReferences = true, allFullDocuments = true, anyBeforePosting = false, anyNamed = false, allNamed = true, nearReference = false;
        foreach (var e in candidate.Entries)
        {
            ref readonly var entry = ref _index.Entries[e];
            // credit memos netted against invoices count against them (only NetOfCredits mixes signs)
            var credit = entry.Sign != state.Sign;
            remaining += credit ? -entry.Remaining : entry.Remaining;
            applicable += credit ? -entry.Remaining : entry.Applicable(date);
            var hit = state.FindHit(e);
            allValidReferences &= hit is { ReferenceValid: true };
            allFullDocuments &= hit is not null && (hit.FullDocument || hit.ReferenceValid);
            anyNamed |= hit is not null && Names(state, hit);
            allNamed &= (hit is not null && Names(state, hit)) || (hit is { DigitsOnly: true } && level != RelatedPartyMatch.No);
            nearReference |= hit is { ReferenceNear: true } && state.NearReferenceUnique;
            anyBeforePosting |= entry.PostingDate > date;
        }

        candidate.Remaining = remaining;
        candidate.Applicable = applicable;
        candidate.Relation = Planning.Relate(state.Amount, remaining, applicable, band);
        if (candidate.Relation == AmountRelation.Partial && candidate.Kind is CandidateKind.Single or CandidateKind.OldestOpen) TryLessCharges(state, candidate);
        PlanDefault(state, candidate);

        var exactNet = candidate.Relation is AmountRelation.Exact or AmountRelation.ExactWithDiscount;
        if (candidate.Kind == CandidateKind.NetOfCredits && !exactNet) return false;
        var document = DocumentNoMatch.No;
        if (candidate.Kind is CandidateKind.NamedGroup or CandidateKind.NamedSubset or CandidateKind.NetOfCredits)
        {
            document = DocumentNoMatch.YesMultiple;
        }
        else if (candidate.Kind is CandidateKind.Single or CandidateKind.OldestOpen && state.FindHit(candidate.Entries[0]) is { } hit)
        {
            if (Names(state, hit) || (hit.DigitsOnly && level != RelatedPartyMatch.No)) document = DocumentNoMatch.Yes;
        }

        var inBand = candidate.Relation is AmountRelation.Exact or AmountRelation.ExactWithDiscount or AmountRelation.WithinTolerance;
        var amount = AmountMatch.NoMatches;
        if (inBand)
        {
            candidate.AmountCount = candidate.Kind is CandidateKind.Single or CandidateKind.OldestOpen
                ? (level != RelatedPartyMatch.No ? CountInParty(state, candidate.Party, band) : CountInPool(state, candidate.Party, band))
                : 1;
            amount = candidate.AmountCount <= 1 ? AmountMatch.OneMatch : AmountMatch.MultipleMatches;
        }

        candidate.DocumentCriterion = document;
        candidate.AmountCriterion = amount;
        if (anyBeforePosting) candidate.Flags |= CandidateFlags.BeforePosting;
        if (OtherPartyIdentified(state, evidence)) candidate.Flags |= CandidateFlags.OtherPartyIdentified;

        // a document number or reference in the text that points at another entry outweighs an amount-only fit
        if (!anyNamed && state.FirstNamedEntry >= 0) candidate.Flags |= CandidateFlags.TextNamesOtherEntry;
        var exact = candidate.Relation is AmountRelation.Exact or AmountRelation.ExactWithDiscount;

        // a part payment of an invoice that an exact "less credit memo" candidate settles is not taken at face value
        if (candidate.Relation is AmountRelation.Partial or AmountRelation.LessCharges && candidate.Kind != CandidateKind.NetOfCredits && state.Netted.Count > 0
            && AllNetted(state, candidate))
        {
            candidate.Flags |= CandidateFlags.CreditMemoFits;
        }

        var table = _rules.Best(level, document, amount);
        if (candidate.Kind == CandidateKind.NetOfCredits)
        {
            // named credit memos (all entries named) decide like a named group; a credit memo found only by its amount
            // needs the payer's name or account on the invoice's party, a single fitting set, and a credit memo posted
            // with or after the invoice
            var sure = anyNamed && (allNamed || (level != RelatedPartyMatch.No && (candidate.Flags & CandidateFlags.SeveralCombinations) == 0
                && CreditsPostedWithInvoices(state, candidate)));
            Set(candidate, sure ? MatchConfidence.High : MatchConfidence.Medium, sure ? NetOfCreditsScore : NetOfCreditsReviewScore,
                allNamed ? "Invoice less credit memo" : "Invoice less open credit memo");
        }
        else if (allValidReferences && candidate.Kind != CandidateKind.Combination)
        {
            if (inBand) Set(candidate, MatchConfidence.High, StructuredReferenceScore, "Structured reference");
            else if (candidate.Relation == AmountRelation.LessCharges && (level != RelatedPartyMatch.No || candidate.ChargesReported)) Set(candidate, MatchConfidence.High, StructuredReferencePartScore, "Structured reference, less bank charges");
            else if (candidate.Relation == AmountRelation.Partial && level != RelatedPartyMatch.No) Set(candidate, MatchConfidence.High, StructuredReferencePartScore, "Structured reference, part payment");
            else Set(candidate, MatchConfidence.Medium, StructuredReferenceDiffersScore, "Structured reference, amount differs");
        }
        else if (candidate.Kind == CandidateKind.Combination)
        {
            var sure = level == RelatedPartyMatch.Fully && (candidate.Flags & CandidateFlags.SeveralCombinations) == 0;
            Set(candidate, sure ? MatchConfidence.High : MatchConfidence.Medium, sure ? CombinationScore : CombinationReviewScore, "Combination of open entries");
        }
        else if (candidate.Kind == CandidateKind.NamedSubset)
        {
            Set(candidate, MatchConfidence.Medium, NamedSubsetScore, "Some of the named entries");
        }
        else if (nearReference && exact && level != RelatedPartyMatch.No && candidate.Kind is CandidateKind.Single or CandidateKind.OldestOpen)
        {
            Set(candidate, MatchConfidence.High, NearReferenceScore, "Reference with one wrong digit");
        }
        else if (candidate.Relation == AmountRelation.LessCharges && document != DocumentNoMatch.No && allFullDocuments && level != RelatedPartyMatch.No)
        {
            Set(candidate, MatchConfidence.High, DocumentLessChargesScore, "Document number, less bank charges");
        }
        else if (table is { Confidence: MatchConfidence.High })
        {
            Set(candidate, table.Confidence, table.Score, _rules.NameOf(table, ours: true));
        }
        else if (document != DocumentNoMatch.No && allFullDocuments && exact && level != RelatedPartyMatch.Fully)
        {
            Set(candidate, MatchConfidence.High, InvoiceAndExactAmountScore, "Document number and exact amount");
        }
        else if (level == RelatedPartyMatch.Partially && evidence.NameSimilarity >= CloseName && exact
            && candidate.Kind is CandidateKind.Single or CandidateKind.OldestOpen && CountInPool(state, candidate.Party, band) == 1)
        {
            // a similar (or shared) name is not enough on its own: the amount must also be unique across the ledger
            candidate.AmountCount = 1;
            candidate.Flags |= CandidateFlags.UniqueInPool;
            Set(candidate, MatchConfidence.High, SimilarNameAndExactAmountScore, "Similar name and exact amount");
        }
        else if (table is not null)
        {
            Set(candidate, table.Confidence, table.Score, _rules.NameOf(table, ours: true));
        }
        else
        {
            return false;
        }

        // a payer known by name alone, with a near-namesake of the same type, needs more than an amount others share too
        if (candidate.Confidence == MatchConfidence.High && document == DocumentNoMatch.No && !allValidReferences && NameOnly(evidence)
            && CountInPool(state, candidate.Party, band) > 1 && HasNamesakeWithAmount(state, candidate.Party, band))
        {
            candidate.Flags |= CandidateFlags.NearNamesake;
        }

        if ((candidate.Flags & (CandidateFlags.OtherPartyIdentified | CandidateFlags.BeforePosting | CandidateFlags.TextNamesOtherEntry
            | CandidateFlags.NearNamesake | CandidateFlags.CreditMemoFits)) != 0)
        {
            candidate.Downgrade();
        }

        // ...and ranks below the netted candidate even when both need review
        if ((candidate.Flags & CandidateFlags.CreditMemoFits) != 0) candidate.Score = Math.Min(candidate.Score, NetOfCreditsReviewScore - 1);

        var hitStrength = 0;
        foreach (var e in candidate.Entries) hitStrength += state.FindHit(e)?.Strength ?? 0;
        var relationRank = (int)AmountRelation.Over - (int)candidate.Relation;
        candidate.Tiebreak = (long)hitStrength * 10_000_000L + relationRank * 1_000_000L
            + (long)(evidence.NameSimilarity * 1000) * 1000L + (evidence.ByAccount ? 500 : 0) + (evidence.NameInText ? 100 : 0);
        return true;
    }

    /// <summary>
    /// True when another party of the same type has a name similar to the payer's and an open entry with the line's
    /// amount, e.g. "Haugen &amp; Aas AS" for the payer "Hagen &amp; Aas AS" when both have a 20 000.00 invoice. Name
    /// retrieval keeps only the best names, so this looks at every party sharing a word with the payer, narrowed by
    /// amount first; computed once per line and ledger type.
    /// </summary>
    private bool HasNamesakeWithAmount(LineState state, int party, AmountBand band)
    {
        var type = _index.Parties[party].Type;
        var found = _namesakesWithAmount[(int)type];
        if (!_namesakesKnown[(int)type])
        {
            found.Clear();
            _names.SharingAWord(_payer, NearNamesakePostingsFactor * _settings.MaxNamePostings, _sharingAWord);
            foreach (var other in _sharingAWord)
            {
                if (_index.Parties[other].Type != type || CountInParty(state, other, band) == 0) continue;
                if (PayerSimilarity(_index.Parties[other].Profile) >= NameSimilarity.Fuzzy) found.Add(other);
            }

            _namesakesKnown[(int)type] = true;
        }

        foreach (var other in found)
        {
            if (other != party) return true;
        }

        return false;
    }

    /// <summary>
    /// An unnamed credit memo is taken as the correction of the invoice only when it was posted on or after the
    /// invoice: an older credit memo that happens to equal the shortfall is as likely a coincidence with a part payment.
    /// </summary>
    private bool CreditsPostedWithInvoices(LineState state, Candidate candidate)
    {
        var latestInvoice = DateOnly.MinValue;
        foreach (var e in candidate.Entries)
        {
            ref readonly var entry = ref _index.Entries[e];
            if (entry.Sign == state.Sign && entry.PostingDate > latestInvoice) latestInvoice = entry.PostingDate;
        }

        foreach (var e in candidate.Entries)
        {
            ref readonly var entry = ref _index.Entries[e];
            if (entry.Sign != state.Sign && state.FindHit(e) is not { AnyDocument: true } && entry.PostingDate < latestInvoice) return false;
        }

        return true;
    }

    /// <summary>How alike the payer name (or its part before a comma: the rest is an address) and a party name are.</summary>
    private double PayerSimilarity(NameProfile party)
    {
        Counters.NameComparisons++;
        var similarity = NameSimilarity.Calculate(_payer, party, _payerLength);
        if (_payerBeforeComma.IsEmpty || similarity >= 1.0) return similarity;
        // the part before the comma is the whole name as the payer wrote it: it was not cut off
        return Math.Max(similarity, NameSimilarity.Calculate(_payerBeforeComma, party, 0));
    }

    private static bool AllNetted(LineState state, Candidate candidate)
    {
        foreach (var e in candidate.Entries)
        {
            if (!state.Netted.Contains(e)) return false;
        }

        return true;
    }

    /// <summary>The hit names its entry: a reference, a whole document number, or the only reference one typo away.</summary>
    private static bool Names(LineState state, EntryHit hit) => hit.AnyDocument || (hit.ReferenceNear && state.NearReferenceUnique);

    private static bool NameOnly(PartyEvidence evidence) => !evidence.ByAccount && !evidence.AddressAndCity && evidence.NameSimilarity > 0;

    /// <summary>
    /// A single entry paid short by what a bank deducts as charges: the charges the bank reported on the line, or a
    /// shortfall within the allowance (<see cref="MatchingSettings.BankChargesMaxAmount"/> and
    /// <see cref="MatchingSettings.BankChargesMaxPercent"/>). Tried against the remaining amount, then the discounted one.
    /// </summary>
    private void TryLessCharges(LineState state, Candidate candidate)
    {
        var remaining = candidate.Remaining;
        var discounted = candidate.Applicable;
        foreach (var basis in remaining == discounted ? [remaining] : new[] { remaining, discounted })
        {
            var shortfall = basis - state.Amount;
            if (shortfall <= 0) continue;
            var reported = state.Charges > 0 && shortfall == state.Charges;
            if (!reported && !WithinChargesAllowance(state, shortfall, basis)) continue;
            candidate.Relation = AmountRelation.LessCharges;
            candidate.ChargesReported = reported;
            candidate.Applicable = basis;
            return;
        }
    }

    private bool WithinChargesAllowance(LineState state, long shortfall, long basis)
    {
        var maxAmount = MatchIndex.ToMinor(Math.Max(0m, _settings.BankChargesMaxAmount), state.Scale);
        return shortfall <= maxAmount && shortfall * 100m <= basis * Math.Max(0m, _settings.BankChargesMaxPercent);
    }

    private static void Set(Candidate candidate, MatchConfidence confidence, int score, string rule)
    {
        candidate.Confidence = confidence;
        candidate.Score = score;
        candidate.Rule = rule;
        candidate.ReviewRequired = confidence != MatchConfidence.High;
    }

    /// <summary>
    /// Exact: each entry's remaining amount. Exact with discount: the discounted amounts plus the discounts. Otherwise
    /// oldest first, each entry at most its remaining amount, no discount: a short payment leaves the difference on the
    /// last entry, an overpayment leaves it on the line.
    /// </summary>
    private void PlanDefault(LineState state, Candidate candidate)
    {
        var count = candidate.Entries.Length;
        var planned = new long[count];
        // most candidates take no discount: an array is made only for those that do
        Span<long> discounts = count <= 64 ? stackalloc long[count] : new long[count];
        if (candidate.Kind == CandidateKind.NetOfCredits)
        {
            // every entry in full (invoices with their discount when the net amount took it): they net to the line
            for (var i = 0; i < count; i++)
            {
                ref readonly var entry = ref _index.Entries[candidate.Entries[i]];
                var discount = entry.Sign == state.Sign && candidate.Relation == AmountRelation.ExactWithDiscount && entry.DiscountApplies(state.Line.Date);
                discounts[i] = discount ? entry.Discount : 0;
                planned[i] = entry.Remaining - discounts[i];
            }

            candidate.Planned = planned;
            candidate.PlannedDiscount = Planning.Shared(discounts);
            return;
        }

        if (candidate.Relation == AmountRelation.LessCharges)
        {
            // the whole line goes to the entry; the discount (if the net amount took it) and the charges close the rest
            planned[0] = state.Amount;
            discounts[0] = candidate.Remaining - candidate.Applicable;
            candidate.Planned = planned;
            candidate.PlannedDiscount = Planning.Shared(discounts);
            candidate.PlannedCharges = [candidate.Applicable - state.Amount];
            return;
        }

        var left = state.Amount;
        for (var i = 0; i < count && left > 0; i++)
        {
            ref readonly var entry = ref _index.Entries[candidate.Entries[i]];
            if (candidate.Relation == AmountRelation.ExactWithDiscount && entry.DiscountApplies(state.Line.Date))
            {
                planned[i] = Math.Min(entry.Remaining - entry.Discount, left);
                discounts[i] = planned[i] == entry.Remaining - entry.Discount ? entry.Discount : 0;
            }
            else
            {
                planned[i] = Math.Min(entry.Remaining, left);
            }

            left -= planned[i];
        }

        candidate.Planned = planned;
        candidate.PlannedDiscount = Planning.Shared(discounts);
    }

    private int CountInParty(LineState state, int partyIndex, AmountBand band)
    {
        ReadOnlySpan<AmountKey> keys = _index.Parties[partyIndex].Amounts;
        var count = 0;
        var date = state.Line.Date;
        for (var i = AmountKey.LowerBound(keys, band.Min); i < keys.Length && keys[i].Amount <= band.Max; i++)
        {
            Counters.AmountKeysRead++;
            ref readonly var entry = ref _index.Entries[keys[i].Entry];
            if (!keys[i].IsValidOn(entry, date) || !Eligible(state, entry) || !DatedOk(state, entry)) continue;
            if (++count >= 2) break;
        }

        return count;
    }

    private int CountInPool(LineState state, int partyIndex, AmountBand band) =>
        _index.Pool(state.Currency, _index.Parties[partyIndex].Type, state.Sign)?.CountInBand(_index.Entries, band.Min, band.Max, state.Line.Date, stopAt: 2, Counters) ?? 0;

    /// <summary>True when the line clearly points at a different party: its bank account, or a unique name, or (for an unrelated party) any Fully match.</summary>
    private static bool OtherPartyIdentified(LineState state, PartyEvidence evidence)
    {
        if (evidence.Level == RelatedPartyMatch.Fully) return false;
        foreach (var other in state.Parties)
        {
            if (other.Party == evidence.Party || other.Level != RelatedPartyMatch.Fully) continue;
            if (other.ByAccount || evidence.Level == RelatedPartyMatch.No) return true;
        }

        return false;
    }
}
