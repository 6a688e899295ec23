using System.Globalization;

namespace BankRecon.Importers.Csv;

/// <summary>A profile's column references resolved to 0-based field indexes for one file (its header, if any).</summary>
internal sealed class CsvColumnMap
{
    public int BookingDate { get; private init; } = -1;
    public int ValueDate { get; private init; } = -1;
    public int Amount { get; private init; } = -1;
    public int Debit { get; private init; } = -1;
    public int Credit { get; private init; } = -1;
    public int Direction { get; private init; } = -1;
    public int CounterpartyName { get; private init; } = -1;
    public int CounterpartyAccount { get; private init; } = -1;
    public int Reference { get; private init; } = -1;
    public int BankReference { get; private init; } = -1;
    public int Currency { get; private init; } = -1;
    public int Balance { get; private init; } = -1;
    public int Status { get; private init; } = -1;
    public int Account { get; private init; } = -1;
    public IReadOnlyList<int> Text { get; private init; } = [];

    /// <summary>
    /// Resolves the profile against a header row (null when the file has none). Missing required columns (booking date,
    /// amount columns of the layout) go to <paramref name="errors"/>; missing optional ones to <paramref name="warnings"/>.
    /// </summary>
    public static CsvColumnMap Resolve(CsvProfile profile, IReadOnlyList<string>? header, List<string> errors, List<string> warnings)
    {
        int Required(string? reference, string what)
        {
            var index = Find(reference, header);
            if (index < 0) errors.Add(reference is null ? $"The profile names no {what} column." : $"The {what} column '{reference}' is not in the file.");
            return index;
        }

        int Optional(string? reference, string what)
        {
            if (string.IsNullOrWhiteSpace(reference)) return -1;
            var index = Find(reference, header);
            if (index < 0) warnings.Add($"The {what} column '{reference}' is not in the file; it is ignored.");
            return index;
        }

        var layout = profile.AmountLayout;
        var text = new List<int>();
        foreach (var reference in profile.TextColumns)
        {
            var index = Optional(reference, "text");
            if (index >= 0) text.Add(index);
        }

        return new CsvColumnMap
        {
            BookingDate = Required(profile.BookingDateColumn, "booking date"),
            ValueDate = Optional(profile.ValueDateColumn, "value date"),
            Amount = layout is CsvAmountLayout.Signed or CsvAmountLayout.AmountWithDirection ? Required(profile.AmountColumn, "amount") : -1,
            Debit = layout == CsvAmountLayout.DebitCredit ? Required(profile.DebitColumn, "debit") : -1,
            Credit = layout == CsvAmountLayout.DebitCredit ? Required(profile.CreditColumn, "credit") : -1,
            Direction = layout == CsvAmountLayout.AmountWithDirection ? Required(profile.DirectionColumn, "direction") : -1,
            CounterpartyName = Optional(profile.CounterpartyNameColumn, "counterparty name"),
            CounterpartyAccount = Optional(profile.CounterpartyAccountColumn, "counterparty account"),
            Reference = Optional(profile.ReferenceColumn, "reference"),
            BankReference = Optional(profile.BankReferenceColumn, "bank reference"),
            Currency = Optional(profile.CurrencyColumn, "currency"),
            Balance = Optional(profile.BalanceColumn, "balance"),
            Status = Optional(profile.StatusColumn, "status"),
            Account = Optional(profile.AccountColumn, "account"),
            Text = text,
        };
    }

    /// <summary>Index of a column reference: a header name (optionally "Name#n" for the n-th occurrence) or a 1-based number.</summary>
    public static int Find(string? reference, IReadOnlyList<string>? header)
    {
        if (string.IsNullOrWhiteSpace(reference)) return -1;
        var trimmed = reference.Trim();
        if (header is not null)
        {
            var name = trimmed;
            var occurrence = 1;
            var hash = trimmed.LastIndexOf('#');
            if (hash > 0 && int.TryParse(trimmed.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
            {
                name = trimmed[..hash];
                occurrence = n;
            }

            var wanted = Key(name);
            for (var i = 0; i < header.Count; i++)
            {
                if (Key(header[i]) == wanted && --occurrence == 0) return i;
            }
        }

        return int.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number - 1 : -1;
    }

    /// <summary>How header cells are compared: trimmed, case-insensitive, BOM and odd spaces removed.</summary>
    public static string Key(string? header) =>
        string.Join(' ', (header ?? "").Replace('\uFEFF', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
