using BankRecon.Domain.Matching;
using BankRecon.Domain.Reconciliation;

namespace BankRecon.Application.Journals;

/// <summary>Translations between the engine's account and confidence words and the journal's.</summary>
internal static class AccountTypes
{
    public static ApplicationAccountType ToApplication(MatchAccountType type) => type switch
    {
        MatchAccountType.Customer => ApplicationAccountType.Customer,
        MatchAccountType.Vendor => ApplicationAccountType.Vendor,
        MatchAccountType.GlAccount => ApplicationAccountType.GlAccount,
        MatchAccountType.BankAccount => ApplicationAccountType.BankAccount,
        _ => ApplicationAccountType.None,
    };

    public static MatchAccountType? ToMatch(ApplicationAccountType type) => type switch
    {
        ApplicationAccountType.Customer => MatchAccountType.Customer,
        ApplicationAccountType.Vendor => MatchAccountType.Vendor,
        ApplicationAccountType.GlAccount => MatchAccountType.GlAccount,
        ApplicationAccountType.BankAccount => MatchAccountType.BankAccount,
        _ => null,
    };

    public static ApplicationAccountType ToApplication(Domain.Parties.PartyType type) =>
        type == Domain.Parties.PartyType.Customer ? ApplicationAccountType.Customer : ApplicationAccountType.Vendor;

    public static LineConfidence ToLine(MatchConfidence confidence) => confidence switch
    {
        MatchConfidence.Low => LineConfidence.Low,
        MatchConfidence.Medium => LineConfidence.Medium,
        MatchConfidence.High => LineConfidence.High,
        _ => LineConfidence.None,
    };

    /// <summary>A saved mapping as the engine's mapping: G/L mappings by sign, the others to one account.</summary>
    public static TextToAccountMapping? ToEngine(SavedTextMapping mapping)
    {
        if (mapping.AccountType == ApplicationAccountType.GlAccount)
            return TextToAccountMapping.ToGlAccounts(mapping.MappingText, mapping.DebitAccountNo, mapping.CreditAccountNo);
        var type = ToMatch(mapping.AccountType);
        var no = mapping.DebitAccountNo ?? mapping.CreditAccountNo;
        return type is null || no is null ? null : TextToAccountMapping.ToAccount(mapping.MappingText, new MatchAccount(type.Value, no));
    }
}
