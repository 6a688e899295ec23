using System.Globalization;
using System.Text;
using System.Text.Json;
using BankRecon.Importers.Abstractions;

namespace BankRecon.TestKit;

/// <summary>
/// Every field of a <see cref="ParseResult"/> as indented JSON, for golden files. Amounts are written with the
/// decimal's own digits (never through double), dates as yyyy-MM-dd, and each statement shows its line count and sum
/// so that a reviewer can check them against the file's balances.
/// </summary>
public static class ParseResultJson
{
    public static string Serialize(ParseResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("format", result.Format.ToString().ToLowerInvariant());
            json.WriteStartArray("statements");
            foreach (var statement in result.Statements)
            {
                var header = statement.Header;
                json.WriteStartObject();
                json.WriteNumber("index", header.StatementIndex);
                json.WriteString("account", header.Account);
                json.WriteString("currency", header.Currency);
                json.WriteString("statement_id", header.StatementId);
                json.WriteString("electronic_sequence_number", header.ElectronicSequenceNumber);
                json.WriteString("legal_sequence_number", header.LegalSequenceNumber);
                Date(json, "from", header.From);
                Date(json, "to", header.To);
                Amount(json, "opening_balance", header.OpeningBalance);
                Amount(json, "closing_balance", header.ClosingBalance);
                json.WriteBoolean("is_copy", header.IsCopy);
                json.WriteString("location", header.Location);
                json.WriteNumber("line_count", statement.Lines.Count);
                Amount(json, "line_sum", statement.Lines.Sum(l => l.Amount));
                json.WriteStartArray("lines");
                foreach (var line in statement.Lines)
                {
                    json.WriteStartObject();
                    json.WriteNumber("statement_index", line.StatementIndex);
                    json.WriteNumber("line_index", line.LineIndex);
                    Date(json, "booking_date", line.BookingDate);
                    Date(json, "value_date", line.ValueDate);
                    Amount(json, "amount", line.Amount);
                    json.WriteString("currency", line.Currency);
                    Amount(json, "original_amount", line.OriginalAmount);
                    json.WriteString("original_currency", line.OriginalCurrency);
                    Amount(json, "exchange_rate", line.ExchangeRate);
                    Amount(json, "charges_amount", line.ChargesAmount);
                    json.WriteString("description", line.Description);
                    json.WriteString("counterparty_name", line.CounterpartyName);
                    json.WriteString("counterparty_account", line.CounterpartyAccount);
                    json.WriteString("reference", line.Reference);
                    json.WriteString("reference_type", line.ReferenceType);
                    json.WriteString("end_to_end_id", line.EndToEndId);
                    json.WriteString("bank_reference", line.BankReference);
                    json.WriteString("bank_transaction_code", line.BankTransactionCode);
                    json.WriteBoolean("is_reversal", line.IsReversal);
                    json.WriteString("location", line.Location);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
                json.WriteString("location", diagnostic.Location);
                json.WriteString("message", diagnostic.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Date(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } d) json.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else json.WriteNull(name);
    }

    private static void Amount(Utf8JsonWriter json, string name, decimal? amount)
    {
        json.WritePropertyName(name);
        if (amount is { } a) json.WriteRawValue(a.ToString(CultureInfo.InvariantCulture));
        else json.WriteNullValue();
    }
}
