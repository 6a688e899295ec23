using System.Text;

namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// Folds text to upper-case ASCII where a Latin letter has an obvious base (ø→O, å→A, ä→A, ö→O, æ→AE, é→E, ß→SS),
/// so that "Bjørn Ødegård" and "BJORN ODEGARD" compare equal. Other letters are upper-cased as they are.
/// </summary>
internal static class TextFold
{
    private const char TableStart = '\u00C0';
    private const char TableEnd = '\u024F';
    private static readonly string?[] Table = BuildTable();

    /// <summary>Writes the folded form of <paramref name="c"/> (0–2 chars) into <paramref name="destination"/>; 0 = not a letter or digit.</summary>
    public static int Fold(char c, Span<char> destination)
    {
        if (c < 128)
        {
            if (char.IsAsciiLetterLower(c))
            {
                destination[0] = (char)(c - 32);
                return 1;
            }

            if (char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c))
            {
                destination[0] = c;
                return 1;
            }

            return 0;
        }

        if (c is >= TableStart and <= TableEnd)
        {
            var folded = Table[c - TableStart];
            if (folded is null) return 0;
            folded.AsSpan().CopyTo(destination);
            return folded.Length;
        }

        if (!char.IsLetterOrDigit(c)) return 0;
        destination[0] = char.ToUpperInvariant(c);
        return 1;
    }

    /// <summary>Folded words separated by single spaces: "Bjørn  Ødegård AS" → "BJORN ODEGARD AS".</summary>
    public static string FoldWords(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        // a character folds to at most two
        Span<char> buffer = text.Length <= 128 ? stackalloc char[256] : new char[text.Length * 2];
        return new string(buffer[..FoldWords(text, buffer)]);
    }

    /// <summary>Writes the <see cref="FoldWords(string?)"/> form of <paramref name="text"/> into <paramref name="destination"/> (twice its length) and returns its length.</summary>
    public static int FoldWords(ReadOnlySpan<char> text, Span<char> destination)
    {
        Span<char> folded = stackalloc char[2];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            var count = Fold(c, folded);
            if (count == 0)
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace) destination[length++] = ' ';
            pendingSpace = false;
            folded[..count].CopyTo(destination[length..]);
            length += count;
        }

        return length;
    }

    /// <summary>True when both texts have the same <see cref="FoldWords(string?)"/> form (no strings made).</summary>
    public static bool SameWords(string? a, string? b) => SameFolded(a, b, words: true);

    /// <summary>Folded letters and digits only: "INV-001 042" → "INV001042".</summary>
    public static string FoldAlphanumeric(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        Span<char> buffer = text.Length <= 128 ? stackalloc char[256] : new char[text.Length * 2];
        return new string(buffer[..FoldAlphanumeric(text, buffer)]);
    }

    /// <summary>Writes the folded letters and digits of <paramref name="text"/> into <paramref name="destination"/> (twice its length) and returns their count.</summary>
    public static int FoldAlphanumeric(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        foreach (var c in text) length += Fold(c, destination[length..]);
        return length;
    }

    /// <summary>True when both texts have the same <see cref="FoldAlphanumeric(string?)"/> form (no strings made).</summary>
    public static bool SameAlphanumeric(string? a, string? b) => SameFolded(a, b, words: false);

    private static bool SameFolded(string? a, string? b, bool words)
    {
        var lengthA = a?.Length ?? 0;
        var lengthB = b?.Length ?? 0;
        Span<char> x = lengthA <= 64 ? stackalloc char[128] : new char[lengthA * 2];
        Span<char> y = lengthB <= 64 ? stackalloc char[128] : new char[lengthB * 2];
        var foldedA = words ? FoldWords(a, x) : FoldAlphanumeric(a, x);
        var foldedB = words ? FoldWords(b, y) : FoldAlphanumeric(b, y);
        return x[..foldedA].SequenceEqual(y[..foldedB]);
    }

    private static string?[] BuildTable()
    {
        var table = new string?[TableEnd - TableStart + 1];
        for (var c = TableStart; c <= TableEnd; c++)
        {
            table[c - TableStart] = FoldOne(c);
        }

        return table;
    }

    private static string? FoldOne(char c)
    {
        switch (c)
        {
            case 'Æ' or 'æ': return "AE";
            case 'Ø' or 'ø': return "O";
            case 'Œ' or 'œ': return "OE";
            case 'ß': return "SS";
            case 'Þ' or 'þ': return "TH";
            case 'Ð' or 'ð' or 'Đ' or 'đ': return "D";
            case 'Ł' or 'ł': return "L";
            case 'ı': return "I";
        }

        if (!char.IsLetter(c)) return null;
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var letter = decomposed[0];
        return char.IsAsciiLetter(letter) ? char.ToUpperInvariant(letter).ToString() : char.ToUpperInvariant(c).ToString();
    }
}
