using BankRecon.Domain.Common;

namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// Business Central's "Apply Automatically" scoring (codeunit 1255, spec C1.4) for one line: related party by bank
/// account then name nearness, document number as a token (first occurrence only), amount band counted across the
/// ledger-type pool, best rule of the table, one-to-many "Yes - Multiple" groups, text-to-account mappings.
/// BC scores every pair; we score the pairs that can reach the minimum rule score with the default rules: entries of
/// related parties, entries whose number is in the text and entries whose amount is in the band (bounded, see
/// docs/domain/matching.md).
/// </summary>
internal sealed class BusinessCentralMatcher
{
    private readonly MatchIndex _index;
    private readonly MatchingSettings _settings;
    private readonly RuleTable _rules;
    private readonly TextAtoms _atoms = new();
    private readonly NameCandidateFinder _names;
    private readonly int[] _entryStamp;
    private readonly List<int> _entries = [];
    private readonly List<int> _parties = [];
    private int _generation;

    public WorkCounters Counters { get; } = new();

    // the line being matched: its candidates and party evidence, reused line after line
    private readonly LineWorkspace _work = new();

    public BusinessCentralMatcher(MatchIndex index, MatchingSettings settings, RuleTable rules)
    {
        _index = index;
        _settings = settings;
        _rules = rules;
        _names = new NameCandidateFinder(index, settings.MaxNamePostings, Counters);
        _entryStamp = new int[index.Entries.Length];
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
        _generation++;
        _entries.Clear();
        var searchText = ((line.Description ?? "") + " " + (line.Reference ?? "")).ToUpperInvariant();
        var band = AmountBand.For(state.Amount, state.Scale, _settings);

        var account = BankAccountNumber.Normalize(line.CounterpartyAccount);
        if (account.Length > 0) state.AccountParties = _index.PartiesByAccount.Get(account).ToArray();
        foreach (var party in state.AccountParties) AddPartyEntries(party);

        if (_settings.NameMatching != NameMatching.Disabled)
        {
            RetrieveNamedParties(state);
            foreach (var party in _parties)
            {
                if (Evidence(state, party).Level != RelatedPartyMatch.No) AddPartyEntries(party);
            }
        }

        FindDocumentCandidates(searchText);
        foreach (var type in new[] { PartyType.Customer, PartyType.Vendor })
        {
            _index.Pool(state.Currency, type, state.Sign)?.Collect(_index.Entries, band.Min, band.Max, state.Amount, line.Date, _settings.MaxAmountCandidates, _entries, Counters);
        }

        _entries.Sort();
        var poolCounts = new int[2] { -1, -1 };
        var groups = new SortedDictionary<int, List<int>>();
        var previous = -1;
        foreach (var e in _entries)
        {
            if (e == previous) continue;
            previous = e;
            ref readonly var entry = ref _index.Entries[e];
            if (entry.Currency != state.Currency || entry.Sign != state.Sign || line.Date < entry.PostingDate) continue;
            var evidence = Evidence(state, entry.Party);
            var document = DocumentMatches(searchText, _index.DocumentUpper![e]) || DocumentMatches(searchText, _index.ExternalUpper![e]);
            if (document)
            {
                var hit = state.Hit(e);
                hit.Document = DocumentMatches(searchText, _index.DocumentUpper![e]);
                hit.External = !hit.Document;
                if (!groups.TryGetValue(entry.Party, out var group)) groups[entry.Party] = group = [];
                group.Add(e);
            }

            var applicable = entry.Applicable(line.Date);
            var amount = AmountMatch.NoMatches;
            var count = 0;
            if (band.Contains(applicable))
            {
                count = PoolCount(state, entry.Source.PartyType, band, poolCounts);
                amount = count == 1 ? AmountMatch.OneMatch : AmountMatch.MultipleMatches;
            }

            var rule = _rules.Best(evidence.Level, document ? DocumentNoMatch.Yes : DocumentNoMatch.No, amount);
            if (rule is null) continue;
            var candidate = _work.NewCandidate(CandidateKind.Single, entry.Party, [e]);
            Describe(candidate, evidence, rule, document ? DocumentNoMatch.Yes : DocumentNoMatch.No, amount, count);
            candidate.Remaining = entry.Remaining;
            candidate.Applicable = applicable;
            Plan(state, candidate, band);
            _work.Candidates.Add(candidate);
        }

        AddGroups(state, groups, band, poolCounts);
        AddTextMappings(state);
    }

