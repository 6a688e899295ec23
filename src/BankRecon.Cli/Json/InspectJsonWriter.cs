using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Cli.Json;

/// <summary>
/// Writes the stable JSON contract of <c>bankrecon inspect --json</c>. Other tools read it, so names, order and
/// formats do not change: dates yyyy-MM-dd or null; amounts as JSON numbers with the decimal's own digits (18.150
/// stays 18.150, never through double); format and severity in lower case.
/// </summary>
public static class InspectJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Output is UTF-8 for tools, not HTML: keep "ø" and "&" readable instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(ParseResult result)
    {
        using var buffer = new MemoryStream();
        Write(buffer, result);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Stream output, ParseResult result)
    {
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        if (result.Format == StatementFormat.Auto) json.WriteNull("format");
        else json.WriteString("format", FormatName(result.Format));

        json.WriteStartArray("statements");
        foreach (var statement in result.Statements)
        {
            var header = statement.Header;
            json.WriteStartObject();
            json.WriteString("account", header.Account);
            json.WriteString("currency", header.Currency);
            json.WriteString("statement_id", header.StatementId);
            Date(json, "from", header.From);
            Date(json, "to", header.To);
            Amount(json, "opening_balance", header.OpeningBalance);
            Amount(json, "closing_balance", header.ClosingBalance);
            json.WriteStartArray("lines");
            foreach (var line in statement.Lines)
            {
                json.WriteStartObject();
                Date(json, "booking_date", line.BookingDate);
                Date(json, "value_date", line.ValueDate);
                Amount(json, "amount", line.Amount);
                json.WriteString("currency", line.Currency);
                json.WriteString("description", line.Description);
                json.WriteString("counterparty_name", line.CounterpartyName);
                json.WriteString("counterparty_account", line.CounterpartyAccount);
                json.WriteString("reference", line.Reference);
                json.WriteString("end_to_end_id", line.EndToEndId);
                json.WriteString("bank_reference", line.BankReference);
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
            json.WriteString("severity", SeverityName(diagnostic.Severity));
            json.WriteString("location", diagnostic.Location);
            json.WriteString("message", diagnostic.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        output.WriteByte((byte)'\n');
    }

    public static string FormatName(StatementFormat format) => format switch
    {
        StatementFormat.Camt => "camt",
        StatementFormat.Mt940 => "mt940",
        StatementFormat.Ofx => "ofx",
        StatementFormat.Bai2 => "bai2",
        StatementFormat.Csv => "csv",
        StatementFormat.Auto => "auto",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown statement format."),
    };

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Info => "info",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Fatal => "fatal",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "Unknown severity."),
    };

    private static void Date(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } value) json.WriteString(name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else json.WriteNull(name);
    }

    private static void Amount(Utf8JsonWriter json, string name, decimal? amount)
    {
        json.WritePropertyName(name);
        // The decimal's own text (scale kept); a JSON number, never formatted through double.
        if (amount is { } value) json.WriteRawValue(value.ToString(CultureInfo.InvariantCulture), skipInputValidation: true);
        else json.WriteNullValue();
    }
}
