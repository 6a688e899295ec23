using System.Globalization;
using System.Text;
using System.Xml;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Importers.Camt;

/// <summary>
/// ISO 20022 bank-to-customer cash management: camt.053 statements (.001.02 to .001.13), camt.052 account reports and
/// camt.054 notifications. Streams with an <see cref="XmlReader"/> and reads one entry subtree at a time, so memory
/// stays flat for any file size. Elements are matched by local name; the namespace is only a hint (the Austrian
/// STUZZA variant has its own). DTDs are refused, nothing external is ever resolved.
/// </summary>
public sealed class CamtParser : IStatementParser
{
    // Every local name the parser compares, added to the reader's name table first so that the reader hands back
    // these very string instances and comparisons succeed on reference equality.
    private static readonly string[] KnownNames =
    [
        "Document", "BkToCstmrStmt", "BkToCstmrAcctRpt", "BkToCstmrDbtCdtNtfctn", "GrpHdr", "Stmt", "Rpt", "Ntfctn",
        "Id", "ElctrncSeqNb", "LglSeqNb", "FrToDt", "FrDtTm", "ToDtTm", "FrDt", "ToDt", "CpyDplctInd", "Acct", "IBAN",
        "Othr", "Ccy", "Bal", "Tp", "CdOrPrtry", "Cd", "Prtry", "Amt", "CdtDbtInd", "Dt", "DtTm", "Ntry", "NtryRef",
        "RvslInd", "Sts", "BookgDt", "ValDt", "AcctSvcrRef", "BkTxCd", "Domn", "Fmly", "SubFmlyCd", "AmtDtls",
        "InstdAmt", "TxAmt", "CntrValAmt", "CcyXchg", "XchgRate", "Chrgs", "TtlChrgsAndTaxAmt", "Rcrd", "NtryDtls",
        "Btch", "TxDtls", "Refs", "EndToEndId", "RltdPties", "Dbtr", "Cdtr", "DbtrAcct", "CdtrAcct", "Pty", "Nm",
        "RmtInf", "Ustrd", "Strd", "CdtrRefInf", "Ref", "RfrdDocInf", "Nb", "AddtlRmtInf", "AddtlTxInf", "AddtlNtryInf",
    ];

    public StatementFormat Format => StatementFormat.Camt;

    public bool CanRead(ReadOnlySpan<byte> head) => CamtSniffer.Looks(head);

    public void Parse(Stream content, ParseOptions options, IStatementSink sink)
    {
        var names = new NameTable();
        foreach (var name in KnownNames) names.Add(name);

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            // With DTDs prohibited no entity can be declared; the limit is defence in depth (0 would mean "unlimited").
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
            CloseInput = false,
            NameTable = names,
        };

