namespace BankRecon.Domain.Matching;

/// <summary>The one account a statement line posts against (a line never mixes accounts).</summary>
public sealed record MatchAccount(MatchAccountType Type, string No)
{
    public static MatchAccount For(PartyType partyType, string partyNo) =>
        new(partyType == PartyType.Customer ? MatchAccountType.Customer : MatchAccountType.Vendor, partyNo);
}
