namespace BankRecon.Importers.Csv;

/// <summary>How the amount of a CSV row is laid out.</summary>
public enum CsvAmountLayout
{
    /// <summary>One signed amount column.</summary>
    Signed = 0,

    /// <summary>Separate debit (money out) and credit (money in) columns, both usually unsigned.</summary>
    DebitCredit = 1,

    /// <summary>An unsigned amount column plus a direction column (e.g. "D"/"C", "Inn"/"Ut").</summary>
    AmountWithDirection = 2,
}

/// <summary>
/// A bank CSV layout, as data. Column references are header names when the file has a header row, otherwise 1-based
/// column numbers written as text ("3").
/// </summary>
public sealed record CsvProfile
{
    /// <summary>Unique name, e.g. "dnb-no" or "my-bank-2026".</summary>
    public required string Name { get; init; }

    public string? DisplayName { get; init; }

    /// <summary>"utf-8" or "windows-1252"; null = detect (BOM, UTF-8 validity, else Windows-1252).</summary>
    public string? Encoding { get; init; }

    public char Delimiter { get; init; } = ';';

    public char Quote { get; init; } = '"';

    public bool HasHeaderRow { get; init; } = true;

    /// <summary>Lines before the header (bank name, account, period) to skip.</summary>
    public int SkipLines { get; init; }

    /// <summary>.NET exact date pattern, e.g. "dd.MM.yyyy" or "yyyy-MM-dd".</summary>
    public string DatePattern { get; init; } = "yyyy-MM-dd";

    public char DecimalSeparator { get; init; } = ',';

    /// <summary>Thousands separator, or null when none is used. Space means any space, including NBSP.</summary>
    public char? ThousandsSeparator { get; init; }

    public CsvAmountLayout AmountLayout { get; init; } = CsvAmountLayout.Signed;

    public string? BookingDateColumn { get; init; }

    public string? ValueDateColumn { get; init; }

    public string? AmountColumn { get; init; }

    public string? DebitColumn { get; init; }

    public string? CreditColumn { get; init; }

    public string? DirectionColumn { get; init; }

    /// <summary>Values of the direction column that mean money out (case-insensitive), e.g. "D", "Ut", "Debet".</summary>
    public IReadOnlyList<string> DebitMarkers { get; init; } = ["D", "DR", "DEBIT", "DEBET", "UT", "UTTAK"];

    /// <summary>Columns joined (with spaces) into the description text.</summary>
    public IReadOnlyList<string> TextColumns { get; init; } = [];

    public string? CounterpartyNameColumn { get; init; }

    public string? CounterpartyAccountColumn { get; init; }

    public string? ReferenceColumn { get; init; }

    public string? BankReferenceColumn { get; init; }

    public string? CurrencyColumn { get; init; }

    public string? BalanceColumn { get; init; }
}
