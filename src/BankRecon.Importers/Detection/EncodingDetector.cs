using System.Text;

namespace BankRecon.Importers.Detection;

/// <summary>
/// Picks the text encoding of a bank file: a BOM wins; otherwise UTF-8 when the bytes are valid UTF-8; otherwise
/// Windows-1252, the encoding of most Nordic bank CSV exports that are not UTF-8.
/// </summary>
public static class EncodingDetector
{
    static EncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>UTF-8 without BOM emission, throwing on invalid bytes is not wanted: bad bytes become U+FFFD.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static Encoding Windows1252 => Encoding.GetEncoding(1252);

    /// <summary>Looks an encoding name up ("utf-8", "windows-1252", "iso-8859-1", "cp852", "1252").</summary>
    public static Encoding? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var trimmed = name.Trim();
        if (int.TryParse(trimmed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var codePage))
        {
            try
            {
                return Encoding.GetEncoding(codePage);
            }
            catch (ArgumentException)
            {
                return null;
            }
            catch (NotSupportedException)
            {
                return null;
            }
        }

        if (trimmed.StartsWith("cp", StringComparison.OrdinalIgnoreCase) && int.TryParse(trimmed.AsSpan(2), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out codePage))
        {
            return FromName(codePage.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        try
        {
            var encoding = Encoding.GetEncoding(trimmed);
            return encoding.CodePage == 65001 ? Utf8 : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Detects from a sample of the file's bytes (the whole file when it is small).</summary>
    public static Encoding Detect(ReadOnlySpan<byte> sample, bool sampleIsWholeFile)
    {
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return Utf8;
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode;
        if (sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode;

        // A sample may cut a multi-byte sequence at its end: ignore up to 3 trailing bytes in that case.
        var checkable = sample;
        if (!sampleIsWholeFile && checkable.Length > 3)
        {
            var cut = checkable.Length - 1;
            var back = 0;
            while (cut > 0 && back < 3 && (checkable[cut] & 0xC0) == 0x80)
            {
                cut--;
                back++;
            }

            if ((checkable[cut] & 0x80) != 0) checkable = checkable[..cut];
        }

        return Utf8Validator(checkable) ? Utf8 : Windows1252;
    }

    /// <summary>Detects the encoding of a seekable stream by scanning it, then rewinds it.</summary>
    public static Encoding Detect(Stream seekable, int maxBytes = 1 << 20)
    {
        var start = seekable.Position;
        var buffer = new byte[(int)Math.Min(maxBytes, Math.Max(0, seekable.Length - start))];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = seekable.Read(buffer, read, buffer.Length - read);
            if (n == 0) break;
            read += n;
        }

        var wholeFile = seekable.Position >= seekable.Length;
        seekable.Position = start;
        return Detect(buffer.AsSpan(0, read), wholeFile);
    }

    /// <summary>Length of the byte-order mark at the start of the sample, if any.</summary>
    public static int BomLength(ReadOnlySpan<byte> sample) =>
        sample.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3
        : sample.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || sample.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) ? 2
        : 0;

    private static bool Utf8Validator(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);
}
