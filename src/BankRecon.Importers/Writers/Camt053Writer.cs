using System.Globalization;
using System.Text;
using System.Xml;
using BankRecon.Domain.Common;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Importers.Writers;

/// <summary>
/// Writes statements as an ISO 20022 camt.053.001.08 file (BkToCstmrStmt), streaming: lines are written as they are
/// enumerated, so a generator can produce millions of entries with flat memory. One <c>Ntry</c> per line, each with
/// exactly one <c>TxDtls</c>; everything <see cref="ParsedLine"/> carries is written so that
/// <c>CamtParser</c> reads it back unchanged (descriptions are normalised to single spaces).
/// </summary>
public static class Camt053Writer
{
    public const string Namespace = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";

    // ISO 20022 Ustrd is max 140 characters per occurrence.
    private const int UstrdMaxLength = 140;

    // Creditor reference types that are ISO codes (DocumentType3Code); anything else is written as Prtry.
    private static readonly HashSet<string> CreditorReferenceCodes = new(StringComparer.Ordinal) { "RADM", "RPIN", "FXDR", "DISP", "PUOR", "SCOR" };

    /// <summary>Writes whole statements (headers and lines known up front).</summary>
    public static void Write(Stream output, IEnumerable<ParsedStatement> statements, Camt053WriterOptions? options = null)
    {
        using var writer = Begin(output, options ?? new Camt053WriterOptions());
        foreach (var statement in statements)
        {
            WriteStatement(writer, statement.Header, statement.Lines);
        }

        End(writer);
    }

    /// <summary>Writes one statement whose lines are produced lazily (a data generator).</summary>
    public static void Write(Stream output, StatementHeader header, IEnumerable<ParsedLine> lines, Camt053WriterOptions? options = null)
    {
        using var writer = Begin(output, options ?? new Camt053WriterOptions());
        WriteStatement(writer, header, lines);
        End(writer);
    }

    private static XmlWriter Begin(Stream output, Camt053WriterOptions options)
    {
        var writer = XmlWriter.Create(output, new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = options.Indent,
            IndentChars = "  ",
            CloseOutput = false,
        });
        writer.WriteStartDocument();
        writer.WriteStartElement("Document", Namespace);
        writer.WriteStartElement("BkToCstmrStmt", Namespace);
        writer.WriteStartElement("GrpHdr", Namespace);
        Element(writer, "MsgId", options.MessageId);
        Element(writer, "CreDtTm", options.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        writer.WriteEndElement();
        return writer;
    }

    private static void End(XmlWriter writer)
    {
        writer.WriteEndElement(); // BkToCstmrStmt
        writer.WriteEndElement(); // Document
        writer.WriteEndDocument();
        writer.Flush();
    }

