using BankRecon.Importers.Csv;

namespace BankRecon.Web.Pages.Statements;

/// <summary>
/// The CSV layout as the confirmation form shows it: prefilled from the profile the preview used, and applied on top of
/// that profile so that what the form does not show (column list, markers, notes) is kept. Inputs stay strings as
/// typed; <see cref="ApplyTo"/> turns them into a profile and <see cref="CsvProfile.Validate"/> judges it.
/// </summary>
public sealed class CsvProfileForm
{
    public const string Tab = "TAB";
    public const string Space = "SPACE";
    public const string None = "NONE";

    public string? Delimiter { get; set; }

    public bool HasHeaderRow { get; set; } = true;

    public int SkipLines { get; set; }

    public string? Encoding { get; set; }

    public string? DatePattern { get; set; }

    public string? DecimalSeparator { get; set; }

    public string? ThousandsSeparator { get; set; }

    public CsvAmountLayout AmountLayout { get; set; }

    public string? BookingDateColumn { get; set; }

    public string? ValueDateColumn { get; set; }

    public string? AmountColumn { get; set; }

    public string? DebitColumn { get; set; }

    public string? CreditColumn { get; set; }

    public string? DirectionColumn { get; set; }

    public List<string> TextColumns { get; set; } = [];

    public string? CounterpartyNameColumn { get; set; }

    public string? CounterpartyAccountColumn { get; set; }

    public string? ReferenceColumn { get; set; }

    public string? BankReferenceColumn { get; set; }

    public string? BalanceColumn { get; set; }

    public static CsvProfileForm From(CsvProfile profile) => new()
    {
        Delimiter = Show(profile.Delimiter),
        HasHeaderRow = profile.HasHeaderRow,
        SkipLines = profile.SkipLines,
        Encoding = profile.Encoding ?? "",
        DatePattern = profile.DatePattern,
        DecimalSeparator = profile.DecimalSeparator.ToString(),
        ThousandsSeparator = profile.ThousandsSeparator is { } t ? Show(t) : None,
        AmountLayout = profile.AmountLayout,
        BookingDateColumn = profile.BookingDateColumn,
        ValueDateColumn = profile.ValueDateColumn,
        AmountColumn = profile.AmountColumn,
        DebitColumn = profile.DebitColumn,
        CreditColumn = profile.CreditColumn,
        DirectionColumn = profile.DirectionColumn,
        TextColumns = [.. profile.TextColumns],
        CounterpartyNameColumn = profile.CounterpartyNameColumn,
        CounterpartyAccountColumn = profile.CounterpartyAccountColumn,
        ReferenceColumn = profile.ReferenceColumn,
        BankReferenceColumn = profile.BankReferenceColumn,
        BalanceColumn = profile.BalanceColumn,
    };

    /// <summary>The profile with the form's choices; the name says it was confirmed for a bank account.</summary>
    public CsvProfile ApplyTo(CsvProfile baseProfile, string bankAccountNo) => baseProfile with
    {
        Name = baseProfile.Name.EndsWith("-confirmed", StringComparison.Ordinal) ? baseProfile.Name : $"{baseProfile.Name}-confirmed",
        DisplayName = $"{baseProfile.DisplayName ?? baseProfile.Name} ({bankAccountNo})",
        Delimiter = Char(Delimiter) ?? baseProfile.Delimiter,
        HasHeaderRow = HasHeaderRow,
        SkipLines = Math.Max(0, SkipLines),
        Encoding = string.IsNullOrWhiteSpace(Encoding) ? null : Encoding.Trim(),
        DatePattern = string.IsNullOrWhiteSpace(DatePattern) ? baseProfile.DatePattern : DatePattern.Trim(),
        DecimalSeparator = Char(DecimalSeparator) ?? baseProfile.DecimalSeparator,
        ThousandsSeparator = ThousandsSeparator == None ? null : Char(ThousandsSeparator),
        AmountLayout = AmountLayout,
        BookingDateColumn = Column(BookingDateColumn),
        ValueDateColumn = Column(ValueDateColumn),
        AmountColumn = Column(AmountColumn),
        DebitColumn = Column(DebitColumn),
        CreditColumn = Column(CreditColumn),
        DirectionColumn = Column(DirectionColumn),
        TextColumns = [.. TextColumns.Select(Column).OfType<string>()],
        CounterpartyNameColumn = Column(CounterpartyNameColumn),
        CounterpartyAccountColumn = Column(CounterpartyAccountColumn),
        ReferenceColumn = Column(ReferenceColumn),
        BankReferenceColumn = Column(BankReferenceColumn),
        BalanceColumn = Column(BalanceColumn),
        Notes = "Confirmed in the import preview.",
    };

    private static string Show(char c) => c switch
    {
        '\t' => Tab,
        ' ' or '\u00a0' => Space,
        _ => c.ToString(),
    };

    private static char? Char(string? value) => value switch
    {
        null or "" => null,
        Tab => '\t',
        Space => ' ',
        _ => value[0],
    };

    private static string? Column(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
