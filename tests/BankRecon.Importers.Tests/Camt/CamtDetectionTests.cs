using System.Text;
using BankRecon.Importers.Camt;

namespace BankRecon.Importers.Tests.Camt;

public sealed class CamtDetectionTests
{
    private static bool CanRead(string text, Encoding? encoding = null, bool bom = false)
    {
        encoding ??= new UTF8Encoding(false);
        byte[] bytes = bom ? [.. encoding.GetPreamble(), .. encoding.GetBytes(text)] : encoding.GetBytes(text);
        return new CamtParser().CanRead(bytes);
    }

    [Theory]
    [InlineData("""<?xml version="1.0" encoding="UTF-8"?>""" + "\n" + """<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>""")]
    [InlineData("""<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08"><BkToCstmrDbtCdtNtfctn>""")]
    [InlineData("""<?xml version='1.0'?><Document xmlns="ISO:camt.053.001.02:APC:STUZZA:payments:003"><BkToCstmrStmt>""")]
    [InlineData("\r\n  <Document\n        xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.052.001.02\">\n<BkToCstmrAcctRpt>")]
    [InlineData("""<ns2:Document xmlns:ns2="urn:iso:std:iso:20022:tech:xsd:camt.053.001.13"><ns2:BkToCstmrStmt>""")]
    [InlineData("""<BkToCstmrStmt xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.04"><GrpHdr>""")]
    public void Camt_heads_are_recognised(string head)
    {
        Assert.True(CanRead(head));
    }

    [Fact]
    public void Camt_head_with_BOM_or_in_UTF16_is_recognised()
    {
        const string head = """<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt>""";
        Assert.True(CanRead(head, bom: true));
        Assert.True(CanRead(head, Encoding.Unicode, bom: true));
    }

    [Theory]
    [InlineData(":20:STARTUMS\r\n:25:50880050/0194787400888\r\n:28C:0\r\n")]
    [InlineData("OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><BANKMSGSRSV1>")]
    [InlineData("""<?xml version="1.0"?><?OFX OFXHEADER="200" VERSION="211"?><OFX><BANKMSGSRSV1>""")]
    [InlineData("01,ABC,XYZ,260315,0800,1,,,2/\n02,XYZ,ABC,1,260315,0800,,2/")]
    [InlineData("Dato;Beløp;Tekst\n15.03.2026;100,00;Document payment\n")]
    [InlineData("""<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn>""")]
    [InlineData("""<html><body>Document BkToCstmrStmt</body></html>""")]
    [InlineData("")]
    public void Other_formats_are_not_taken_for_camt(string head)
    {
        Assert.False(CanRead(head));
    }

    [Fact]
    public void Xml_with_a_DTD_is_claimed_so_that_it_can_be_refused()
    {
        Assert.True(CanRead("""<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><lolz>&lol;</lolz>"""));
    }
}