    private void AddGroups(LineState state, SortedDictionary<int, List<int>> groups, AmountBand band, int[] poolCounts)
    {
        var date = state.Line.Date;
        var groupsInBand = 0;
        foreach (var (_, members) in groups)
        {
            if (members.Count >= 2 && band.Contains(members.Sum(e => _index.Entries[e].Applicable(date)))) groupsInBand++;
        }

        foreach (var (party, members) in groups)
        {
            // BC drops groups with a single entry
            if (members.Count < 2) continue;
            members.Sort((a, b) => MatchIndex.CompareByAge(in _index.Entries[a], in _index.Entries[b]));
            var total = members.Sum(e => _index.Entries[e].Applicable(date));
            var amount = AmountMatch.NoMatches;
            var count = 0;
            if (band.Contains(total))
            {
                count = Math.Max(0, PoolCount(state, _index.Parties[party].Type, band, poolCounts)) + groupsInBand;
                amount = count == 1 ? AmountMatch.OneMatch : AmountMatch.MultipleMatches;
            }

            var evidence = Evidence(state, party);
            var rule = _rules.Best(evidence.Level, DocumentNoMatch.YesMultiple, amount);
            if (rule is null) continue;
            var candidate = _work.NewCandidate(CandidateKind.NamedGroup, party, [.. members]);
            Describe(candidate, evidence, rule, DocumentNoMatch.YesMultiple, amount, count);
            candidate.Remaining = members.Sum(e => _index.Entries[e].Remaining);
            candidate.Applicable = total;
            Plan(state, candidate, band);
            _work.Candidates.Add(candidate);
        }
    }

    private void AddTextMappings(LineState state)
    {
        var text = (state.Line.Description ?? "").ToUpperInvariant();
        if (text.Length == 0) return;
        foreach (var mapping in _settings.TextMappings)
        {
            var mappingText = (mapping.MappingText ?? "").Trim().ToUpperInvariant();
            // the whole mapping text must appear in the transaction text (LCS = mapping length, nearness 100)
            if (mappingText.Length == 0 || !text.Contains(mappingText, StringComparison.Ordinal)) continue;
            var target = mapping.AccountFor(state.Line.Amount);
            if (target is null) continue;
            _work.Candidates.Add(new Candidate
            {
                Kind = CandidateKind.TextMapping,
                Party = -1,
                Entries = [],
                Mapping = mapping,
                Account = target,
                Confidence = MatchConfidence.High,
                Score = MatchingEngine.TextMappingScore,
                Rule = "BC text-to-account mapping",
                ReviewRequired = false,
            });
        }
    }

    private void Describe(Candidate candidate, PartyEvidence evidence, PaymentApplicationRule rule, DocumentNoMatch document, AmountMatch amount, int count)
    {
        candidate.Evidence = evidence;
        candidate.PartyCriterion = evidence.Level;
        candidate.DocumentCriterion = document;
        candidate.AmountCriterion = amount;
        candidate.AmountCount = count;
        candidate.Confidence = rule.Confidence;
        candidate.Score = rule.Score;
        candidate.Rule = _rules.NameOf(rule, ours: false);
        candidate.ReviewRequired = rule.ReviewRequired;
    }

    /// <summary>What applying the candidate alone would do (the assignment recomputes it against availability).</summary>
    private void Plan(LineState state, Candidate candidate, AmountBand band)
    {
        Planning.Plan(candidate, _index.Entries, state.Amount, state.Line.Date);
        candidate.Relation = Planning.Relate(state.Amount, candidate.Remaining, candidate.Applicable, band);
    }

    private int PoolCount(LineState state, PartyType type, AmountBand band, int[] cache)
    {
        var slot = type == PartyType.Customer ? 0 : 1;
        if (cache[slot] < 0)
        {
            cache[slot] = _index.Pool(state.Currency, type, state.Sign)?.CountInBand(_index.Entries, band.Min, band.Max, state.Line.Date, stopAt: 2, Counters) ?? 0;
        }

        return cache[slot];
    }

    private void RetrieveNamedParties(LineState state)
    {
        var name = state.Line.CounterpartyName?.Trim();
        if (!string.IsNullOrEmpty(name))
        {
            _names.ForName(NameProfile.Create(name), _settings.MaxPartiesPerLine, _parties);
            return;
        }

        _atoms.Clear();
        _atoms.Append(state.Line.Description);
        _names.InText(_atoms, 0, _atoms.Count, _settings.MaxPartiesPerLine, _parties);
    }

    private void AddPartyEntries(int party)
    {
        ReadOnlySpan<int> entries = _index.Parties[party].EntriesByAge;
        for (var i = 0; i < entries.Length && i < _settings.MaxEntriesPerParty; i++) AddEntry(entries[i]);
    }

    private void AddEntry(int entry)
    {
        if (_entryStamp[entry] == _generation) return;
        _entryStamp[entry] = _generation;
        _entries.Add(entry);
    }

