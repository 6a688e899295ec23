using BankRecon.Importers.Abstractions;
using BankRecon.TestKit;

namespace BankRecon.Importers.Tests.Camt;

/// <summary>Reads the camt fixtures under TestData/camt and parses inline XML, always through the public front door.</summary>
internal static class CamtTestFiles
{
    public static string Folder { get; } = Path.Combine(GoldenFile.ProjectDirectory(), "TestData", "camt");

    public static ParseResult Read(string fileName, ParseOptions? options = null)
    {
        using var stream = File.OpenRead(Path.Combine(Folder, fileName));
        return StatementReader.Read(stream, options);
    }

    public static ParseResult ReadXml(string xml, ParseOptions? options = null)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        return StatementReader.Read(stream, options);
    }

    /// <summary>A minimal camt.053.001.08 around the given entries.</summary>
    public static string Statement(string entries, string account = "<IBAN>DE89370400440532013000</IBAN>", string currency = "<Ccy>EUR</Ccy>", string balances = "") =>
        $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
          <BkToCstmrStmt>
            <GrpHdr><MsgId>T</MsgId><CreDtTm>2026-01-01T00:00:00Z</CreDtTm></GrpHdr>
            <Stmt>
              <Id>S-1</Id>
              <Acct><Id>{account}</Id>{currency}</Acct>
              {balances}
              {entries}
            </Stmt>
          </BkToCstmrStmt>
        </Document>
        """;
}
