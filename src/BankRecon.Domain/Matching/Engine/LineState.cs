namespace BankRecon.Domain.Matching.Engine;

/// <summary>One statement line while it is being matched: its normalised amount, the evidence found, its candidates.</summary>
internal sealed class LineState
{
    public LineState(MatchLine line, int position)
    {
        Line = line;
        Position = position;
        Currency = MatchIndex.NormalizeCurrency(line.Currency);
        Scale = MatchIndex.ScaleOf(Currency);
        Sign = line.Amount > 0m ? 1 : line.Amount < 0m ? -1 : 0;
        Amount = MatchIndex.ToMinor(line.Amount, Scale);
        Charges = line.ChargesAmount is { } charges ? MatchIndex.ToMinor(Math.Abs(charges), Scale) : 0;
    }

    public MatchLine Line { get; }

    /// <summary>Position in the input list (only used as a last tie-breaker for duplicate line keys).</summary>
    public int Position { get; }

    public string Currency { get; }

    public decimal Scale { get; }

    public int Sign { get; }

    /// <summary>Absolute amount in minor units.</summary>
    public long Amount { get; }

    /// <summary>Charges the bank reported for the line, in minor units (0 = none reported).</summary>
    public long Charges { get; }

    /// <summary>Parties that own the line's bank account.</summary>
    public int[] AccountParties { get; set; } = [];

    /// <summary>
    /// What the line says about each party looked at, while it is matched: the matcher's own list and evidence, reused
    /// by its next line (see <see cref="Settle"/>).
    /// </summary>
    public List<PartyEvidence> Parties => _parties ?? throw new InvalidOperationException("The line's party evidence exists only while the line is matched.");

    private List<PartyEvidence>? _parties;

    /// <summary>The parties the payer fully matches (bank account, or name with address or uniqueness), in the order found.</summary>
    public int[] FullyMatchedParties { get; private set; } = [];

    /// <summary>Starts the line's matching with the matcher's (empty) evidence list.</summary>
    public void StartMatching(List<PartyEvidence> parties)
    {
        parties.Clear();
        _parties = parties;
    }

    public List<EntryHit> Hits { get; } = [];

    /// <summary>The first entry (in the line's currency) whose reference or whole document number is in the text, or -1.</summary>
    public int FirstNamedEntry { get; set; } = -1;

    /// <summary>Exactly one open entry's reference is one typo away from the line's (invalid) reference.</summary>
    public bool NearReferenceUnique { get; set; }

    /// <summary>Entries that an exact "invoice less credit memo" candidate of this line settles.</summary>
    public List<int> Netted { get; } = [];

    private Memory<CandidateRecord> _candidates;

    /// <summary>The line's candidates once matched (kept in a <see cref="CandidateStore"/>), best first once ranked.</summary>
    public Span<CandidateRecord> Candidates => _candidates.Span;

    public int CandidateCount => _candidates.Length;

    private CandidateStore? _store;

    public void SetCandidates(Memory<CandidateRecord> candidates, CandidateStore store)
    {
        _candidates = candidates;
        _store = store;
    }

    /// <summary>The name of the rule that scored one of the line's candidates.</summary>
    public string RuleOf(in CandidateRecord candidate) => _store!.RuleName(candidate.RuleId);

    /// <summary>Keeps the first <paramref name="count"/> candidates.</summary>
    public void KeepCandidates(int count) => _candidates = _candidates[..count];

    /// <summary>The position of the chosen candidate in <see cref="Candidates"/>, or -1 when none is.</summary>
    public int ChosenIndex { get; set; } = -1;

    public ReadOnlyMemory<long> ChosenAmounts { get; set; }

    public ReadOnlyMemory<long> ChosenDiscounts { get; set; }

    public ReadOnlyMemory<long> ChosenCharges { get; set; }

    /// <summary>
    /// Ends the line's matching once its candidates are kept: keeps the parties the payer fully matches (a proposal may
    /// name one) and lets go of the matcher's evidence and of what only the matching needed, so that it does not live
    /// until the proposals are written. Candidates keep their own evidence.
    /// </summary>
    public void Settle()
    {
        var fully = 0;
        foreach (var evidence in Parties)
        {
            if (evidence.Level == RelatedPartyMatch.Fully) fully++;
        }

        if (fully > 0)
        {
            var parties = new int[fully];
            fully = 0;
            foreach (var evidence in Parties)
            {
                if (evidence.Level == RelatedPartyMatch.Fully) parties[fully++] = evidence.Party;
            }

            FullyMatchedParties = parties;
        }

        _parties = null;
        Netted.Clear();
        Netted.TrimExcess();
        AccountParties = [];
    }

    public PartyEvidence? FindParty(int party)
    {
        foreach (var evidence in Parties)
        {
            if (evidence.Party == party) return evidence;
        }

        return null;
    }

    public EntryHit? FindHit(int entry)
    {
        foreach (var hit in Hits)
        {
            if (hit.Entry == entry) return hit;
        }

        return null;
    }

    public EntryHit Hit(int entry)
    {
        var hit = FindHit(entry);
        if (hit is null)
        {
            hit = new EntryHit { Entry = entry };
            Hits.Add(hit);
        }

        return hit;
    }

    /// <summary>Compares lines by their stable key (statement, line), then input position.</summary>
    public static int CompareKeys(LineState a, LineState b)
    {
        var byStatement = a.Line.StatementIndex.CompareTo(b.Line.StatementIndex);
        if (byStatement != 0) return byStatement;
        var byLine = a.Line.LineIndex.CompareTo(b.Line.LineIndex);
        return byLine != 0 ? byLine : a.Position.CompareTo(b.Position);
    }
}
