namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// The comparable form of a document number: folded letters and digits only, leading zeros of every digit group
/// dropped ("INV-001042", "inv1042", "INV 1042" → "INV1042"). Keys shorter than four characters are never used,
/// after Business Central's minimum.
/// </summary>
internal static class DocumentKey
{
    public const int MinLength = 4;

    /// <summary>
    /// Writes the key of a document number into <paramref name="destination"/> (at least twice its length) and returns
    /// its length, or 0 when it is too short to be evidence.
    /// </summary>
    public static int Full(ReadOnlySpan<char> documentNo, Span<char> destination)
    {
        if (IsPlainKey(documentNo))
        {
            if (documentNo.Length < MinLength) return 0;
            documentNo.CopyTo(destination);
            return documentNo.Length;
        }

        Span<char> folded = documentNo.Length <= 64 ? stackalloc char[128] : new char[documentNo.Length * 2];
        var foldedLength = TextFold.FoldAlphanumeric(documentNo, folded);
        if (foldedLength == 0) return 0;
        var length = StripLeadingZeros(folded[..foldedLength], destination);
        return length >= MinLength ? length : 0;
    }

    /// <summary>
    /// The longest digit group of a document-number key that also has letters or several groups ("INV1042" → "1042"),
    /// or an empty range when there is none of at least four digits. Weaker evidence than the full key.
    /// </summary>
    public static Range DigitsOnly(ReadOnlySpan<char> fullKey)
    {
        if (fullKey.Length == 0) return default;
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

        return bestLength >= MinLength && bestLength < fullKey.Length ? bestStart..(bestStart + bestLength) : default;
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
    private static bool IsPlainKey(ReadOnlySpan<char> value)
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
