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
/// column numbers written as text ("3"). A header name may carry "#n" to pick its n-th occurrence when a file repeats
/// a column name ("Währung#2"). A number also works in a file with a header row. Profiles round-trip through JSON
/// (<see cref="CsvProfileSerializer"/>) so the app can keep a confirmed profile per bank account; docs/formats/csv.md
/// explains how to write one.
/// </summary>
public sealed record CsvProfile
{
    /// <summary>Unique name, e.g. "dnb-no" or "my-bank-2026".</summary>
    public required string Name { get; init; }

    public string? DisplayName { get; init; }

    /// <summary>
    /// "utf-8", "utf-8-bom" (UTF-8 written with a byte-order mark; read like "utf-8") or "windows-1252" (any name or
    /// code page .NET knows); null = detect (BOM, UTF-8 validity, else Windows-1252) and write UTF-8 without BOM.
    /// </summary>
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

    /// <summary>Where the layout comes from and how sure we are of it (built-in profiles say when a layout is unverified).</summary>
    public string? Notes { get; init; }

    /// <summary>
    /// Every column of the layout in file order, as the bank writes its header. Optional: the writer uses it to lay out
    /// the file and the detector to recognise a built-in layout; parsing only needs the column references above.
    /// </summary>
    public IReadOnlyList<string> Columns { get; init; } = [];

    /// <summary>
    /// Values of the direction column that mean money in (case-insensitive). When empty, every value that is not a debit
    /// marker means money in; otherwise a value in neither list is an error.
    /// </summary>
    public IReadOnlyList<string> CreditMarkers { get; init; } = ["C", "CR", "CREDIT", "KREDIT", "INN", "INNSKUDD"];

    /// <summary>
    /// Rows that are reserved/pending rather than booked: a date or status cell equal to one of these (case-insensitive).
    /// They are skipped and counted in an Info diagnostic.
    /// </summary>
    public IReadOnlyList<string> PendingMarkers { get; init; } = ["Reservert", "Reservation", "Reserverat", "Reserveret", "Varaus", "Pending"];

    /// <summary>
    /// Pending rows marked in the text instead: a description that starts or ends with one of these (case-insensitive),
    /// e.g. DNB's "… Reservert transaksjon" or Nordea SE's "Reservation …". Kept to phrases that ordinary text does not use.
    /// </summary>
    public IReadOnlyList<string> PendingTextMarkers { get; init; } = ["Reservert transaksjon", "Reservation"];

    /// <summary>A status column checked against <see cref="PendingMarkers"/> (e.g. Danske Bank "Status").</summary>
    public string? StatusColumn { get; init; }

    /// <summary>Our own account number per row (some exports list several accounts); a change starts a new statement.</summary>
    public string? AccountColumn { get; init; }

    /// <summary>Currency when the file has no currency column and <see cref="Abstractions.ParseOptions.DefaultCurrency"/> is not set.</summary>
    public string? DefaultCurrency { get; init; }

    /// <summary>
    /// Row order: null = detect from the running balance, else from the dates; true = newest first; false = oldest first.
    /// The writer writes newest first only when this is true.
    /// </summary>
    public bool? NewestFirst { get; init; }

    /// <summary>Writer only: the debit column holds negative numbers ("-429,00", as SpareBank 1 does). Reading accepts both.</summary>
    public bool DebitIsNegative { get; init; }

    /// <summary>Writer only: quote every field, as some banks do.</summary>
    public bool QuoteAllFields { get; init; }

    /// <summary>Problems that make the profile unusable (no date column, no amount columns for the layout ...); empty when fine.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name)) problems.Add("The profile needs a name.");
        if (string.IsNullOrWhiteSpace(BookingDateColumn)) problems.Add("The booking date column is not set.");
        if (string.IsNullOrWhiteSpace(DatePattern)) problems.Add("The date pattern is not set.");
        switch (AmountLayout)
        {
            case CsvAmountLayout.Signed:
                if (string.IsNullOrWhiteSpace(AmountColumn)) problems.Add("The amount column is not set.");
                break;
            case CsvAmountLayout.DebitCredit:
                if (string.IsNullOrWhiteSpace(DebitColumn) || string.IsNullOrWhiteSpace(CreditColumn)) problems.Add("Both the debit and the credit column must be set.");
                break;
            case CsvAmountLayout.AmountWithDirection:
                if (string.IsNullOrWhiteSpace(AmountColumn) || string.IsNullOrWhiteSpace(DirectionColumn)) problems.Add("Both the amount and the direction column must be set.");
                break;
            default:
                problems.Add($"Unknown amount layout {AmountLayout}.");
                break;
        }

        if (Delimiter is '\r' or '\n' || Delimiter == Quote) problems.Add("The delimiter cannot be a line break or the quote character.");
        if (DecimalSeparator == ThousandsSeparator) problems.Add("The decimal and thousands separators must differ.");
        if (SkipLines < 0) problems.Add("Lines to skip cannot be negative.");
        if (Encoding is not null && CsvEncodings.Resolve(Encoding) is null) problems.Add($"Unknown encoding '{Encoding}'.");
        return problems;
    }
}
