using System.Diagnostics;
using System.Text.Json;
using BankRecon.Application.Tests.Bench;
using BankRecon.Cli.Commands;

namespace BankRecon.Application.Tests.Cli;

/// <summary>
/// The `bankrecon match` contract, end to end: the built CLI runs as a child process on a hand-made camt.053 file and
/// entries CSV, and the test checks the exact JSON shape and the exit codes.
/// </summary>
public sealed class MatchCommandTests : IDisposable
{
    private const string EntriesHeader =
        "entry_id,party_type,party_no,party_name,party_iban,party_address,party_city,document_type,document_no,external_document_no,payment_reference,posting_date,due_date,currency,remaining_amount,pmt_discount_date,pmt_discount_amount";

    // Three lines: a customer paying invoice 100001 with its KID, a payment to a vendor quoting their invoice number,
    // and a bank fee that matches nothing.
    private const string Statement = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
          <BkToCstmrStmt>
            <GrpHdr><MsgId>TEST-1</MsgId><CreDtTm>2026-04-01T06:00:00</CreDtTm></GrpHdr>
            <Stmt>
              <Id>2026-03</Id>
              <Acct><Id><IBAN>NO9386011117947</IBAN></Id><Ccy>NOK</Ccy></Acct>
              <Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp><Amt Ccy="NOK">10000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-01</Dt></Dt></Bal>
              <Bal><Tp><CdOrPrtry><Cd>CLBD</Cd></CdOrPrtry></Tp><Amt Ccy="NOK">8954.50</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-31</Dt></Dt></Bal>
              <Ntry>
                <Amt Ccy="NOK">1500.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                <BookgDt><Dt>2026-03-10</Dt></BookgDt><ValDt><Dt>2026-03-10</Dt></ValDt>
                <BkTxCd/>
                <NtryDtls><TxDtls>
                  <RltdPties><Dbtr><Pty><Nm>HANSEN BYGG AS</Nm></Pty></Dbtr><DbtrAcct><Id><IBAN>NO5015032080119</IBAN></Id></DbtrAcct></RltdPties>
                  <RmtInf><Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>10001100006</Ref></CdtrRefInf></Strd></RmtInf>
                </TxDtls></NtryDtls>
              </Ntry>
              <Ntry>
                <Amt Ccy="NOK">2500.50</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                <BookgDt><Dt>2026-03-12</Dt></BookgDt><ValDt><Dt>2026-03-12</Dt></ValDt>
                <BkTxCd/>
                <NtryDtls><TxDtls>
                  <RltdPties><Cdtr><Pty><Nm>Nordic Marine Supplies Ltd</Nm></Pty></Cdtr></RltdPties>
                  <RmtInf><Ustrd>Faktura INV-2026-00077</Ustrd></RmtInf>
                </TxDtls></NtryDtls>
              </Ntry>
              <Ntry>
                <Amt Ccy="NOK">45.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
                <BookgDt><Dt>2026-03-31</Dt></BookgDt><ValDt><Dt>2026-03-31</Dt></ValDt>
                <BkTxCd/>
                <NtryDtls><TxDtls><RmtInf><Ustrd>Gebyr</Ustrd></RmtInf></TxDtls></NtryDtls>
              </Ntry>
            </Stmt>
          </BkToCstmrStmt>
        </Document>
        """;

    private const string Entries = EntriesHeader + "\n"
        + "E1,customer,C10011,Hansen Bygg AS,NO5015032080119,Storgata 1,Oslo,invoice,100001,,10001100006,2026-02-20,2026-03-20,NOK,1500.00,,\n"
        + "E2,vendor,V20001,Nordic Marine Supplies Ltd,,,,invoice,PI-60001,INV-2026-00077,,2026-02-25,2026-03-25,NOK,-2500.50,,\n"
        + "E3,customer,C10012,Olsen Transport AS,,,,invoice,100002,,,2026-02-21,2026-03-21,NOK,1500.00,,\n";

    private static readonly string[] LineProperties =
        ["statement_index", "line_index", "amount", "confidence", "account", "applications", "rule", "reasons", "alternatives"];

    private static readonly string[] AlternativeProperties = ["confidence", "account", "applications", "rule", "reasons"];

    private static readonly string[] Confidences = ["high", "medium", "low", "none"];

    private readonly TempDirectory _directory = new();

    public MatchCommandTests()
    {
        File.WriteAllText(_directory.File("statement.xml"), Statement);
        File.WriteAllText(_directory.File("entries.csv"), Entries);
    }

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Json_output_has_the_contract_shape_with_exact_amounts()
    {
        var (exitCode, output, error) = RunCli("match", "--statement", _directory.File("statement.xml"), "--entries", _directory.File("entries.csv"), "--json");

        Assert.True(exitCode == 0, error);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(["lines"], root.EnumerateObject().Select(p => p.Name));
        var lines = root.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(3, lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            Assert.Equal(LineProperties, line.EnumerateObject().Select(p => p.Name));
            Assert.Equal(0, line.GetProperty("statement_index").GetInt32());
            Assert.Equal(i, line.GetProperty("line_index").GetInt32());
            AssertCandidateShape(line);
            foreach (var alternative in line.GetProperty("alternatives").EnumerateArray())
            {
                Assert.Equal(AlternativeProperties, alternative.EnumerateObject().Select(p => p.Name));
                AssertCandidateShape(alternative);
            }
        }

        // Amounts are written from decimal: the scale of the statement survives ("1500.00", not 1500).
        Assert.Equal(["1500.00", "-2500.50", "-45.00"], lines.Select(l => l.GetProperty("amount").GetRawText()));

        // The KID and the payer's IBAN point at invoice 100001 of Hansen Bygg; the other 1500.00 invoice is only an alternative.
        var receipt = lines[0];
        Assert.Equal("high", receipt.GetProperty("confidence").GetString());
        Assert.Equal("customer", receipt.GetProperty("account").GetProperty("type").GetString());
        Assert.Equal("C10011", receipt.GetProperty("account").GetProperty("no").GetString());
        var application = Assert.Single(receipt.GetProperty("applications").EnumerateArray());
        Assert.Equal("E1", application.GetProperty("entry_id").GetString());
        Assert.Equal("1500.00", application.GetProperty("amount").GetRawText());
        Assert.NotEqual(JsonValueKind.Null, receipt.GetProperty("rule").ValueKind);
        Assert.NotEmpty(receipt.GetProperty("reasons").EnumerateArray());
        Assert.DoesNotContain(receipt.GetProperty("alternatives").EnumerateArray(), a => a.GetProperty("applications").EnumerateArray().Any(x => x.GetProperty("entry_id").GetString() == "E1"));

        // The payment to the vendor quotes their invoice number.
        var payment = lines[1];
        Assert.Equal("vendor", payment.GetProperty("account").GetProperty("type").GetString());
        Assert.Equal("V20001", payment.GetProperty("account").GetProperty("no").GetString());
        Assert.Equal("-2500.50", Assert.Single(payment.GetProperty("applications").EnumerateArray()).GetProperty("amount").GetRawText());

        // The bank fee matches no open entry.
        var fee = lines[2];
        Assert.Equal("none", fee.GetProperty("confidence").GetString());
        Assert.Equal(JsonValueKind.Null, fee.GetProperty("account").ValueKind);
        Assert.Empty(fee.GetProperty("applications").EnumerateArray());
    }

    [Fact]
    public void Rules_bc_is_accepted_and_prints_the_same_shape()
    {
        var (exitCode, output, error) = RunCli("match", "--statement", _directory.File("statement.xml"), "--entries", _directory.File("entries.csv"), "--rules", "bc", "--json");

        Assert.True(exitCode == 0, error);
        using var document = JsonDocument.Parse(output);
        var lines = document.RootElement.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.Equal(LineProperties, l.EnumerateObject().Select(p => p.Name)));
        // Business Central does not read KIDs: the payer's IBAN alone, with two open invoices of 1500.00, is Medium.
        Assert.Equal("medium", lines[0].GetProperty("confidence").GetString());
        Assert.Equal("high", lines[1].GetProperty("confidence").GetString());
    }

    [Fact]
    public void A_bad_entries_file_is_rejected_with_exit_code_1_naming_line_and_column()
    {
        File.WriteAllText(_directory.File("bad.csv"), EntriesHeader + "\nE1,customer,C1,A,,,,invoice,1,,,2026-03-01,2026-03-31,NOK,12;50,,\n");

        var (exitCode, output, error) = RunCli("match", "--statement", _directory.File("statement.xml"), "--entries", _directory.File("bad.csv"), "--json");

        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.Contains("Line 2, column remaining_amount", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_statement_is_rejected_with_exit_code_1()
    {
        File.WriteAllText(_directory.File("notes.txt"), "Dear customer,\nthis is not a bank statement.\n");

        var (exitCode, _, error) = RunCli("match", "--statement", _directory.File("notes.txt"), "--entries", _directory.File("entries.csv"));

        Assert.Equal(1, exitCode);
        Assert.Contains("rejected", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_statement_file_is_rejected_with_exit_code_1()
    {
        var (exitCode, _, error) = RunCli("match", "--statement", _directory.File("nowhere.xml"), "--entries", _directory.File("entries.csv"));

        Assert.Equal(1, exitCode);
        Assert.Contains("not found", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--statement", "s.xml")]
    [InlineData("--statement", "s.xml", "--entries", "e.csv", "--rules", "odoo")]
    [InlineData("--statement", "s.xml", "--entries", "e.csv", "--colour")]
    public void Bad_usage_exits_with_code_2(params string[] arguments)
    {
        var (exitCode, output, error) = RunCli(["match", .. arguments]);

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.NotEqual("", error);
    }

    private static void AssertCandidateShape(JsonElement candidate)
    {
        Assert.Contains(candidate.GetProperty("confidence").GetString(), Confidences);
        var account = candidate.GetProperty("account");
        var applications = candidate.GetProperty("applications");
        if (account.ValueKind == JsonValueKind.Null)
        {
            Assert.Empty(applications.EnumerateArray());
        }
        else
        {
            Assert.Equal(["type", "no"], account.EnumerateObject().Select(p => p.Name));
            Assert.Contains(account.GetProperty("type").GetString(), new[] { "customer", "vendor", "gl_account", "bank_account" });
        }

        foreach (var application in applications.EnumerateArray())
        {
            Assert.Equal(["entry_id", "amount"], application.EnumerateObject().Select(p => p.Name));
            Assert.Equal(JsonValueKind.Number, application.GetProperty("amount").ValueKind);
        }

        Assert.True(candidate.GetProperty("rule").ValueKind is JsonValueKind.String or JsonValueKind.Null);
        Assert.All(candidate.GetProperty("reasons").EnumerateArray(), r => Assert.Equal(JsonValueKind.String, r.ValueKind));
    }

    /// <summary>Runs the built `bankrecon` (the referenced CLI assembly) and captures exit code, stdout and stderr.</summary>
    internal static (int ExitCode, string Output, string Error) RunCli(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(typeof(MatchCommand).Assembly.Location);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "bankrecon did not finish within 60 s.");
        return (process.ExitCode, output.Result, error.Result);
    }
}
