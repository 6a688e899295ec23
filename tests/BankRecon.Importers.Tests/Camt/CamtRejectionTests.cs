using System.Text;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Camt;

namespace BankRecon.Importers.Tests.Camt;

/// <summary>Files the camt parser must refuse with one clear Fatal diagnostic, never an exception.</summary>
public sealed class CamtRejectionTests
{
    private const string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE Document [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
        ]>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr><MsgId>&lol9;</MsgId></GrpHdr></BkToCstmrStmt></Document>
        """;

    private static ParseResult ParseForced(byte[] bytes)
    {
        var collector = new StatementCollector();
        new CamtParser().Parse(new MemoryStream(bytes), ParseOptions.Default, collector);
        return collector.ToResult(StatementFormat.Camt);
    }

    private static ParseDiagnostic SingleFatal(ParseResult result)
    {
        Assert.True(result.IsRejected);
        return Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Fatal);
    }

    [Fact]
    public void Billion_laughs_is_refused_as_a_DTD_through_the_front_door()
    {
        var result = CamtTestFiles.ReadXml(BillionLaughs);

        Assert.Equal(StatementFormat.Camt, result.Format);
        Assert.StartsWith("XML with a DTD is refused", SingleFatal(result).Message, StringComparison.Ordinal);
        Assert.Empty(result.Statements);
    }

    [Fact]
    public void External_entity_DTD_with_another_root_is_refused_as_a_DTD()
    {
        const string xxe = """<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><foo>&xxe;</foo>""";

        var result = CamtTestFiles.ReadXml(xxe);

        Assert.StartsWith("XML with a DTD is refused", SingleFatal(result).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_xml_is_fatal_with_line_and_position()
    {
        var xml = CamtTestFiles.Statement("""<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></Ntri>""");

        var fatal = SingleFatal(CamtTestFiles.ReadXml(xml));

        Assert.Matches(@"^line \d+, position \d+$", fatal.Location);
        Assert.Contains("not well-formed XML", fatal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_file_or_content_after_the_document_is_fatal()
    {
        var xml = CamtTestFiles.Statement("""<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BkTxCd/></Ntry>""");

        SingleFatal(CamtTestFiles.ReadXml(xml[..(xml.IndexOf("</Stmt>", StringComparison.Ordinal) + 7)]));
        SingleFatal(CamtTestFiles.ReadXml(xml[..(xml.IndexOf("</BkToCstmrStmt>", StringComparison.Ordinal) + 16)]));
        SingleFatal(CamtTestFiles.ReadXml(xml + "<Document/>"));
    }

    [Fact]
    public void Empty_file_is_fatal_through_the_front_door_and_when_forced()
    {
        Assert.Contains("empty", SingleFatal(CamtTestFiles.ReadXml("")).Message, StringComparison.Ordinal);
        SingleFatal(ParseForced([]));
    }

    [Fact]
    public void Non_xml_file_is_not_taken_for_camt_and_is_fatal_when_forced()
    {
        var csv = Encoding.UTF8.GetBytes("Dato;Beløp;Tekst\n15.03.2026;100,00;Test\n");

        Assert.False(new CamtParser().CanRead(csv));
        var fatal = SingleFatal(ParseForced(csv));
        Assert.Equal("line 1, position 1", fatal.Location);
    }

    [Fact]
    public void Xml_document_of_another_message_is_refused()
    {
        const string pain = """<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn><GrpHdr/></CstmrCdtTrfInitn></Document>""";

        var fatal = SingleFatal(ParseForced(Encoding.UTF8.GetBytes(pain)));

        Assert.Contains("CstmrCdtTrfInitn", fatal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_without_statements_is_refused()
    {
        const string empty = """<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><GrpHdr><MsgId>X</MsgId></GrpHdr></BkToCstmrStmt></Document>""";

        var fatal = SingleFatal(CamtTestFiles.ReadXml(empty));

        Assert.Contains("no statement", fatal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_valid_in_the_declared_encoding_are_fatal_not_an_exception()
    {
        var head = Encoding.UTF8.GetBytes("""<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt><Stmt><Id>""");
        byte[] bytes = [.. head, 0xFF, 0xFE, 0xC3, .. Encoding.UTF8.GetBytes("</Id></Stmt></BkToCstmrStmt></Document>")];

        var result = ParseForced(bytes);

        SingleFatal(result);
    }
}
