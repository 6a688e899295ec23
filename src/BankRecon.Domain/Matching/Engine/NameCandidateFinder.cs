namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// Retrieves the few parties whose names could match a payer name or appear in a text, through the name-word,
/// word-prefix and whole-name indexes. Posting lists longer than <see cref="MatchingSettings.MaxNamePostings"/> (very
/// common words) are not read; the whole-name look-up still finds exact names. Reuses its buffers across lines.
/// </summary>
internal sealed class NameCandidateFinder
{
    private readonly MatchIndex _index;
    private readonly int _maxPostings;
    private readonly WorkCounters _counters;
    private readonly int[] _stamp;
    private readonly int[] _hits;
    private readonly List<int> _touched = [];
    private readonly List<int> _inText = [];
    private readonly Comparison<int> _longerNameFirst;
    private int _generation;

    public NameCandidateFinder(MatchIndex index, int maxPostings, WorkCounters counters)
    {
        _index = index;
        _maxPostings = maxPostings;
        _counters = counters;
        _stamp = new int[index.Parties.Length];
        _hits = new int[index.Parties.Length];
        _longerNameFirst = (a, b) => _index.Parties[b].Profile.Length != _index.Parties[a].Profile.Length
            ? _index.Parties[b].Profile.Length.CompareTo(_index.Parties[a].Profile.Length)
            : a.CompareTo(b);
    }

    /// <summary>Parties sharing words (or word prefixes) with <paramref name="payer"/>, most shared words first.</summary>
    public void ForName(NameProfile payer, int max, List<int> result)
    {
        result.Clear();
        if (payer.IsEmpty) return;
        Begin();
        // the same name: every one is as good as the next, so a name thousands of parties share is read only up to the cap
        var sameName = _index.PartiesByNameKey.Get(payer.SortedKey);
        if (sameName.Length > _maxPostings) sameName = sameName[.._maxPostings];
        _counters.NamePostingsRead += sameName.Length;
        foreach (var party in sameName) Touch(party, 4);

        foreach (var token in payer.Tokens) TouchWord(token, _maxPostings, wordWeight: 2);

        Collect(max, result);
    }

    /// <summary>
    /// Every party that shares a whole word, or the first or last four letters of a word, with <paramref name="payer"/>
    /// (posting lists up to <paramref name="maxPostings"/> long), for checks that must not miss a near-namesake.
    /// </summary>
    public void SharingAWord(NameProfile payer, int maxPostings, List<int> result)
    {
        result.Clear();
        if (payer.IsEmpty) return;
        Begin();
        foreach (var token in payer.Tokens) TouchWord(token, maxPostings, wordWeight: 1);

        result.AddRange(_touched);
    }

    /// <summary>Parties all of whose name words occur as words of the text atoms [first, end).</summary>
    public void InText(TextAtoms atoms, int first, int end, int max, List<int> result)
    {
        result.Clear();
        Begin();
        for (var i = first; i < end; i++)
        {
            if (atoms.Atoms[i].IsDigit || atoms.Atoms[i].Length < 2) continue;
            TouchAll(_index.PartiesByNameWord.Get(atoms.Span(i)), _maxPostings, 1);
        }

        var candidates = _inText;
        candidates.Clear();
        foreach (var party in _touched)
        {
            var profile = _index.Parties[party].Profile;
            if (_hits[party] >= IndexedWords(profile) && profile.Length >= 4 && AllWordsPresent(profile, atoms, first, end))
            {
                candidates.Add(party);
            }
        }

        candidates.Sort(_longerNameFirst);
        for (var i = 0; i < candidates.Count && i < max; i++) result.Add(candidates[i]);
    }

    private static int IndexedWords(NameProfile profile)
    {
        var count = 0;
        foreach (var token in profile.Tokens)
        {
            if (token.Length >= 2) count++;
        }

        return count;
    }

    private static bool AllWordsPresent(NameProfile profile, TextAtoms atoms, int first, int end)
    {
        foreach (var token in profile.Tokens)
        {
            var found = false;
            for (var i = first; i < end && !found; i++)
            {
                found = !atoms.Atoms[i].IsDigit && atoms.Span(i).SequenceEqual(token);
            }

            if (!found) return false;
        }

        return true;
    }

    /// <summary>Touches the parties with the word, and (weight 1) those sharing its first or last four letters.</summary>
    private void TouchWord(string token, int maxPostings, int wordWeight)
    {
        if (token.Length >= 2) TouchAll(_index.PartiesByNameWord.Get(token), maxPostings, wordWeight);
        if (token.Length >= MatchIndex.NamePrefixLength) TouchAll(_index.PartiesByNamePrefix.Get(token.AsSpan(0, MatchIndex.NamePrefixLength)), maxPostings, 1);
        if (token.Length > MatchIndex.NamePrefixLength)
        {
            Span<char> suffix = stackalloc char[MatchIndex.NamePrefixLength + 1];
            TouchAll(_index.PartiesByNamePrefix.Get(MatchIndex.SuffixKey(token, suffix)), maxPostings, 1);
        }
    }

    /// <summary>Touches every party of a posting list no longer than <paramref name="maxPostings"/>; a longer list says too little to be read.</summary>
    private void TouchAll(ReadOnlySpan<int> parties, int maxPostings, int weight)
    {
        if (parties.Length > maxPostings)
        {
            _counters.NameListsSkipped++;
            return;
        }

        _counters.NamePostingsRead += parties.Length;
        foreach (var party in parties) Touch(party, weight);
    }

    private void Begin()
    {
        _generation++;
        _touched.Clear();
    }

    private void Touch(int party, int weight)
    {
        if (_stamp[party] != _generation)
        {
            _stamp[party] = _generation;
            _hits[party] = 0;
            _touched.Add(party);
        }

        _hits[party] += weight;
    }

    /// <summary>
    /// The <paramref name="max"/> parties with most hits (ties: lower index), without sorting every touched party:
    /// hit counts are small numbers, so one pass per hit level from the top is cheaper than a sort.
    /// </summary>
    /// <remarks>
    /// Parties with less than half the best party's hits share too little of the name to be similar and are skipped.
    /// </remarks>
    private void Collect(int max, List<int> result)
    {
        var top = 0;
        foreach (var party in _touched) top = Math.Max(top, _hits[party]);
        var minimumHits = Math.Max(1, (top + 1) / 2);
        for (var level = top; level >= minimumHits && result.Count < max; level--)
        {
            var levelStart = result.Count;
            foreach (var party in _touched)
            {
                if (_hits[party] == level) result.Add(party);
            }

            // within a level, lowest party index first, and never more than max in total
            result.Sort(levelStart, result.Count - levelStart, Comparer<int>.Default);
            if (result.Count > max) result.RemoveRange(max, result.Count - max);
        }
    }
}
