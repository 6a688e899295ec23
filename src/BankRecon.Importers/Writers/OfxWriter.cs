using System.Globalization;
using System.Text;
using BankRecon.Domain.Common;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Importers.Writers;

/// <summary>
/// Writes statements as an OFX 1.02 (SGML) bank statement file, UTF-8, one STMTTRNRS per statement: the layout banks'
/// "Money/Quicken" exports use. What OFX can carry is written so that <c>OfxParser</c> reads it back: booking date
/// (DTPOSTED), value date (DTAVAIL), signed amount, bank reference (FITID), structured reference (REFNUM), counterparty
/// name (NAME, cut at OFX 1.x's 32 characters), description (MEMO) and the closing balance (LEDGERBAL; the reader derives
/// the opening balance from it). OFX has no place for end-to-end ids, counterparty accounts or original amounts.
/// Output is deterministic (fixed server date unless given).
/// </summary>
public static class OfxWriter
{
    private const int NameMaxLength = 32;
    private const int MemoMaxLength = 255;

    public static void Write(Stream output, IEnumerable<ParsedStatement> statements, OfxWriterOptions? options = null)
    {
        options ??= new OfxWriterOptions();
        using var w = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        w.WriteLine("OFXHEADER:100");
        w.WriteLine("DATA:OFXSGML");
        w.WriteLine("VERSION:102");
        w.WriteLine("SECURITY:NONE");
        w.WriteLine("ENCODING:UTF-8");
        w.WriteLine("CHARSET:NONE");
        w.WriteLine("COMPRESSION:NONE");
        w.WriteLine("OLDFILEUID:NONE");
        w.WriteLine("NEWFILEUID:NONE");
        w.WriteLine();
        w.WriteLine("<OFX>");
        w.WriteLine("<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>");
        w.WriteLine("<DTSERVER>" + Date(options.ServerDate) + "<LANGUAGE>" + options.Language + "</SONRS></SIGNONMSGSRSV1>");
        w.WriteLine("<BANKMSGSRSV1>");
        var number = 0;
        foreach (var statement in statements)
        {
            WriteStatement(w, statement, ++number, options);
        }

        w.WriteLine("</BANKMSGSRSV1>");
        w.WriteLine("</OFX>");
    }

    private static void WriteStatement(StreamWriter w, ParsedStatement statement, int number, OfxWriterOptions options)
    {
        var header = statement.Header;
        var currency = header.Currency ?? "EUR";
        var decimals = CurrencyCode.TryParse(currency, out var code) ? code.MinorUnits : 2;
        var from = header.From ?? statement.Lines.Select(l => l.BookingDate).Min() ?? options.ServerDate;
        var to = header.To ?? statement.Lines.Select(l => l.BookingDate).Max() ?? from;
        w.WriteLine("<STMTTRNRS><TRNUID>" + number.ToString(CultureInfo.InvariantCulture) + "<STATUS><CODE>0<SEVERITY>INFO</STATUS>");
        w.WriteLine("<STMTRS><CURDEF>" + currency);
        w.WriteLine("<BANKACCTFROM><BANKID>" + Escape(options.BankId) + "<ACCTID>" + Escape(header.Account ?? "UNKNOWN") + "<ACCTTYPE>CHECKING</BANKACCTFROM>");
        w.WriteLine("<BANKTRANLIST><DTSTART>" + Date(from) + "<DTEND>" + Date(to));
        var sum = 0m;
        foreach (var line in statement.Lines)
        {
            sum += line.Amount;
            w.Write("<STMTTRN><TRNTYPE>");
            w.Write(line.BankTransactionCode is { Length: > 0 } type && type.All(char.IsAsciiLetterUpper) ? type : line.Amount >= 0 ? "CREDIT" : "DEBIT");
            w.Write("<DTPOSTED>" + Date(line.BookingDate ?? to));
            if (line.ValueDate is { } valueDate) w.Write("<DTAVAIL>" + Date(valueDate));
            w.Write("<TRNAMT>" + line.Amount.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture));
            if (line.BankReference is { Length: > 0 } fitId) w.Write("<FITID>" + Escape(fitId));
            if (line.Reference is { Length: > 0 } reference) w.Write("<REFNUM>" + Escape(reference));
            if (line.CounterpartyName is { Length: > 0 } name) w.Write("<NAME>" + Escape(Cut(name, NameMaxLength)));
            if (line.Description is { Length: > 0 } memo) w.Write("<MEMO>" + Escape(Cut(memo, MemoMaxLength)));
            w.WriteLine("</STMTTRN>");
        }

        w.WriteLine("</BANKTRANLIST>");
        var closing = header.ClosingBalance ?? (header.OpeningBalance ?? 0m) + sum;
        w.WriteLine("<LEDGERBAL><BALAMT>" + closing.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "<DTASOF>" + Date(to) + "</LEDGERBAL>");
        w.WriteLine("</STMTRS></STMTTRNRS>");
    }

    private static string Date(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Cut(string value, int max)
    {
        var single = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return single.Length > max ? single[..max].TrimEnd() : single;
    }

    private static string Escape(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
