using System.Globalization;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Importers.Mt940;

/// <summary>Combines a :61: statement line and its :86: information into a <see cref="ParsedLine"/>.</summary>
internal static class Mt940LineBuilder
{
    // Customer references that say "there is none" or "see :86:".
    private static readonly HashSet<string> PlaceholderReferences = new(StringComparer.OrdinalIgnoreCase)
    {
        "NONREF", "NOTPROVIDED", "NOT PROVIDED", "NONE", "EREF", "PREF", "KREF", "KREF+", "EREF+", "MARF", "-", "0",
    };

    public static ParsedLine Build(Mt940Entry entry, string? information, bool german, string? currency, int statementIndex, int lineIndex, string location)
    {
        var details = information is null ? Mt940Details.Empty : Mt940Information.Parse(information, german);
        var account = details.CounterpartyAccount;
        var name = details.CounterpartyName;
        var customerReference = entry.CustomerReference;
        var bankReference = entry.BankReference is { } reference && !PlaceholderReferences.Contains(reference) ? reference : null;
        var referenceIsAccount = false;
        string? extraText = null;
        decimal? originalAmount = null;
        string? originalCurrency = null;
        decimal? charges = null;

        // Rabobank legacy: "N044 0121470966      W.P. Jansen" = counterparty account, then name.
        // ASN: "NOVB NL29INGB0006475121" = counterparty IBAN in the reference field.
        if (customerReference is not null && (Mt940Account.IsIban(customerReference) || (entry.FirstLineTail is not null && LooksLikeDomesticAccount(customerReference))))
        {
            account ??= customerReference;
            referenceIsAccount = true;
        }

        if (entry.FirstLineTail is not null)
        {
            if (referenceIsAccount || IsPlaceholder(customerReference)) name ??= entry.FirstLineTail;
            else extraText = entry.FirstLineTail;
        }

        if (entry.Supplementary is { } supplementary)
        {
            var firstToken = supplementary.Split(' ', 2)[0];
            if (supplementary.Contains("/OCMT/", StringComparison.Ordinal) || supplementary.Contains("/CHGS/", StringComparison.Ordinal))
            {
                (originalCurrency, originalAmount) = ReadCodedAmount(supplementary, "/OCMT/");
                (_, charges) = ReadCodedAmount(supplementary, "/CHGS/");
            }
            else if (Mt940Account.IsIban(firstToken))
            {
                // Rabobank/SNS: counterparty IBAN (and sometimes the name) on the second line.
                account ??= firstToken;
                var rest = supplementary.Length > firstToken.Length ? supplementary[firstToken.Length..].Trim() : "";
                if (rest.Length > 0) name ??= rest;
            }
            else if (LooksLikeDomesticAccount(supplementary))
            {
                account ??= supplementary;
            }
            else if (referenceIsAccount)
            {
                // ASN: the name follows the IBAN on the second line.
                name ??= supplementary;
            }
            else if (bankReference is null && supplementary.Length >= 16 && !supplementary.Contains(' ', StringComparison.Ordinal) && supplementary.All(char.IsAsciiLetterOrDigit))
            {
                // PostFinance: a unique 32-digit reference where the bank reference says NONREF.
                bankReference = supplementary;
            }
            else
            {
                extraText = extraText is null ? supplementary : extraText + " " + supplementary;
            }
        }

        var description = details.Description;
        if (extraText is not null) description = description is null ? extraText : extraText + " " + description;

        var type = entry.TransactionType;
        var code = type is null ? details.TransactionCode : details.TransactionCode is null ? type : type + "/" + details.TransactionCode;
        return new ParsedLine
        {
            StatementIndex = statementIndex,
            LineIndex = lineIndex,
            BookingDate = entry.EntryDate ?? entry.ValueDate,
            ValueDate = entry.ValueDate,
            Amount = entry.Amount,
            Currency = currency,
            OriginalAmount = originalAmount,
            OriginalCurrency = originalCurrency,
            ChargesAmount = charges,
            Description = Mt940Information.Collapse(description) is { Length: > 0 } text ? text : null,
            CounterpartyName = name is null ? null : Mt940Information.Collapse(name),
            CounterpartyAccount = account,
            Reference = details.Reference,
            ReferenceType = details.ReferenceType,
            EndToEndId = details.EndToEndId ?? (referenceIsAccount || IsPlaceholder(customerReference) ? null : customerReference),
            BankReference = bankReference,
            BankTransactionCode = code,
            IsReversal = entry.IsReversal,
            Location = location,
        };
    }

    private static bool IsPlaceholder(string? reference) => reference is null || PlaceholderReferences.Contains(reference);

    /// <summary>Dutch domestic account numbers: 7–10 digits, Postbank with a leading P ("P004500018").</summary>
    private static bool LooksLikeDomesticAccount(string text)
    {
        var value = text.AsSpan().Trim();
        if (value.Length > 0 && value[0] == 'P') value = value[1..];
        return value.Length is >= 7 and <= 10 && Mt940Syntax.AllDigits(value);
    }

    /// <summary>Reads "/OCMT/EUR11,85/" style currency + amount pairs.</summary>
    private static (string? Currency, decimal? Amount) ReadCodedAmount(string text, string key)
    {
        var at = text.IndexOf(key, StringComparison.Ordinal);
        if (at < 0) return (null, null);
        var start = at + key.Length;
        var end = text.IndexOf('/', start);
        var value = (end < 0 ? text[start..] : text[start..end]).Trim();
        if (value.Length < 4 || !Mt940Syntax.IsCurrencyCode(value.AsSpan(0, 3))) return (null, null);
        return Mt940Syntax.TryParseAmount(value.AsSpan(3), out var amount) ? (value[..3], amount) : (value[..3], null);
    }

    public static string Location(int lineNumber) => "line " + lineNumber.ToString(CultureInfo.InvariantCulture);
}
