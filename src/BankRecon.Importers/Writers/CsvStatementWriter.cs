using System.Globalization;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Csv;
using CsvHelper;

namespace BankRecon.Importers.Writers;

/// <summary>
/// Writes statement lines as a bank CSV export laid out by a <see cref="CsvProfile"/>: for round-trip tests, synthetic
/// fixtures and the benchmark generator. Streams: lines are written as they are enumerated (a million lines need no
/// more memory than one), except for a newest-first profile, whose rows must be reversed and are buffered.
/// </summary>
public static class CsvStatementWriter
{
    /// <summary>Writes one statement; its opening balance (if any) seeds the balance column.</summary>
    public static void Write(Stream destination, ParsedStatement statement, CsvProfile profile, CsvWriteOptions? options = null) =>
        Write(destination, statement.Lines, profile, (options ?? new CsvWriteOptions()) with
        {
            OpeningBalance = options?.OpeningBalance ?? statement.Header.OpeningBalance,
            Account = options?.Account ?? statement.Header.Account,
        });

    /// <summary>Writes lines (oldest first, as a statement lists them) in the profile's layout.</summary>
    public static void Write(Stream destination, IEnumerable<ParsedLine> lines, CsvProfile profile, CsvWriteOptions? options = null)
    {
        options ??= new CsvWriteOptions();
        if (profile.Quote != '"') throw new ArgumentException("The CSV writer only quotes with '\"'.", nameof(profile));
        var problems = profile.Validate();
        if (problems.Count > 0) throw new ArgumentException($"The CSV profile '{profile.Name}' cannot be used: {string.Join(" ", problems)}", nameof(profile));

        var layout = Layout.For(profile);
        using var text = new StreamWriter(destination, CsvEncodings.ForWriting(profile), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = options.NewLine };
        for (var i = 0; i < profile.SkipLines; i++)
        {
            text.WriteLine(i < options.PreambleLines.Count ? options.PreambleLines[i] : "Exported by BankRecon");
        }

        using var csv = CsvWriter.Create(text, CsvWriterOptions.Default with
        {
            Separator = profile.Delimiter,
            Quoting = profile.QuoteAllFields ? CsvQuoting.Always : CsvQuoting.WhenNeeded,
            NewLine = options.NewLine,
        }, leaveOpen: true);

        if (profile.HasHeaderRow) csv.WriteRecord(layout.Header);

        var balance = options.OpeningBalance;
        if (profile.NewestFirst == true)
        {
            var rows = new List<string[]>();
            foreach (var line in lines)
            {
                balance = balance is { } b ? b + line.Amount : null;
                rows.Add(layout.Row(line, balance, options, profile));
            }

            for (var i = rows.Count - 1; i >= 0; i--) csv.WriteRecord(rows[i]);
        }
        else
        {
            foreach (var line in lines)
            {
                balance = balance is { } b ? b + line.Amount : null;
                csv.WriteRecord(layout.Row(line, balance, options, profile));
            }
        }

        csv.Flush();
        text.Flush();
    }

    /// <summary>Where each field goes: resolved once per file.</summary>
    private sealed class Layout
    {
        private readonly int _width;
        private int _bookingDate = -1;
        private int _valueDate = -1;
        private int _amount = -1;
        private int _debit = -1;
        private int _credit = -1;
        private int _direction = -1;
        private int _text = -1;
        private int _counterpartyName = -1;
        private int _counterpartyAccount = -1;
        private int _reference = -1;
        private int _bankReference = -1;
        private int _currency = -1;
        private int _balance = -1;
        private int _account = -1;

        private Layout(string[] header) => (Header, _width) = (header, header.Length);

        public string[] Header { get; }

