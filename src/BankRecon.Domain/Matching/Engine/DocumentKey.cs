namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// The comparable form of a document number: folded letters and digits only, leading zeros of every digit group
/// dropped ("INV-001042", "inv1042", "INV 1042" → "INV1042"). Keys shorter than four characters are never used,
/// after Business Central's minimum.
/// </summary>
internal static class DocumentKey
{
    public const int MinLength = 4;

    /// <summary>The key of a document number, or "" when it is too short to be evidence.</summary>
    public static string Full(string? documentNo)
    {
        if (documentNo is null) return "";
        if (IsPlainKey(documentNo)) return documentNo.Length >= MinLength ? documentNo : "";
        var alphanumeric = TextFold.FoldAlphanumeric(documentNo);
        if (alphanumeric.Length == 0) return "";
        Span<char> buffer = alphanumeric.Length <= 128 ? stackalloc char[alphanumeric.Length] : new char[alphanumeric.Length];
        var length = StripLeadingZeros(alphanumeric, buffer);
        return length >= MinLength ? new string(buffer[..length]) : "";
    }

    /// <summary>
    /// The longest digit group of a document number that also has letters or several groups ("INV-1042" → "1042"),
    /// or "" when there is none of at least four digits. Weaker evidence than the full key.
    /// </summary>
    public static string DigitsOnly(string? documentNo, string fullKey)
    {
        if (fullKey.Length == 0) return "";
        int bestStart = 0, bestLength = 0, i = 0;
        while (i < fullKey.Length)
        {
            if (!char.IsAsciiDigit(fullKey[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < fullKey.Length && char.IsAsciiDigit(fullKey[i])) i++;
            if (i - start >= bestLength)
            {
                bestStart = start;
                bestLength = i - start;
            }
        }

        return bestLength >= MinLength && bestLength < fullKey.Length ? fullKey.Substring(bestStart, bestLength) : "";
    }

    /// <summary>Copies <paramref name="source"/> into <paramref name="destination"/> without leading zeros per digit group.</summary>
    public static int StripLeadingZeros(ReadOnlySpan<char> source, Span<char> destination)
    {
        var length = 0;
        var leading = false;
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (!char.IsAsciiDigit(c))
            {
                leading = false;
                destination[length++] = c;
                continue;
            }

            if (i == 0 || !char.IsAsciiDigit(source[i - 1])) leading = true;
            // a group of only zeros keeps its last zero
            if (leading && c == '0' && i + 1 < source.Length && char.IsAsciiDigit(source[i + 1])) continue;
            leading = false;
            destination[length++] = c;
        }

        return length;
    }

    /// <summary>Already upper-case ASCII letters and digits with no leading zeros: the key is the string itself.</summary>
    private static bool IsPlainKey(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsAsciiLetterUpper(c)) continue;
            if (!char.IsAsciiDigit(c)) return false;
            if (c == '0' && (i == 0 || !char.IsAsciiDigit(value[i - 1])) && i + 1 < value.Length && char.IsAsciiDigit(value[i + 1])) return false;
        }

        return value.Length > 0;
    }

    /// <summary>True when <paramref name="source"/> has a digit group starting with '0' (so stripping changes it).</summary>
    public static bool NeedsStripping(ReadOnlySpan<char> source)
    {
        for (var i = 0; i < source.Length; i++)
        {
            if (source[i] == '0' && (i == 0 || !char.IsAsciiDigit(source[i - 1])) && i + 1 < source.Length && char.IsAsciiDigit(source[i + 1]))
            {
                return true;
            }
        }

        return false;
    }
}
