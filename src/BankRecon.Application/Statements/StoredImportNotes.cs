using System.Globalization;
using System.Text;
using System.Text.Json;
using BankRecon.Domain.Common;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Application.Statements;

/// <summary>
/// An import's warnings as they are kept on the import (<c>StatementImport.Warnings</c>) for its result page: each with its
/// code, English sentence and typed values, so that a reader sees them in their own language also days later, not only
/// right after the import. JSON: <c>{"notes":[{"code","text","args":[…]}],"more":N}</c>, where each value says its
/// type (<c>{"s":…}</c> text, <c>{"i":…}</c> whole number, <c>{"d":"1250.50"}</c> amount, <c>{"date":…}</c>,
/// <c>{"utc":…}</c>, <c>{"money":…,"cur":…}</c>, <c>{"loc":…}</c> a place in the file, <c>{"diag":{…}}</c> a parser's
/// note with values of its own). Warnings kept before this format (one English sentence per line) are read as notes
/// without a code, shown as written.
/// </summary>
public static class StoredImportNotes
{
    /// <summary>The stored form of <paramref name="notes"/>, as many whole ones as fit in <paramref name="maxLength"/> characters and a count of the rest; null for none.</summary>
    public static string? Write(IReadOnlyList<ImportNote> notes, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(notes);
        if (notes.Count == 0) return null;
        var kept = new List<string>(notes.Count);
        var length = 0;
        foreach (var note in notes)
        {
            var json = Json(writer => WriteNote(writer, note));
            // room for the frame and the count of what did not fit
            if (length + json.Length + 1 > maxLength - 40) break;
            kept.Add(json);
            length += json.Length + 1;
        }

        var more = notes.Count - kept.Count;
        return "{\"notes\":[" + string.Join(',', kept) + "]" + (more > 0 ? ",\"more\":" + more.ToString(CultureInfo.InvariantCulture) : "") + "}";
    }

    /// <summary>The notes kept on an import, and how many more there were than fitted.</summary>
    public static (IReadOnlyList<ImportNote> Notes, int More) Read(string? stored)
    {
        if (string.IsNullOrWhiteSpace(stored)) return ([], 0);
        if (!stored.StartsWith('{')) return (Legacy(stored), 0);
        try
        {
            using var document = JsonDocument.Parse(stored);
            var root = document.RootElement;
            var notes = root.GetProperty("notes").EnumerateArray().Select(ReadNote).ToList();
            var more = root.TryGetProperty("more", out var count) ? count.GetInt32() : 0;
            return (notes, more);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException or ArgumentException or OverflowException)
        {
            // what cannot be read is shown as it is stored rather than lost
            return ([new ImportNote("", stored, [])], 0);
        }
    }

    private static List<ImportNote> Legacy(string stored) =>
        [.. stored.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => new ImportNote("", line, []))];

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) write(writer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteNote(Utf8JsonWriter writer, ImportNote note)
    {
        writer.WriteStartObject();
        writer.WriteString("code", note.Code);
        writer.WriteString("text", note.Message);
        WriteArgs(writer, note.Args);
        writer.WriteEndObject();
    }

    private static void WriteArgs(Utf8JsonWriter writer, IReadOnlyList<object> args)
    {
        writer.WriteStartArray("args");
        foreach (var arg in args)
        {
            writer.WriteStartObject();
            switch (arg)
            {
                case string text:
                    writer.WriteString("s", text);
                    break;
                case int or long or short or byte:
                    writer.WriteNumber("i", Convert.ToInt64(arg, CultureInfo.InvariantCulture));
                    break;
                case decimal amount:
                    writer.WriteString("d", amount.ToString(CultureInfo.InvariantCulture));
                    break;
                case DateOnly date:
                    writer.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                    break;
                case DateTime instant:
                    writer.WriteString("utc", DateTime.SpecifyKind(instant, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture));
                    break;
                case Money money:
                    writer.WriteString("money", money.Amount.ToString(CultureInfo.InvariantCulture));
                    writer.WriteString("cur", money.Currency.Code);
                    break;
                case FileLocation location:
                    writer.WriteString("loc", location.Text);
                    break;
                case ParseDiagnostic diagnostic:
                    writer.WriteStartObject("diag");
                    writer.WriteString("sev", diagnostic.Severity.ToString());
                    writer.WriteString("loc", diagnostic.Location);
                    writer.WriteString("text", diagnostic.Message);
                    if (diagnostic.Code is not null) writer.WriteString("code", diagnostic.Code);
                    WriteArgs(writer, diagnostic.Args);
                    writer.WriteEndObject();
                    break;
                default:
                    // anything else is shown as its invariant text
                    writer.WriteString("s", Convert.ToString(arg, CultureInfo.InvariantCulture) ?? "");
                    break;
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static ImportNote ReadNote(JsonElement note) =>
        new(note.GetProperty("code").GetString() ?? "", note.GetProperty("text").GetString() ?? "", ReadArgs(note));

    private static object[] ReadArgs(JsonElement owner) => [.. owner.GetProperty("args").EnumerateArray().Select(ReadArg)];

    private static object ReadArg(JsonElement arg)
    {
        if (arg.TryGetProperty("s", out var text)) return text.GetString() ?? "";
        if (arg.TryGetProperty("i", out var number))
        {
            // an int stays an int (a ternary would make every one a long)
            if (number.TryGetInt32(out var small)) return small;
            return number.GetInt64();
        }

        if (arg.TryGetProperty("d", out var amount)) return decimal.Parse(amount.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture);
        if (arg.TryGetProperty("date", out var date)) return DateOnly.ParseExact(date.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (arg.TryGetProperty("utc", out var instant))
        {
            return DateTime.SpecifyKind(DateTime.Parse(instant.GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind), DateTimeKind.Utc);
        }

        if (arg.TryGetProperty("money", out var money))
        {
            return new Money(decimal.Parse(money.GetString()!, NumberStyles.Number, CultureInfo.InvariantCulture), CurrencyCode.Parse(arg.GetProperty("cur").GetString()!));
        }

        if (arg.TryGetProperty("loc", out var location)) return new FileLocation(location.GetString() ?? "");
        if (arg.TryGetProperty("diag", out var diagnostic))
        {
            return new ParseDiagnostic(
                Enum.Parse<DiagnosticSeverity>(diagnostic.GetProperty("sev").GetString()!),
                diagnostic.GetProperty("loc").GetString() ?? "",
                diagnostic.GetProperty("text").GetString() ?? "")
            {
                Code = diagnostic.TryGetProperty("code", out var code) ? code.GetString() : null,
                Args = ReadArgs(diagnostic),
            };
        }

        throw new FormatException("A stored value of an unknown kind.");
    }
}
