namespace BankRecon.Importers.Writers;

/// <summary>What a CSV file needs beyond the lines: the balance to start the running balance from, preamble text, account.</summary>
public sealed record CsvWriteOptions
{
    /// <summary>Balance before the first line; when null the balance column stays empty.</summary>
    public decimal? OpeningBalance { get; init; }

    /// <summary>Text of the profile's preamble lines (<see cref="Csv.CsvProfile.SkipLines"/>); missing ones get a placeholder.</summary>
    public IReadOnlyList<string> PreambleLines { get; init; } = [];

    /// <summary>Value of the account column, when the profile has one.</summary>
    public string? Account { get; init; }

    /// <summary>Line ending; CRLF as most bank exports and RFC 4180.</summary>
    public string NewLine { get; init; } = "\r\n";
}
