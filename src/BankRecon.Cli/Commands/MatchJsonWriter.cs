using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BankRecon.Domain.Common;
using BankRecon.Domain.Matching;

namespace BankRecon.Cli.Commands;

/// <summary>
/// Writes the `bankrecon match --json` contract (docs/benchmarks.md, "match JSON"): one object per line with
/// statement_index, line_index, amount, confidence, account, applications, rule, reasons and alternatives. Amounts are
/// written from decimal, never through double, so they are exact.
/// </summary>
public static class MatchJsonWriter
{
    public static string Write(MatchResult result)
    {
        var buffer = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(buffer, options))
        {
            json.WriteStartObject();
            json.WriteStartArray("lines");
            foreach (var proposal in result.Proposals)
            {
                json.WriteStartObject();
                json.WriteNumber("statement_index", proposal.Line.StatementIndex);
                json.WriteNumber("line_index", proposal.Line.LineIndex);
                var minorUnits = CurrencyCode.TryParse(proposal.Line.Currency, out var currency) ? currency.MinorUnits : 2;
                json.WriteNumber("amount", WithScale(proposal.Line.Amount, minorUnits));
                WriteCandidate(json, proposal.Confidence, proposal.Account, proposal.Applications, proposal.Rule, proposal.Reasons, minorUnits);
                json.WriteStartArray("alternatives");
                foreach (var alternative in proposal.Alternatives)
                {
                    json.WriteStartObject();
                    WriteCandidate(json, alternative.Confidence, alternative.Account, alternative.Applications, alternative.Rule, alternative.Reasons, minorUnits);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static string Format(MatchConfidence confidence) => confidence switch
    {
        MatchConfidence.High => "high",
        MatchConfidence.Medium => "medium",
        MatchConfidence.Low => "low",
        MatchConfidence.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(confidence), confidence, null),
    };

    public static string Format(MatchAccountType type) => type switch
    {
        MatchAccountType.Customer => "customer",
        MatchAccountType.Vendor => "vendor",
        MatchAccountType.GlAccount => "gl_account",
        MatchAccountType.BankAccount => "bank_account",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>
    /// Shows at least the currency's decimals ("1500" -> "1500.00") without ever rounding: adding a zero of that scale
    /// only widens the scale of a decimal, so the value stays exact.
    /// </summary>
    public static decimal WithScale(decimal amount, int minorUnits) => amount + new decimal(0, 0, 0, false, (byte)Math.Clamp(minorUnits, 0, 28));

    private static void WriteCandidate(
        Utf8JsonWriter json,
        MatchConfidence confidence,
        MatchAccount? account,
        IReadOnlyList<ProposedApplication> applications,
        string? rule,
        IReadOnlyList<string> reasons,
        int minorUnits)
    {
        json.WriteString("confidence", Format(confidence));
        if (account is null)
        {
            json.WriteNull("account");
        }
        else
        {
            json.WriteStartObject("account");
            json.WriteString("type", Format(account.Type));
            json.WriteString("no", account.No);
            json.WriteEndObject();
        }

        json.WriteStartArray("applications");
        foreach (var application in applications)
        {
            json.WriteStartObject();
            json.WriteString("entry_id", application.EntryId);
            json.WriteNumber("amount", WithScale(application.Amount, minorUnits));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (rule is null) json.WriteNull("rule");
        else json.WriteString("rule", rule);
        json.WriteStartArray("reasons");
        if (reasons is ReasonList list)
        {
            // the engine's own lists: written from their blocks, without a string per reason
            for (var i = 0; i < list.Count; i++) json.WriteStringValue(list.Utf8(i));
        }
        else
        {
            foreach (var reason in reasons) json.WriteStringValue(reason);
        }

        json.WriteEndArray();
    }
}
