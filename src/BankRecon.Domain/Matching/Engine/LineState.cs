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

    // sized for the usual number of parties and candidates a line looks at
    public List<PartyEvidence> Parties { get; } = new(8);

    public List<EntryHit> Hits { get; } = [];

    /// <summary>The first entry (in the line's currency) whose reference or whole document number is in the text, or -1.</summary>
    public int FirstNamedEntry { get; set; } = -1;

    /// <summary>Exactly one open entry's reference is one typo away from the line's (invalid) reference.</summary>
    public bool NearReferenceUnique { get; set; }

    /// <summary>Entries that an exact "invoice less credit memo" candidate of this line settles.</summary>
    public List<int> Netted { get; } = [];

    public List<Candidate> Candidates { get; } = new(8);

    public Candidate? Chosen { get; set; }

    public long[] ChosenAmounts { get; set; } = [];

    public long[] ChosenDiscounts { get; set; } = [];

    public long[] ChosenCharges { get; set; } = [];

    /// <summary>
    /// Drops what only this line's own matching needed once its candidates are ranked, so that it does not live (and
    /// get copied by the garbage collector) until the proposals are written: the evidence about parties no candidate
    /// needs. Candidates keep their own evidence; the proposal still looks for another party the payer fully matches.
    /// </summary>
    public void Settle()
    {
        Parties.RemoveAll(static evidence => evidence.Level != RelatedPartyMatch.Fully);
        Parties.TrimExcess();
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