    private void FindDocumentCandidates(string searchText)
    {
        var i = 0;
        while (i < searchText.Length)
        {
            if (!char.IsAsciiLetterOrDigit(searchText[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < searchText.Length && char.IsAsciiLetterOrDigit(searchText[i])) i++;
            var codes = _index.EntriesByFirstRun.Get(searchText.AsSpan(start, i - start));
            for (var k = 0; k < codes.Length && k < TextEvidenceFinder.MaxEntriesPerKey; k++)
            {
                ref readonly var entry = ref _index.Entries[codes[k] >> 1];
                var documentNo = (codes[k] & 1) == 0 ? _index.DocumentUpper![codes[k] >> 1] : _index.ExternalUpper![codes[k] >> 1];
                if (DocumentMatches(searchText, documentNo)) AddEntry(entry.Index);
            }
        }
    }

    /// <summary>
    /// BC's DocNoMatching: at least 4 characters, and the FIRST occurrence in the upper-case text must be bounded by
    /// non-alphanumeric characters (so a number first seen inside a longer token is missed, as in BC).
    /// </summary>
    public static bool DocumentMatches(string searchTextUpper, string? documentNoUpper)
    {
        if (documentNoUpper is null || documentNoUpper.Length < 4) return false;
        var position = searchTextUpper.IndexOf(documentNoUpper, StringComparison.Ordinal);
        if (position < 0) return false;
        if (position > 0 && char.IsAsciiLetterOrDigit(searchTextUpper[position - 1])) return false;
        var end = position + documentNoUpper.Length;
        return end >= searchTextUpper.Length || !char.IsAsciiLetterOrDigit(searchTextUpper[end]);
    }

    /// <summary>BC's related-party ladder for one party: bank account → Fully; name → Partially, upgraded by City+Address or a unique name.</summary>
    private PartyEvidence Evidence(LineState state, int partyIndex)
    {
        var existing = state.FindParty(partyIndex);
        if (existing is not null) return existing;
        var evidence = _work.NewEvidence(partyIndex);
        state.Parties.Add(evidence);
        var party = _index.Parties[partyIndex];
        if (Array.IndexOf(state.AccountParties, partyIndex) >= 0)
        {
            evidence.ByAccount = true;
            evidence.Level = RelatedPartyMatch.Fully;
            return evidence;
        }

        if (_settings.NameMatching == NameMatching.Disabled || party.Name.Length == 0) return evidence;
        var line = state.Line;
        var payerName = line.CounterpartyName?.Trim();
        var fromName = !string.IsNullOrEmpty(payerName);
        var text = fromName ? payerName! : (line.Description ?? "").Trim();
        if (text.Length == 0) return evidence;
        var nearness = NameMatches(text, party.Name);
        if (nearness <= 0) return evidence;
        evidence.NameSimilarity = nearness / 100.0;
        evidence.NameInText = !fromName;
        evidence.Level = RelatedPartyMatch.Partially;
        if (fromName && Same(line.CounterpartyCity, party.City) && Same(line.CounterpartyAddress, party.Address))
        {
            evidence.AddressAndCity = true;
            evidence.Level = RelatedPartyMatch.Fully;
        }
        else if (ContainingCount(party) == 1)
        {
            evidence.UniqueName = true;
            evidence.Level = RelatedPartyMatch.Fully;
        }

        return evidence;
    }

    /// <summary>Nearness 0–100 when the setting says the name matches, else 0.</summary>
    private int NameMatches(string text, string name)
    {
        if (_settings.NameMatching == NameMatching.ExactWithPermutations)
        {
            if (text.Contains(name, StringComparison.OrdinalIgnoreCase)) return 100;
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2) return 0;
            var permuted = string.Join(' ', words.Skip(1)) + " " + words[0];
            return text.Contains(permuted, StringComparison.OrdinalIgnoreCase) ? 100 : 0;
        }

        // length pre-check: the text must be at least 65 % as long as the name
        if (text.Length * 100 < name.Length * 65) return 0;
        var nearness = StringNearness.Calculate(text, name);
        return nearness >= 95 ? nearness : 0;
    }

    /// <summary>BC's uniqueness: how many parties of the same type have a name containing this name (case-insensitive).</summary>
    private int ContainingCount(IndexedParty party)
    {
        if (party.BcContainingCount >= 0) return party.BcContainingCount;
        ReadOnlySpan<int> rarest = [party.Index];
        var found = false;
        foreach (var token in party.Profile.Tokens)
        {
            var list = _index.PartiesByNameWord.Get(token);
            if (!list.IsEmpty && (!found || list.Length < rarest.Length))
            {
                rarest = list;
                found = true;
            }
        }

        var count = 0;
        foreach (var other in rarest)
        {
            var candidate = _index.Parties[other];
            if (candidate.Type == party.Type && candidate.Name.Contains(party.Name, StringComparison.OrdinalIgnoreCase)) count++;
        }

        party.BcContainingCount = Math.Max(1, count);
        return party.BcContainingCount;
    }

    private static bool Same(string? a, string? b) =>
        !string.IsNullOrWhiteSpace(a) && !string.IsNullOrWhiteSpace(b) && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
