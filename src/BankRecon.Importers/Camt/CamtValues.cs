using System.Globalization;
using System.Text;
using BankRecon.Importers.Text;

namespace BankRecon.Importers.Camt;

/// <summary>Parsing of camt leaf values: always invariant culture, because XML decimals use '.' by definition.</summary>
internal static class CamtValues
{
    /// <summary>An unsigned XML decimal ("18.150", "2700", "12345.6"), keeping its scale.</summary>
    public static bool TryAmount(string? text, out decimal amount)
    {
        amount = 0m;
        return text is not null
            && decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount);
    }

    /// <summary>
    /// The calendar date as written, from <c>xs:date</c> or <c>xs:dateTime</c> ("2014-12-31T13:15:00+01:00" is
    /// 2014-12-31): converting to UTC first could move a booking to the previous day.
    /// </summary>
    public static DateOnly? Date(string? text)
    {
        if (text is null) return null;
        var span = text.AsSpan().Trim();
        if (span.Length < 10) return null;
        if (AsciiDate.TryIso(span[..10], out var date)) return date;

        // Whatever the fast path does not take goes through the framework, so the accepted forms stay exactly as before.
        return DateOnly.TryParseExact(span[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            ? date
            : null;
    }

    /// <summary>The date of a choice element holding <c>Dt</c> or <c>DtTm</c> (BookgDt, ValDt, Bal/Dt).</summary>
    public static DateOnly? DateChoice(CamtNode? node, out string? raw)
    {
        raw = node is null ? null : node.Value("Dt") ?? node.Value("DtTm") ?? node.TrimmedText;
        return Date(raw);
    }

    /// <summary>+1 for CRDT, -1 for DBIT, 0 for anything else.</summary>
    public static int Direction(string? indicator) => indicator switch
    {
        "CRDT" => 1,
        "DBIT" => -1,
        _ => 0,
    };

    public static bool IsTrue(string? text) =>
        text is not null && (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text == "1");

    /// <summary>Collapses runs of whitespace (including newlines inside AddtlNtryInf) into single spaces.</summary>
    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (CollapsedText.Is(text)) return text;
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }

        return builder.ToString();
    }
}
