namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// What a <see cref="PartyEvidence"/> said when its candidate was kept: a value, so that a kept candidate refers to no
/// object of the line (see <see cref="CandidateRecord"/>).
/// </summary>
internal readonly record struct PartyEvidenceFacts(
    bool ByAccount,
    double NameSimilarity,
    bool NameInText,
    bool AddressAndCity,
    bool UniqueName,
    bool OnlySimilarName)
{
    public bool HasName => NameSimilarity > 0 || NameInText;

    public static PartyEvidenceFacts Of(PartyEvidence evidence) => new(
        evidence.ByAccount,
        evidence.NameSimilarity,
        evidence.NameInText,
        evidence.AddressAndCity,
        evidence.UniqueName,
        evidence.OnlySimilarName);
}
