using BankRecon.Cli.Json;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Cli.Tests;

public sealed class InspectJsonWriterTests
{
    [Fact]
    public void Result_is_written_in_the_exact_contract_shape()
    {
        var header = new StatementHeader { Account = "NO9386011117947", Currency = "NOK", StatementId = "74", From = new DateOnly(2026, 3, 1), To = null, OpeningBalance = 18.150m, ClosingBalance = null };
        var line = new ParsedLine
        {
            BookingDate = new DateOnly(2026, 3, 2),
            ValueDate = null,
            Amount = -1249.5m,
            Currency = "NOK",
            Description = "Strøm \"mars\" & nett",
            CounterpartyName = "Ola Nordmann",
            CounterpartyAccount = "12345678903",
            Reference = "20260315000121",
            EndToEndId = null,
            BankReference = "NO-1",
            BankTransactionCode = "not in the contract",
        };
        var result = new ParseResult(StatementFormat.Camt, [new ParsedStatement(header, [line])], [ParseDiagnostic.Warning("Stmt[1]", "Copy.")]);

        var json = InspectJsonWriter.ToJson(result);

        Assert.Equal(
            """
            {
              "format": "camt",
              "statements": [
                {
                  "account": "NO9386011117947",
                  "currency": "NOK",
                  "statement_id": "74",
                  "from": "2026-03-01",
                  "to": null,
                  "opening_balance": 18.150,
                  "closing_balance": null,
                  "lines": [
                    {
                      "booking_date": "2026-03-02",
                      "value_date": null,
                      "amount": -1249.5,
                      "currency": "NOK",
                      "description": "Strøm \"mars\" & nett",
                      "counterparty_name": "Ola Nordmann",
                      "counterparty_account": "12345678903",
                      "reference": "20260315000121",
                      "end_to_end_id": null,
                      "bank_reference": "NO-1"
                    }
                  ]
                }
              ],
              "diagnostics": [
                {
                  "severity": "warning",
                  "location": "Stmt[1]",
                  "message": "Copy."
                }
              ]
            }

            """, json);
    }

    [Fact]
    public void Unrecognised_file_has_a_null_format_and_lower_case_fatal()
    {
        var json = InspectJsonWriter.ToJson(new ParseResult(StatementFormat.Auto, [], [ParseDiagnostic.Fatal("file", "Nope.")]));

        Assert.Contains("\"format\": null", json, StringComparison.Ordinal);
        Assert.Contains("\"severity\": \"fatal\"", json, StringComparison.Ordinal);
        Assert.Contains("\"statements\": []", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StatementFormat.Camt, "camt")]
    [InlineData(StatementFormat.Mt940, "mt940")]
    [InlineData(StatementFormat.Ofx, "ofx")]
    [InlineData(StatementFormat.Bai2, "bai2")]
    [InlineData(StatementFormat.Csv, "csv")]
    public void Formats_are_named_in_lower_case(StatementFormat format, string name)
    {
        Assert.Equal(name, InspectJsonWriter.FormatName(format));
    }

    [Fact]
    public void Large_and_very_precise_amounts_keep_every_digit()
    {
        var line = new ParsedLine { Amount = 79228162514264337593543950335m, Currency = "XXX" };
        var small = new ParsedLine { Amount = 0.00001m, Currency = "XXX" };
        var json = InspectJsonWriter.ToJson(new ParseResult(StatementFormat.Camt, [new ParsedStatement(new StatementHeader(), [line, small])], []));

        Assert.Contains("\"amount\": 79228162514264337593543950335,", json, StringComparison.Ordinal);
        Assert.Contains("\"amount\": 0.00001,", json, StringComparison.Ordinal);
    }
}
