namespace BankRecon.Domain.Matching;

/// <summary>
/// Business Central's Text-to-Account Mapping (table 1251): when <paramref name="MappingText"/> appears in a line's
/// text, post the line to <paramref name="AccountForPositive"/> (money in, BC's Debit Acc. No.) or
/// <paramref name="AccountForNegative"/> (money out, BC's Credit Acc. No.). For a customer, vendor or bank account
/// target both are the same account (BC's Bal. Source No.).
/// </summary>
public sealed record TextToAccountMapping(string MappingText, MatchAccount? AccountForPositive, MatchAccount? AccountForNegative)
{
    /// <summary>A G/L mapping, e.g. bank fees: debit account for money in, credit account for money out.</summary>
    public static TextToAccountMapping ToGlAccounts(string mappingText, string? debitAccountNo, string? creditAccountNo) =>
        new(
            mappingText,
            string.IsNullOrWhiteSpace(debitAccountNo) ? null : new MatchAccount(MatchAccountType.GlAccount, debitAccountNo),
            string.IsNullOrWhiteSpace(creditAccountNo) ? null : new MatchAccount(MatchAccountType.GlAccount, creditAccountNo));

    /// <summary>A mapping to one customer, vendor or bank account whatever the sign.</summary>
    public static TextToAccountMapping ToAccount(string mappingText, MatchAccount account) => new(mappingText, account, account);

    /// <summary>The target for a line of the given sign (amount 0 counts as money in, as in BC).</summary>
    public MatchAccount? AccountFor(decimal amount) => amount >= 0m ? AccountForPositive : AccountForNegative;
}