    private static void WriteStatement(XmlWriter w, StatementHeader header, IEnumerable<ParsedLine> lines)
    {
        w.WriteStartElement("Stmt", Namespace);
        Element(w, "Id", header.StatementId ?? $"STMT{header.StatementIndex + 1}");
        // Running numbers, in schema order (Id, ElctrncSeqNb, LglSeqNb, FrToDt ...): the import continues statement numbers from them.
        if (header.ElectronicSequenceNumber is { } electronic) Element(w, "ElctrncSeqNb", electronic);
        if (header.LegalSequenceNumber is { } legal) Element(w, "LglSeqNb", legal);
        if (header.From is { } from && header.To is { } to)
        {
            w.WriteStartElement("FrToDt", Namespace);
            Element(w, "FrDtTm", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00");
            Element(w, "ToDtTm", to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T23:59:59");
            w.WriteEndElement();
        }

        if (header.IsCopy) Element(w, "CpyDplctInd", "COPY");

        w.WriteStartElement("Acct", Namespace);
        AccountId(w, header.Account ?? "UNKNOWN");
        if (header.Currency is not null) Element(w, "Ccy", header.Currency);
        w.WriteEndElement();

        if (header.OpeningBalance is { } opening) Balance(w, "OPBD", opening, header.Currency, header.From);
        if (header.ClosingBalance is { } closing) Balance(w, "CLBD", closing, header.Currency, header.To);

        foreach (var line in lines)
        {
            Entry(w, line, header.Currency);
        }

        w.WriteEndElement(); // Stmt
    }

    private static void Balance(XmlWriter w, string code, decimal amount, string? currency, DateOnly? date)
    {
        w.WriteStartElement("Bal", Namespace);
        w.WriteStartElement("Tp", Namespace);
        w.WriteStartElement("CdOrPrtry", Namespace);
        Element(w, "Cd", code);
        w.WriteEndElement();
        w.WriteEndElement();
        Amount(w, "Amt", Math.Abs(amount), currency ?? "XXX");
        Element(w, "CdtDbtInd", amount < 0 ? "DBIT" : "CRDT");
        if (date is { } d)
        {
            w.WriteStartElement("Dt", Namespace);
            Element(w, "Dt", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void Entry(XmlWriter w, ParsedLine line, string? accountCurrency)
    {
        var currency = line.Currency ?? accountCurrency ?? "XXX";
        var direction = line.Amount < 0 ? "DBIT" : "CRDT";

        w.WriteStartElement("Ntry", Namespace);
        Amount(w, "Amt", Math.Abs(line.Amount), currency);
        Element(w, "CdtDbtInd", direction);
        if (line.IsReversal) Element(w, "RvslInd", "true");
        w.WriteStartElement("Sts", Namespace);
        Element(w, "Cd", "BOOK");
        w.WriteEndElement();
        DateElement(w, "BookgDt", line.BookingDate);
        DateElement(w, "ValDt", line.ValueDate);
        if (line.BankReference is not null) Element(w, "AcctSvcrRef", line.BankReference);
        BankTransactionCode(w, line.BankTransactionCode);

        w.WriteStartElement("NtryDtls", Namespace);
        w.WriteStartElement("TxDtls", Namespace);
        if (line.EndToEndId is not null)
        {
            w.WriteStartElement("Refs", Namespace);
            Element(w, "EndToEndId", line.EndToEndId);
            w.WriteEndElement();
        }

        Amount(w, "Amt", Math.Abs(line.Amount), currency);
        Element(w, "CdtDbtInd", direction);
        if (line.OriginalAmount is { } original)
        {
            w.WriteStartElement("AmtDtls", Namespace);
            w.WriteStartElement("InstdAmt", Namespace);
            Amount(w, "Amt", original, line.OriginalCurrency ?? currency);
            if (line.ExchangeRate is { } rate)
            {
                w.WriteStartElement("CcyXchg", Namespace);
                Element(w, "SrcCcy", line.OriginalCurrency ?? currency);
                Element(w, "TrgtCcy", currency);
                Element(w, "XchgRate", rate.ToString(CultureInfo.InvariantCulture));
                w.WriteEndElement();
            }

            w.WriteEndElement();
            w.WriteEndElement();
        }

        if (line.ChargesAmount is { } charges)
        {
            w.WriteStartElement("Chrgs", Namespace);
            Amount(w, "TtlChrgsAndTaxAmt", charges, currency);
            w.WriteEndElement();
        }

        if (line.CounterpartyName is not null || line.CounterpartyAccount is not null)
        {
            // The counterparty is the debtor of money coming in and the creditor of money going out; a reversal keeps
            // the roles of the payment it reverses.
            var party = (line.Amount >= 0) ^ line.IsReversal ? "Dbtr" : "Cdtr";
            w.WriteStartElement("RltdPties", Namespace);
            if (line.CounterpartyName is not null)
            {
                w.WriteStartElement(party, Namespace);
                w.WriteStartElement("Pty", Namespace);
                Element(w, "Nm", line.CounterpartyName);
                w.WriteEndElement();
                w.WriteEndElement();
            }

            if (line.CounterpartyAccount is not null)
            {
                w.WriteStartElement(party + "Acct", Namespace);
                AccountId(w, line.CounterpartyAccount);
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        if (line.Description is not null || line.Reference is not null)
        {
            w.WriteStartElement("RmtInf", Namespace);
            if (line.Description is not null)
            {
                foreach (var chunk in SplitText(line.Description, UstrdMaxLength))
                {
                    Element(w, "Ustrd", chunk);
                }
            }

            if (line.Reference is not null)
            {
                w.WriteStartElement("Strd", Namespace);
                w.WriteStartElement("CdtrRefInf", Namespace);
                if (line.ReferenceType is not null)
                {
                    w.WriteStartElement("Tp", Namespace);
                    w.WriteStartElement("CdOrPrtry", Namespace);
                    Element(w, CreditorReferenceCodes.Contains(line.ReferenceType) ? "Cd" : "Prtry", line.ReferenceType);
                    w.WriteEndElement();
                    w.WriteEndElement();
                }

                Element(w, "Ref", line.Reference);
                w.WriteEndElement();
                w.WriteEndElement();
            }

            w.WriteEndElement();
        }

        w.WriteEndElement(); // TxDtls
        w.WriteEndElement(); // NtryDtls
        w.WriteEndElement(); // Ntry
    }

    private static void BankTransactionCode(XmlWriter w, string? code)
    {
        w.WriteStartElement("BkTxCd", Namespace);
        if (code is not null)
        {
            var parts = code.Split('/');
            if (parts.Length == 3 && parts.All(p => p.Length == 4))
            {
                w.WriteStartElement("Domn", Namespace);
                Element(w, "Cd", parts[0]);
                w.WriteStartElement("Fmly", Namespace);
                Element(w, "Cd", parts[1]);
                Element(w, "SubFmlyCd", parts[2]);
                w.WriteEndElement();
                w.WriteEndElement();
            }
            else
            {
                w.WriteStartElement("Prtry", Namespace);
                Element(w, "Cd", code);
                w.WriteEndElement();
            }
        }

        w.WriteEndElement();
    }

    private static void AccountId(XmlWriter w, string account)
    {
        w.WriteStartElement("Id", Namespace);
        // IBAN only when it is written exactly in the electronic form; anything else (BBAN, spaced IBAN) as Othr/Id.
        if (BankAccountNumber.IsValidIban(account) && BankAccountNumber.Normalize(account) == account)
        {
            Element(w, "IBAN", account);
        }
        else
        {
            w.WriteStartElement("Othr", Namespace);
            Element(w, "Id", account);
            w.WriteStartElement("SchmeNm", Namespace);
            Element(w, "Cd", "BBAN");
            w.WriteEndElement();
            w.WriteEndElement();
        }

        w.WriteEndElement();
    }

    private static void DateElement(XmlWriter w, string name, DateOnly? date)
    {
        if (date is not { } d) return;
        w.WriteStartElement(name, Namespace);
        Element(w, "Dt", d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteEndElement();
    }

    private static void Amount(XmlWriter w, string name, decimal amount, string currency)
    {
        w.WriteStartElement(name, Namespace);
        w.WriteAttributeString("Ccy", currency);
        w.WriteString(amount.ToString(CultureInfo.InvariantCulture));
        w.WriteEndElement();
    }

    private static void Element(XmlWriter w, string name, string value) => w.WriteElementString(name, Namespace, value);

    /// <summary>Splits text at spaces into pieces of at most <paramref name="max"/> characters (hard cut for longer words).</summary>
    internal static IEnumerable<string> SplitText(string text, int max)
    {
        var rest = text.Trim();
        while (rest.Length > max)
        {
            var cut = rest.LastIndexOf(' ', max);
            if (cut <= 0) cut = max;
            yield return rest[..cut].TrimEnd();
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0) yield return rest;
    }
}