        public static Layout For(CsvProfile profile)
        {
            var references = new (string? Reference, Action<Layout, int> Set)[]
            {
                (profile.BookingDateColumn, (l, i) => l._bookingDate = i),
                (profile.ValueDateColumn, (l, i) => l._valueDate = i),
                (profile.TextColumns.Count > 0 ? profile.TextColumns[0] : null, (l, i) => l._text = i),
                (profile.CounterpartyNameColumn, (l, i) => l._counterpartyName = i),
                (profile.CounterpartyAccountColumn, (l, i) => l._counterpartyAccount = i),
                (profile.ReferenceColumn, (l, i) => l._reference = i),
                (profile.BankReferenceColumn, (l, i) => l._bankReference = i),
                (profile.AmountLayout is CsvAmountLayout.DebitCredit ? profile.DebitColumn : null, (l, i) => l._debit = i),
                (profile.AmountLayout is CsvAmountLayout.DebitCredit ? profile.CreditColumn : null, (l, i) => l._credit = i),
                (profile.AmountLayout is CsvAmountLayout.DebitCredit ? null : profile.AmountColumn, (l, i) => l._amount = i),
                (profile.AmountLayout is CsvAmountLayout.AmountWithDirection ? profile.DirectionColumn : null, (l, i) => l._direction = i),
                (profile.CurrencyColumn, (l, i) => l._currency = i),
                (profile.AccountColumn, (l, i) => l._account = i),
                (profile.BalanceColumn, (l, i) => l._balance = i),
            };

            string[] header;
            if (profile.HasHeaderRow && profile.Columns.Count > 0)
            {
                header = [.. profile.Columns];
            }
            else if (profile.HasHeaderRow)
            {
                header = [.. references.Select(r => r.Reference).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r!).Distinct(StringComparer.Ordinal)];
            }
            else
            {
                var width = references.Select(r => CsvColumnMap.Find(r.Reference, null)).DefaultIfEmpty(-1).Max() + 1;
                header = [.. Enumerable.Range(1, width).Select(i => i.ToString(CultureInfo.InvariantCulture))];
            }

            var layout = new Layout(header);
            foreach (var (reference, set) in references)
            {
                var index = CsvColumnMap.Find(reference, profile.HasHeaderRow ? header : null);
                if (index >= header.Length) throw new ArgumentException($"Column '{reference}' lies outside the profile's {header.Length} columns.", nameof(profile));
                if (index >= 0) set(layout, index);
            }

            return layout;
        }

        public string[] Row(ParsedLine line, decimal? balance, CsvWriteOptions options, CsvProfile profile)
        {
            var row = new string[_width];
            Array.Fill(row, "");
            string Amount(decimal value) => CsvValues.FormatAmount(value, profile.DecimalSeparator, profile.ThousandsSeparator);
            void Set(int index, string? value)
            {
                if (index >= 0 && value is not null) row[index] = value;
            }

            Set(_bookingDate, line.BookingDate is { } booking ? CsvValues.FormatDate(booking, profile.DatePattern) : null);
            Set(_valueDate, line.ValueDate is { } value ? CsvValues.FormatDate(value, profile.DatePattern) : null);
            Set(_text, line.Description);
            Set(_counterpartyName, line.CounterpartyName);
            Set(_counterpartyAccount, line.CounterpartyAccount);
            Set(_reference, line.Reference);
            Set(_bankReference, line.BankReference);
            Set(_currency, line.Currency);
            Set(_account, options.Account);
            Set(_balance, balance is { } b ? Amount(b) : null);
            switch (profile.AmountLayout)
            {
                case CsvAmountLayout.Signed:
                    Set(_amount, Amount(line.Amount));
                    break;
                case CsvAmountLayout.DebitCredit:
                    if (line.Amount < 0m) Set(_debit, Amount(profile.DebitIsNegative ? line.Amount : -line.Amount));
                    else Set(_credit, Amount(line.Amount));
                    break;
                case CsvAmountLayout.AmountWithDirection:
                    Set(_amount, Amount(Math.Abs(line.Amount)));
                    Set(_direction, line.Amount < 0m
                        ? (profile.DebitMarkers.Count > 0 ? profile.DebitMarkers[0] : "D")
                        : (profile.CreditMarkers.Count > 0 ? profile.CreditMarkers[0] : "C"));
                    break;
            }

            return row;
        }
    }
}
