using System.Text;
using BankRecon.Importers.Detection;

namespace BankRecon.Importers.Csv;

/// <summary>Encoding names used in CSV profiles, including "utf-8-bom" for files written with a byte-order mark.</summary>
public static class CsvEncodings
{
    /// <summary>UTF-8 that writes a byte-order mark (Excel needs it to open UTF-8 CSV with æøå correctly).</summary>
    public static Encoding Utf8WithBom { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true, throwOnInvalidBytes: false);

    /// <summary>The encoding a profile names, or null when the name is unknown or empty.</summary>
    public static Encoding? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var trimmed = name.Trim();
        if (trimmed.Equals("utf-8-bom", StringComparison.OrdinalIgnoreCase) || trimmed.Equals("utf-8-sig", StringComparison.OrdinalIgnoreCase))
        {
            return Utf8WithBom;
        }

        return EncodingDetector.FromName(trimmed);
    }

    /// <summary>The encoding to read with: the profile's, else detected from the content (the stream is rewound).</summary>
    public static Encoding ForReading(CsvProfile profile, Stream seekable) =>
        Resolve(profile.Encoding) is { } named ? (named.CodePage == 65001 ? EncodingDetector.Utf8 : named) : EncodingDetector.Detect(seekable);

    /// <summary>The encoding to write with: the profile's, else UTF-8 without BOM.</summary>
    public static Encoding ForWriting(CsvProfile profile) => Resolve(profile.Encoding) ?? EncodingDetector.Utf8;
}
