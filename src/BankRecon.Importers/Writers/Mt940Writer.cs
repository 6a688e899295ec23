using System.Globalization;
using BankRecon.Domain.Common;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Mt940;

namespace BankRecon.Importers.Writers;

/// <summary>
/// Writes statements as SWIFT MT940, one message per statement, for round-trip tests and the benchmark generator.
/// The :86: field uses the structured key layout (<c>/EREF/…/ORDP//NAME/…/IBAN/…/REMI/USTD//…/</c>) wrapped at 65
/// characters. It does not enforce SWIFT's 6-line limit on :86: or the X character set: long texts are written whole,
/// and a value that itself contains "/KEY/" text would be read back differently.
/// </summary>
public static class Mt940Writer
{
    private const int LineLength = 65;

    public static void Write(TextWriter writer, IEnumerable<ParsedStatement> statements, string newLine = "\r\n")
    {
        foreach (var statement in statements)
        {
            WriteStatement(writer, statement.Header, statement.Lines, newLine);
        }
    }

    /// <summary>Writes one statement as one message; <paramref name="lines"/> is enumerated once, so it may be generated lazily.</summary>
    public static void WriteStatement(TextWriter writer, StatementHeader header, IEnumerable<ParsedLine> lines, string newLine = "\r\n")
    {
        var currency = header.Currency ?? "EUR";
        var minorUnits = CurrencyCode.TryParse(currency, out var code) ? code.MinorUnits : 2;
        var number = (header.StatementIndex + 1).ToString(CultureInfo.InvariantCulture);
        var statementId = header.StatementId ?? number;

        WriteLine(writer, ":20:" + Truncate("BR" + number, 16), newLine);
        WriteLine(writer, ":25:" + (header.Account ?? "NOTPROVIDED"), newLine);
        WriteLine(writer, ":28C:" + statementId, newLine);

        DateOnly? lastDate = null;
        var openingWritten = false;
        var sum = 0m;
        foreach (var line in lines)
        {
            var valueDate = line.ValueDate ?? line.BookingDate ?? header.From ?? header.To ?? DateOnly.FromDayNumber(0);
            if (!openingWritten)
            {
                WriteBalance(writer, ":60F:", header.OpeningBalance ?? 0m, header.From ?? valueDate, currency, minorUnits, newLine);
                openingWritten = true;
            }

            WriteEntry(writer, line, valueDate, currency, minorUnits, newLine);
            sum += line.Amount;
            lastDate = line.BookingDate ?? valueDate;
        }

        var closingDate = header.To ?? lastDate ?? header.From ?? DateOnly.FromDayNumber(0);
        if (!openingWritten) WriteBalance(writer, ":60F:", header.OpeningBalance ?? 0m, header.From ?? closingDate, currency, minorUnits, newLine);
        WriteBalance(writer, ":62F:", header.ClosingBalance ?? (header.OpeningBalance ?? 0m) + sum, closingDate, currency, minorUnits, newLine);
        WriteLine(writer, "-", newLine);
    }

    private static void WriteEntry(TextWriter writer, ParsedLine line, DateOnly valueDate, string currency, int minorUnits, string newLine)
    {
        // RC = reversal of a credit (money out), RD = reversal of a debit (money in).
        var mark = line.IsReversal ? (line.Amount < 0 ? "RC" : "RD") : (line.Amount < 0 ? "D" : "C");
        var entryDate = line.BookingDate is { } booked ? booked.ToString("MMdd", CultureInfo.InvariantCulture) : "";
        var type = line.BankTransactionCode is { Length: 4 } candidate && candidate[0] is 'N' or 'S' or 'F' ? candidate : "NMSC";
        var bankReference = line.BankReference is null ? "" : "//" + Truncate(line.BankReference, 16);
        WriteLine(writer, ":61:" + valueDate.ToString("yyMMdd", CultureInfo.InvariantCulture) + entryDate + mark
            + Mt940Syntax.FormatAmount(line.Amount, minorUnits) + type + "NONREF" + bankReference, newLine);

        if (line.OriginalAmount is { } original && line.OriginalCurrency is { } originalCurrency)
        {
            var details = "/OCMT/" + originalCurrency + Mt940Syntax.FormatAmount(original) + "/";
            if (line.ChargesAmount is { } charges) details += "/CHGS/" + currency + Mt940Syntax.FormatAmount(charges) + "/";
            WriteLine(writer, details, newLine);
        }

        var information = Information(line);
        if (information.Length == 0) return;
        for (var start = 0; start < information.Length; start += LineLength)
        {
            var chunk = information.Substring(start, Math.Min(LineLength, information.Length - start));
            WriteLine(writer, start == 0 ? ":86:" + chunk : chunk, newLine);
        }
    }

    private static string Information(ParsedLine line)
    {
        var text = new System.Text.StringBuilder();
        if (line.EndToEndId is { Length: > 0 } endToEnd) text.Append("/EREF/").Append(endToEnd);
        if (line.CounterpartyName is { Length: > 0 } name) text.Append(line.Amount < 0 ? "/BENM//NAME/" : "/ORDP//NAME/").Append(name);
        if (line.CounterpartyAccount is { Length: > 0 } account) text.Append("/IBAN/").Append(account);
        if (line.Reference is { Length: > 0 } reference)
        {
            text.Append("/CDTRREFTP//CD/").Append(line.ReferenceType ?? "SCOR").Append("/ISSR/ISO/CDTRREF/").Append(reference);
        }

        if (line.Description is { Length: > 0 } description) text.Append("/REMI/USTD//").Append(description);
        if (text.Length > 0) text.Append('/');
        return text.ToString();
    }

    private static void WriteBalance(TextWriter writer, string tag, decimal amount, DateOnly date, string currency, int minorUnits, string newLine) =>
        WriteLine(writer, tag + (amount < 0 ? "D" : "C") + date.ToString("yyMMdd", CultureInfo.InvariantCulture) + currency
            + Mt940Syntax.FormatAmount(amount, minorUnits), newLine);

    private static void WriteLine(TextWriter writer, string text, string newLine)
    {
        writer.Write(text);
        writer.Write(newLine);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
