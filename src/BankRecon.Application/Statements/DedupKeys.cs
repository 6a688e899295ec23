using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Application.Statements;

/// <summary>
/// Recognises a statement line that was imported before, across files and formats of the same bank account.
/// <list type="bullet">
/// <item>With the bank's own transaction reference (camt AcctSvcrRef, MT940 :61: bank reference, OFX FITID, BAI2 bank
/// reference): "ref:&lt;reference&gt;|&lt;amount&gt;". Split camt batches share the entry's AcctSvcrRef: their parts
/// differ by amount or, failing that, by occurrence number. The end-to-end id is deliberately not part of the key:
/// OFX and bank CSV exports do not carry it, and the same transaction must be recognised whichever format it came in.</item>
/// <item>Without one: "fp:&lt;hash&gt;", a fingerprint of booking date, amount, currency, text, counterparty and
/// payment reference (whitespace and case normalised).</item>
/// </list>
/// Both get "#n" for the n-th occurrence of the same key within one statement, so that two identical lines of one file
/// (two coffees of 45,00 on the same day) are both kept, while an overlapping statement that repeats them is recognised.
/// Keys are counted per statement, not per file: two overlapping statements in one ZIP dedup against each other.
/// </summary>
public sealed class DedupKeys
{
    private const int MaxKeyLength = 200;
    private readonly Dictionary<string, int> _occurrences = new(StringComparer.Ordinal);

    /// <summary>Starts counting occurrences afresh (call at the start of each statement).</summary>
    public void StartStatement() => _occurrences.Clear();

    public string KeyFor(ParsedLine line)
    {
        var baseKey = BaseKey(line);
        var occurrence = _occurrences.TryGetValue(baseKey, out var seen) ? seen + 1 : 1;
        _occurrences[baseKey] = occurrence;
        return occurrence == 1 ? baseKey : baseKey + "#" + occurrence.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The key of a line without its occurrence number.</summary>
    public static string BaseKey(ParsedLine line)
    {
        var amount = line.Amount.ToString("0.00##", CultureInfo.InvariantCulture);
        if (!string.IsNullOrWhiteSpace(line.BankReference))
        {
            var key = "ref:" + line.BankReference.Trim() + "|" + amount;
            // The key column holds 200 characters; leave room for "#n".
            return key.Length <= MaxKeyLength - 8 ? key : "ref#" + Hash(key);
        }

        var fingerprint = string.Join('\u001f',
            line.BookingDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
            amount,
            line.Currency ?? "",
            Normalize(line.Description),
            Normalize(line.CounterpartyName),
            Normalize(line.CounterpartyAccount),
            Normalize(line.Reference));
        return "fp:" + Hash(fingerprint);
    }

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 20));

    private static string Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return "";
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var c in value.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space) builder.Append(' ');
            space = false;
            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