        var reader = XmlReader.Create(content, settings);
        var seenRoot = false;
        try
        {
            reader.MoveToContent();
            seenRoot = true;
            ReadDocument(reader, options, sink);

            // Read to the end, so that a file cut short or with garbage after the statements is not taken as complete.
            while (reader.Read())
            {
            }
        }
        catch (XmlException ex)
        {
            var where = ex.LineNumber > 0
                ? string.Create(CultureInfo.InvariantCulture, $"line {ex.LineNumber}, position {ex.LinePosition}")
                : "file";
            sink.Diagnostic(!seenRoot && IsDtdError(ex)
                ? ParseDiagnostic.Fatal(where, "XML with a DTD is refused: bank statements never need one, and DTD entities can be used to attack the server.").Coded("parse.xml-dtd")
                : ParseDiagnostic.Fatal(where, $"The file is not well-formed XML: {WithoutPosition(ex.Message)}").Coded("parse.xml-malformed", WithoutPosition(ex.Message)));
        }
        catch (DecoderFallbackException ex)
        {
            sink.Diagnostic(ParseDiagnostic.Fatal("file", $"The file's bytes do not match its declared text encoding: {ex.Message}").Coded("parse.encoding-mismatch", ex.Message));
        }
        finally
        {
            reader.Dispose();
        }
    }

    /// <summary>XmlException messages end in "Line 237, position 11."; the diagnostic's location says that already.</summary>
    private static string WithoutPosition(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 && message.EndsWith('.') && message.AsSpan(at).Contains(", position ", StringComparison.Ordinal) ? message[..at] : message;
    }

    private static bool IsDtdError(XmlException ex) =>
        ex.Message.Contains("DTD", StringComparison.OrdinalIgnoreCase) || ex.Message.Contains("DOCTYPE", StringComparison.OrdinalIgnoreCase);

    private static void ReadDocument(XmlReader reader, ParseOptions options, IStatementSink sink)
    {
        if (reader.NodeType != XmlNodeType.Element)
        {
            sink.Diagnostic(ParseDiagnostic.Fatal("file", "The file has no XML root element.").Coded("parse.xml-no-root"));
            return;
        }

        var statements = 0;
        var nodes = new CamtNodeReader();
        if (IsMessage(reader.LocalName))
        {
            // Seen in the wild: the message element without its Document wrapper.
            statements = ReadMessage(reader, nodes, options, sink);
        }
        else if (reader.LocalName == "Document")
        {
            if (ReadToFirstChild(reader))
            {
                if (!IsMessage(reader.LocalName))
                {
                    sink.Diagnostic(ParseDiagnostic.Fatal("Document", $"The XML document holds a <{reader.LocalName}> message ({reader.NamespaceURI}), not a camt.052/053/054 bank-to-customer statement.")
                        .Coded("parse.camt-other-message", reader.LocalName, reader.NamespaceURI));
                    return;
                }

                statements = ReadMessage(reader, nodes, options, sink);
            }
        }
        else
        {
            sink.Diagnostic(ParseDiagnostic.Fatal("file", $"The XML root element is <{reader.LocalName}>, not a camt <Document>.").Coded("parse.camt-root", reader.LocalName));
            return;
        }

        if (statements == 0)
        {
            sink.Diagnostic(ParseDiagnostic.Fatal("Document", "The camt message holds no statement (Stmt, Rpt or Ntfctn).").Coded("parse.camt-no-statement"));
        }
    }

    private static bool IsMessage(string name) => name is "BkToCstmrStmt" or "BkToCstmrAcctRpt" or "BkToCstmrDbtCdtNtfctn";

    /// <summary>Reads the message element's children (GrpHdr, then statements); returns the number of statements.</summary>
    private static int ReadMessage(XmlReader reader, CamtNodeReader nodes, ParseOptions options, IStatementSink sink)
    {
        var index = 0;
        if (!ReadToFirstChild(reader)) return 0;
        do
        {
            var name = reader.LocalName;
            if (name is "Stmt" or "Rpt" or "Ntfctn")
            {
                var location = string.Create(CultureInfo.InvariantCulture, $"{name}[{index + 1}]");
                var builder = new CamtStatementBuilder(index, location, options, sink);
                if (ReadToFirstChild(reader))
                {
                    do
                    {
                        if (CamtStatementBuilder.Wants(reader.LocalName))
                        {
                            builder.Apply(nodes.Read(reader));
                        }
                        else
                        {
                            reader.Skip();
                        }
                    }
                    while (MoveToNextElement(reader));
                }

                builder.End();
                index++;
            }
            else
            {
                reader.Skip();
            }
        }
        while (MoveToNextElement(reader));

        return index;
    }

    /// <summary>
    /// From a start tag, moves to its first child element and returns true; or, when it has none, past its end and
    /// returns false.
    /// </summary>
    private static bool ReadToFirstChild(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return false;
        }

        reader.Read();
        return MoveToNextElement(reader);
    }

    /// <summary>
    /// Moves over text to the next sibling element (true), or past the parent's end tag (false). The reader must be
    /// positioned after a fully read sibling or just inside the parent.
    /// </summary>
    private static bool MoveToNextElement(XmlReader reader)
    {
        while (true)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement:
                    reader.Read();
                    return false;
                case XmlNodeType.None:
                    return false;
                default:
                    if (!reader.Read()) return false;
                    break;
            }
        }
    }
}
