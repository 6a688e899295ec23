using System.Globalization;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Application.Statements;

/// <summary>
/// Statement numbers continue from the bank account's last statement, as Business Central's "Statement No." does:
/// the file's own running number when it has one (camt ElctrncSeqNb/LglSeqNb, MT940 :28C:), otherwise the last
/// number incremented ("2026-0042" → "2026-0043"; nothing before → "1").
/// </summary>
public static class StatementNumbering
{
    private const int MaxLength = 20;

    /// <summary>The running number a statement carries, or null when its format has none (OFX, BAI2, CSV).</summary>
    public static string? FromFile(StatementHeader header, StatementFormat format)
    {
        var candidate = header.ElectronicSequenceNumber ?? header.LegalSequenceNumber;
        if (candidate is null && header.StatementId is { } id && format is StatementFormat.Mt940 or StatementFormat.Auto)
        {
            // :28C:00042/001 is statement 42, sequence (page) 1. In a ZIP archive (format unknown up front) only that
            // shape counts: other formats' statement ids are not running numbers.
            var slash = id.IndexOf('/', StringComparison.Ordinal);
            if (slash > 0 && id[..slash].All(char.IsAsciiDigit)) candidate = id[..slash];
            else if (format == StatementFormat.Mt940) candidate = id;
        }

        if (string.IsNullOrWhiteSpace(candidate)) return null;
        var trimmed = candidate.Trim();
        if (trimmed.All(char.IsAsciiDigit))
        {
            trimmed = trimmed.TrimStart('0');
            if (trimmed.Length == 0) trimmed = "0";
        }

        return trimmed.Length > MaxLength ? trimmed[..MaxLength] : trimmed;
    }

    /// <summary>The number after <paramref name="last"/>: its last run of digits plus one, keeping the width.</summary>
    public static string Next(string? last)
    {
        if (string.IsNullOrWhiteSpace(last)) return "1";
        var end = last.Length;
        while (end > 0 && !char.IsAsciiDigit(last[end - 1])) end--;
        if (end == 0) return last + "1";
        var start = end;
        while (start > 0 && char.IsAsciiDigit(last[start - 1])) start--;
        var digits = last[start..end];
        var next = (decimal.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture).PadLeft(digits.Length, '0');
        var result = last[..start] + next + last[end..];
        return result.Length > MaxLength ? result[..MaxLength] : result;
    }

    /// <summary>True when <paramref name="number"/> is the one that should follow <paramref name="last"/>.</summary>
    public static bool IsNext(string? last, string number)
    {
        if (string.IsNullOrWhiteSpace(last)) return true;
        if (TryNumber(last, out var previous) && TryNumber(number, out var current)) return current == previous + 1;
        return string.Equals(Next(last), number, StringComparison.OrdinalIgnoreCase);
    }

    private static bool TryNumber(string value, out decimal number) =>
        decimal.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out number);
}
