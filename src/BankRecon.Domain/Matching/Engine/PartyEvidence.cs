namespace BankRecon.Domain.Matching.Engine;

/// <summary>What a statement line says about one party, and how strongly (Business Central's Related Party Matched).</summary>
internal sealed class PartyEvidence
{
    public int Party { get; private set; }

    public RelatedPartyMatch Level { get; set; } = RelatedPartyMatch.No;

    /// <summary>The line's bank account is one of the party's accounts.</summary>
    public bool ByAccount { get; set; }

    /// <summary>0–1 similarity of the payer name (our rule set) or BC nearness / 100.</summary>
    public double NameSimilarity { get; set; }

    /// <summary>The party's name appears in the remittance text.</summary>
    public bool NameInText { get; set; }

    /// <summary>Name plus street address and city agree.</summary>
    public bool AddressAndCity { get; set; }

    /// <summary>The name identifies exactly one party of its type.</summary>
    public bool UniqueName { get; set; }

    /// <summary>No other party of the same type has a similar name (our rule set).</summary>
    public bool OnlySimilarName { get; set; }

    public bool HasName => NameSimilarity > 0 || NameInText;

    /// <summary>
    /// Evidence about <paramref name="party"/> with nothing found yet: a matcher reuses its evidence line after line
    /// (candidates keep what they need as <see cref="PartyEvidenceFacts"/>, the line the parties it fully matches).
    /// </summary>
    public PartyEvidence Reset(int party)
    {
        Party = party;
        Level = RelatedPartyMatch.No;
        ByAccount = false;
        NameSimilarity = 0;
        NameInText = false;
        AddressAndCity = false;
        UniqueName = false;
        OnlySimilarName = false;
        return this;
    }
}
