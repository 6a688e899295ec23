using System.Globalization;
using BankRecon.Domain.Common;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Importers.Writers;

/// <summary>
/// Writes statements as a BAI2 file (Cash Management Balance Reporting Specification v2), one variable-length record
/// per line: each statement is one group (02, as-of date = the statement's last day) holding one account (03 with
/// opening 010 and closing 015 ledger balances), its details (16) and correct control totals and record counts (49, 98,
/// 99). BAI2 reports a day: every line is read back with the group's as-of date as booking date, so give each statement
/// the lines of one day. A value date other than that day is written with funds type V. Counterparty name and account
/// and the end-to-end id go on 88 continuation lines as tags (DBNM/DACT for credits, CRNM/CACT for debits, EREF), as
/// Goldman Sachs does; the structured reference has no BAI2 field and is added to the text as "REF &lt;ref&gt;".
/// </summary>
public static class Bai2Writer
{
    /// <summary>Miscellaneous credit / debit: used when a line has no BAI2 type code of its own.</summary>
    public const string DefaultCreditType = "399";

    public const string DefaultDebitType = "699";

    public static void Write(TextWriter w, IEnumerable<ParsedStatement> statements, Bai2WriterOptions? options = null, string newLine = "\r\n")
    {
        options ??= new Bai2WriterOptions();
        var fileRecords = 0;
        var fileTotal = 0m;
        var groups = 0;
        var created = options.Created;
        Record(w, newLine, ref fileRecords, $"01,{options.Sender},{options.Receiver},{Date(created)},0000,{options.FileId},,,2/");
        foreach (var statement in statements)
        {
            var groupRecords = 0;
            var header = statement.Header;
            var currency = header.Currency ?? "USD";
            var scale = CurrencyCode.TryParse(currency, out var code) ? code.MinorUnitScale : 100m;
            var asOf = header.To ?? statement.Lines.Select(l => l.BookingDate).Max() ?? header.From ?? created;
            Record(w, newLine, ref groupRecords, $"02,{options.Receiver},{options.Sender},1,{Date(asOf)},,{currency},2/");

            var accountRecords = 0;
            var accountTotal = 0m;
            var opening = Raw(header.OpeningBalance ?? 0m, scale);
            var closing = Raw(header.ClosingBalance ?? (header.OpeningBalance ?? 0m) + statement.Lines.Sum(l => l.Amount), scale);
            accountTotal += opening + closing;
            Record(w, newLine, ref accountRecords, $"03,{Field(header.Account ?? "UNKNOWN")},{currency},010,{Amount(opening)},,,015,{Amount(closing)},,/");
            foreach (var line in statement.Lines)
            {
                var raw = Math.Abs(Raw(line.Amount, scale));
                accountTotal += raw;
                var type = TypeCode(line);
                var funds = line.ValueDate is { } value && value != asOf ? $"V,{Date(value)}," : "0";
                var text = line.Description ?? "";
                if (line.Reference is { Length: > 0 } reference) text = text.Length == 0 ? "REF " + reference : text + " REF " + reference;
                Record(w, newLine, ref accountRecords,
                    $"16,{type},{Amount(raw)},{funds},{Field(line.BankReference ?? "")},,{Text(text)}/");
                var credit = line.Amount >= 0;
                if (line.CounterpartyName is { Length: > 0 } name) Record(w, newLine, ref accountRecords, $"88,{(credit ? "DBNM" : "CRNM")}: {Text(name)}");
                if (line.CounterpartyAccount is { Length: > 0 } account) Record(w, newLine, ref accountRecords, $"88,{(credit ? "DACT" : "CACT")}: {Text(account)}");
                if (line.EndToEndId is { Length: > 0 } e2e) Record(w, newLine, ref accountRecords, $"88,EREF: {Text(e2e)}");
            }

            accountRecords++;
            w.Write($"49,{Amount(accountTotal)},{accountRecords.ToString(CultureInfo.InvariantCulture)}/{newLine}");
            groupRecords += accountRecords + 1;
            w.Write($"98,{Amount(accountTotal)},1,{groupRecords.ToString(CultureInfo.InvariantCulture)}/{newLine}");
            fileRecords += groupRecords;
            fileTotal += accountTotal;
            groups++;
        }

        fileRecords++;
        w.Write($"99,{Amount(fileTotal)},{groups.ToString(CultureInfo.InvariantCulture)},{fileRecords.ToString(CultureInfo.InvariantCulture)}/{newLine}");
        w.Flush();
    }

    private static string TypeCode(ParsedLine line)
    {
        var credit = line.Amount >= 0;
        if (line.BankTransactionCode is { Length: 3 } code && int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && (credit ? number is >= 100 and <= 399 : number is >= 400 and <= 699))
        {
            return code;
        }

        return credit ? DefaultCreditType : DefaultDebitType;
    }

    private static void Record(TextWriter w, string newLine, ref int count, string record)
    {
        w.Write(record);
        w.Write(newLine);
        count++;
    }

    private static decimal Raw(decimal amount, decimal scale) => decimal.Round(amount * scale, 0, MidpointRounding.AwayFromZero);

    private static string Amount(decimal raw) => raw.ToString("0", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyMMdd", CultureInfo.InvariantCulture);

    /// <summary>A comma or slash would end a field early: fields other than the text are written without them.</summary>
    private static string Field(string value) => value.Replace(",", " ", StringComparison.Ordinal).Replace("/", " ", StringComparison.Ordinal).Trim();

    /// <summary>Text runs to the end of the record, so commas are fine; line breaks are not, and "/" cannot end it.</summary>
    private static string Text(string value)
    {
        var single = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return single.TrimEnd('/');
    }
}
