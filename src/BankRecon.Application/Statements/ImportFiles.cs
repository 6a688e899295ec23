using System.Security.Cryptography;
using BankRecon.Domain.BankAccounts;
using BankRecon.Importers;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Csv;

namespace BankRecon.Application.Statements;

/// <summary>What the preview and the import do with a file before parsing it: hash, format, CSV profile, parse options.</summary>
internal static class ImportFiles
{
    private const int HeadSize = 8192;

    /// <summary>Lower-case hex SHA-256 of the whole stream; the stream is rewound.</summary>
    public static string Sha256(Stream content)
    {
        content.Position = 0;
        var hash = Convert.ToHexStringLower(SHA256.HashData(content));
        content.Position = 0;
        return hash;
    }

    /// <summary>The format a file will be read as (forced, or detected from its first bytes); Auto for a ZIP archive or an unknown file.</summary>
    public static StatementFormat Detect(Stream content, StatementFormat forced)
    {
        if (forced != StatementFormat.Auto) return forced;
        var head = new byte[HeadSize];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var span = head.AsSpan(0, read);
        // A ZIP archive is unpacked by the reader; its entries may be of any format (CSV profiles apply to top-level files).
        if (span.Length >= 2 && span[0] == 'P' && span[1] == 'K') return StatementFormat.Auto;
        return StatementReader.Detect(span)?.Format ?? StatementFormat.Auto;
    }

    /// <summary>
    /// The profile to read a CSV file with: the one the user confirmed, else a named built-in one, else the bank account's
    /// saved one, else the detector's proposal. The detector always runs, for its notes and the file's column names.
    /// </summary>
    public static CsvProfileChoice ChooseCsvProfile(Stream content, CsvProfile? confirmed, CsvProfile? named, BankAccount? chosen)
    {
        content.Position = 0;
        var proposal = CsvProfileDetector.Propose(content);
        content.Position = 0;
        var columns = proposal.Profile?.Columns ?? [];
        if (columns.Count == 0 && proposal.Profile is not null)
        {
            // No header row: columns are referred to by number.
            var width = new[] { proposal.Profile.AmountColumn, proposal.Profile.DebitColumn, proposal.Profile.CreditColumn, proposal.Profile.BookingDateColumn }
                .Select(c => int.TryParse(c, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0)
                .DefaultIfEmpty(0).Max();
            columns = [.. Enumerable.Range(1, Math.Max(width, 1) + 3).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))];
        }

        CsvProfile? saved = null;
        if (chosen?.CsvProfileJson is { } json && CsvProfileSerializer.TryDeserialize(json, out var stored, out _)) saved = stored;
        var (profile, source) = confirmed is not null ? (confirmed, CsvProfileSource.Confirmed)
            : named is not null ? (named, CsvProfileSource.Named)
            : saved is not null ? (saved, CsvProfileSource.Saved)
            : (proposal.Profile, CsvProfileSource.Proposed);
        return new CsvProfileChoice(profile, source, proposal.Profile, proposal.BuiltInName, proposal.Confidence, proposal.Notes, columns);
    }

    public static ParseOptions Options(StatementFormat forced, CsvProfile? csvProfile, BankAccount? chosen) => new()
    {
        Format = forced,
        CsvProfile = csvProfile,
        // CSV exports (and some MT940 dialects) do not name the account or currency: the chosen account fills in.
        DefaultAccount = chosen is null ? null : chosen.Iban ?? chosen.DomesticAccountNo,
        DefaultCurrency = chosen?.Currency,
    };
}
