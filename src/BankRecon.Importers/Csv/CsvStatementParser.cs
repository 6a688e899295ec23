using System.Globalization;
using System.Text;
using BankRecon.Importers.Abstractions;
using CsvHelper;

namespace BankRecon.Importers.Csv;

/// <summary>
/// Bank CSV exports, read row by row with CsvHelper as a <see cref="CsvProfile"/> describes them. Without a profile in
/// <see cref="ParseOptions.CsvProfile"/>, <see cref="CsvProfileDetector"/> proposes one and the parser says which (Info).
/// Bad rows become Error diagnostics with their line number and parsing goes on. See docs/formats/csv.md.
/// </summary>
public sealed class CsvStatementParser : IStatementParser
{
    /// <summary>More Error diagnostics than this for one file are summarised instead of listed.</summary>
    public const int MaxRowErrors = 500;

    public StatementFormat Format => StatementFormat.Csv;

    /// <summary>The catch-all: text (no NUL bytes, not markup) whose lines are split by ; , TAB or | in a regular way.</summary>
    public bool CanRead(ReadOnlySpan<byte> head) => CsvSniffer.LooksDelimited(head);

    public void Parse(Stream content, ParseOptions options, IStatementSink sink)
    {
        using var spooled = content.CanSeek ? null : new BufferedReadStream(content);
        var seekable = spooled ?? content;
        var start = seekable.Position;

        var profile = options.CsvProfile;
        if (profile is null)
        {
            var proposal = CsvProfileDetector.Propose(seekable);
            seekable.Position = start;
            if (proposal.Profile is null)
            {
                sink.Diagnostic(ParseDiagnostic.Fatal("file", $"The CSV layout could not be worked out: {string.Join(" ", proposal.Notes)}")
                    .Coded("parse.csv-layout-unknown", string.Join(" ", proposal.Notes)));
                return;
            }

            profile = proposal.Profile;
            sink.Diagnostic(ParseDiagnostic.Info("file", string.Create(CultureInfo.InvariantCulture,
                $"No CSV profile was given; using the detected profile '{profile.Name}' (confidence {proposal.Confidence:0.00}). {string.Join(" ", proposal.Notes)}")));
        }

        var problems = profile.Validate();
        if (problems.Count > 0)
        {
            sink.Diagnostic(ParseDiagnostic.Fatal("profile", $"The CSV profile '{profile.Name}' cannot be used: {string.Join(" ", problems)}")
                .Coded("parse.csv-profile-unusable", profile.Name, string.Join(" ", problems)));
            return;
        }

        var encoding = CsvEncodings.ForReading(profile, seekable);
        seekable.Position = start;
        using var text = new StreamReader(seekable, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        new Run(profile, options, sink).Execute(text);
    }

    /// <summary>Options for CsvHelper's reader: we read the header ourselves so that line numbers and profiles stay ours.</summary>
    internal static CsvReaderOptions ReaderOptions(char delimiter, char quote, Action<CsvMalformedRecord>? onMalformed) =>
        CsvReaderOptions.Default with
        {
            Separator = delimiter,
            Quote = quote,
            HasHeader = false,
            TrackLineNumbers = true,
            SkipEmptyLines = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
            DetectSeparatorHint = false,
            OnMalformedRecord = onMalformed,
        };

    internal static string[] Fields(CsvReader reader)
    {
        var fields = new string[reader.FieldCount];
        for (var i = 0; i < fields.Length; i++) fields[i] = reader.GetString(i) ?? "";
        return fields;
    }

    /// <summary>One parse: the state of reading one file.</summary>
    private sealed class Run(CsvProfile profile, ParseOptions options, IStatementSink sink)
    {
        private readonly List<string> _pendingLines = [];
        private readonly CsvRow _row = new();
        private readonly StringBuilder _text = new();
        private readonly CsvDateFormat _dates = CsvDateFormat.For(profile.DatePattern);
        private CsvColumnMap? _map;

        // The last account and currency cells and what they became: every row repeats them, so they are made once.
        private string? _lastAccountCell;
        private string? _lastAccount;
        private string? _lastCurrencyCell;
        private string? _lastCurrency;
        private int _errors;
        private int _linesTotal;
        private int _dataRows;

        // Current statement
        private int _statementIndex = -1;
        private bool _inStatement;
        private string? _account;
        private string? _currency;
        private int _statementLine;
        private int _lineIndex;
        private CsvBalanceTracker _tracker = new();

        public void Execute(StreamReader text)
        {
            var skipped = 0;
            while (skipped < profile.SkipLines && text.ReadLine() is not null) skipped++;

            var malformed = new List<CsvMalformedRecord>();
            using var reader = CsvReader.Create(text, ReaderOptions(profile.Delimiter, profile.Quote, malformed.Add), leaveOpen: true);
            var headerRead = !profile.HasHeaderRow;
            if (!profile.HasHeaderRow && !ResolveColumns(null, 0)) return;

            while (reader.Read())
            {
                var line = skipped + (int)reader.LineNumber;
                foreach (var bad in malformed)
                {
                    sink.Diagnostic(ParseDiagnostic.Warning(Where(skipped + (int)bad.LineNumber), $"Malformed quoting ({bad.Reason}); the row was read as well as possible."));
                }

                malformed.Clear();
                var row = _row;
                row.Load(reader);
                if (row.IsBlank) continue;

                if (!headerRead)
                {
                    headerRead = true;
                    if (!ResolveColumns(row.ToStrings(), line)) return;
                    continue;
                }

                _dataRows++;
                Row(row, line);
            }

            if (!headerRead)
            {
                sink.Diagnostic(ParseDiagnostic.Fatal("file", "The file has no header row and no data.").Coded("parse.csv-no-header"));
                return;
            }

            if (_inStatement) EndStatement();
            Summarise();
        }

        private bool ResolveColumns(IReadOnlyList<string>? header, int line)
        {
            var errors = new List<string>();
            var warnings = new List<string>();
            _map = CsvColumnMap.Resolve(profile, header, errors, warnings);
            var where = header is null ? "profile" : Where(line);
            foreach (var warning in warnings) sink.Diagnostic(ParseDiagnostic.Info(where, warning));
            if (errors.Count == 0) return true;

            var found = header is null ? "" : $" The header has: {string.Join(", ", header.Select(h => $"'{h}'"))}.";
            sink.Diagnostic(ParseDiagnostic.Fatal(where, $"The file does not fit the CSV profile '{profile.Name}': {string.Join(" ", errors)}{found}")
                .Coded("parse.csv-profile-mismatch", profile.Name, $"{string.Join(" ", errors)}{found}"));
            return false;
        }

        private void Row(CsvRow fields, int line)
        {
            var map = _map!;
            var rawDate = fields[map.BookingDate];
            var description = Description(fields, map);
            if (IsPending(rawDate, fields[map.Status], description))
            {
                _pendingLines.Add(line.ToString(CultureInfo.InvariantCulture));
                return;
            }

            if (!_dates.TryParse(rawDate, out var booking))
            {
                Error(line, rawDate.IsWhiteSpace()
                    ? ("The row has no booking date; it was skipped.", "parse.csv-no-date", [])
                    : ($"'{rawDate.Trim()}' is not a date in the pattern {profile.DatePattern}; the row was skipped.", "parse.csv-bad-date", [rawDate.Trim().ToString(), profile.DatePattern]));
                return;
            }

            if (!TryAmount(fields, map, out var amount, out var problem))
            {
                Error(line, ($"{problem} The row was skipped.", "parse.csv-bad-amount", [problem]));
                return;
            }

            DateOnly? valueDate = null;
            var rawValueDate = fields[map.ValueDate];
            if (!rawValueDate.IsWhiteSpace())
            {
                if (_dates.TryParse(rawValueDate, out var parsedValueDate)) valueDate = parsedValueDate;
                else sink.Diagnostic(ParseDiagnostic.Warning(Where(line), $"Value date '{rawValueDate.Trim()}' is not a date in the pattern {profile.DatePattern}; it was left out.")
                    .Coded("parse.csv-bad-value-date", rawValueDate.Trim().ToString(), profile.DatePattern));
            }

            decimal? balance = null;
            var rawBalance = fields[map.Balance];
            if (!rawBalance.IsWhiteSpace())
            {
                if (CsvValues.TryParseAmount(rawBalance, profile.DecimalSeparator, profile.ThousandsSeparator, out var parsedBalance)) balance = parsedBalance;
                else sink.Diagnostic(ParseDiagnostic.Warning(Where(line), $"Balance '{rawBalance.Trim()}' is not a number; it was left out.").Coded("parse.csv-bad-balance", rawBalance.Trim().ToString()));
            }

            var account = Repeated(fields[map.Account], ref _lastAccountCell, ref _lastAccount, upper: false) ?? options.DefaultAccount;
            var currency = Repeated(fields[map.Currency], ref _lastCurrencyCell, ref _lastCurrency, upper: true) ?? options.DefaultCurrency ?? profile.DefaultCurrency;
            if (_inStatement && map.Account >= 0 && !string.Equals(account, _account, StringComparison.Ordinal)) EndStatement();
            if (!_inStatement) BeginStatement(account, currency, line);

            _tracker.Add(amount, balance, booking);
            _linesTotal++;
            sink.Line(new ParsedLine
            {
                StatementIndex = _statementIndex,
                LineIndex = _lineIndex++,
                BookingDate = booking,
                ValueDate = valueDate,
                Amount = amount,
                Currency = currency,
                Description = description,
                CounterpartyName = Clean(fields[map.CounterpartyName]),
                CounterpartyAccount = Clean(fields[map.CounterpartyAccount]),
                Reference = Clean(fields[map.Reference]),
                BankReference = Clean(fields[map.BankReference]),
                Location = Where(line),
            });
        }

        /// <summary>
        /// <see cref="Clean"/> (upper-cased when asked) for a cell that repeats from row to row: the previous cell's
        /// result is reused while the cell is unchanged.
        /// </summary>
        private static string? Repeated(ReadOnlySpan<char> cell, ref string? lastCell, ref string? lastValue, bool upper)
        {
            if (lastCell is not null && cell.SequenceEqual(lastCell)) return lastValue;
            var value = Clean(cell);
            lastCell = new string(cell);
            lastValue = upper ? value?.ToUpperInvariant() : value;
            return lastValue;
        }

        private bool TryAmount(CsvRow fields, CsvColumnMap map, out decimal amount, out string problem)
        {
            amount = 0m;
            problem = "";
            switch (profile.AmountLayout)
            {
                case CsvAmountLayout.Signed:
                    return Number(fields[map.Amount], profile.AmountColumn, required: true, out amount, ref problem);
                case CsvAmountLayout.DebitCredit:
                {
                    var rawDebit = fields[map.Debit];
                    var rawCredit = fields[map.Credit];
                    if (rawDebit.IsWhiteSpace() && rawCredit.IsWhiteSpace())
                    {
                        problem = $"Neither '{profile.DebitColumn}' nor '{profile.CreditColumn}' has an amount.";
                        return false;
                    }

                    if (!Number(rawDebit, profile.DebitColumn, required: false, out var debit, ref problem)) return false;
                    if (!Number(rawCredit, profile.CreditColumn, required: false, out var credit, ref problem)) return false;

                    // Debit columns are unsigned at most banks and negative at some (SpareBank 1): money out either way.
                    amount = credit - Math.Abs(debit);
                    return true;
                }

                case CsvAmountLayout.AmountWithDirection:
                {
                    if (!Number(fields[map.Amount], profile.AmountColumn, required: true, out var unsigned, ref problem)) return false;
                    var direction = fields[map.Direction].Trim();
                    if (IsAny(direction, profile.DebitMarkers))
                    {
                        amount = -Math.Abs(unsigned);
                        return true;
                    }

                    if (profile.CreditMarkers.Count == 0 || IsAny(direction, profile.CreditMarkers))
                    {
                        amount = Math.Abs(unsigned);
                        return true;
                    }

                    problem = $"Direction '{direction}' is neither a debit marker ({string.Join("/", profile.DebitMarkers)}) nor a credit marker ({string.Join("/", profile.CreditMarkers)}).";
                    return false;
                }

                default:
                    problem = $"Unknown amount layout {profile.AmountLayout}.";
                    return false;
            }
        }

        private static bool IsAny(ReadOnlySpan<char> value, IReadOnlyList<string> markers)
        {
            foreach (var marker in markers)
            {
                if (value.Equals(marker, StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }

        private bool Number(ReadOnlySpan<char> raw, string? column, bool required, out decimal value, ref string problem)
        {
            value = 0m;
            if (raw.IsWhiteSpace())
            {
                if (!required) return true;
                problem = $"The amount column '{column}' is empty.";
                return false;
            }

            if (CsvValues.TryParseAmount(raw, profile.DecimalSeparator, profile.ThousandsSeparator, out value)) return true;
            problem = $"'{raw.Trim()}' in '{column}' is not an amount with decimal separator '{profile.DecimalSeparator}'{(profile.ThousandsSeparator is { } t ? $" and thousands separator '{Visible(t)}'" : "")}.";
            return false;
        }

        private void BeginStatement(string? account, string? currency, int line)
        {
            _statementIndex++;
            _inStatement = true;
            _account = account;
            _currency = currency;
            _statementLine = line;
            _lineIndex = 0;
            _tracker = new CsvBalanceTracker();
            sink.StartStatement(new StatementHeader
            {
                StatementIndex = _statementIndex,
                Account = account,
                Currency = currency,
                Location = Where(line),
            });
        }

        private void EndStatement()
        {
            _inStatement = false;
            var (newestFirst, how) = _tracker.Order(profile.NewestFirst);
            var location = Where(_statementLine);
            if (newestFirst && profile.NewestFirst is null)
            {
                sink.Diagnostic(ParseDiagnostic.Info(location, $"The rows are listed newest first (found {how}); lines keep the file order and the balances were derived accordingly."));
            }

            var header = new StatementHeader
            {
                StatementIndex = _statementIndex,
                Account = _account,
                Currency = _currency,
                From = _tracker.MinDate,
                To = _tracker.MaxDate,
                Location = location,
            };

            if (_tracker.Balances(newestFirst) is { } balances)
            {
                header = header with { OpeningBalance = balances.Opening, ClosingBalance = balances.Closing };
                sink.Diagnostic(ParseDiagnostic.Info(location, string.Create(CultureInfo.InvariantCulture,
                    $"Opening balance {balances.Opening} and closing balance {balances.Closing} were derived from the balance column ({(newestFirst ? "newest first" : "oldest first")})."))
                    .Coded(newestFirst ? "parse.csv-derived-balances-newest-first" : "parse.csv-derived-balances-oldest-first", balances.Opening, balances.Closing));
                var breaks = _tracker.BalanceBreaks(newestFirst);
                if (breaks > 0)
                {
                    sink.Diagnostic(ParseDiagnostic.Warning(location, string.Create(CultureInfo.InvariantCulture,
                        $"The running balance does not follow the amounts at {breaks} place(s); check for missing or reordered rows.")).Coded("parse.csv-balance-breaks", breaks));
                }
            }

            sink.EndStatement(header);
        }

        private void Summarise()
        {
            if (_pendingLines.Count > 0)
            {
                var shown = string.Join(", ", _pendingLines.Take(20)) + (_pendingLines.Count > 20 ? ", ..." : "");
                sink.Diagnostic(ParseDiagnostic.Info("file", string.Create(CultureInfo.InvariantCulture,
                    $"{_pendingLines.Count} reserved/pending row(s) were skipped (line {shown}).")).Coded("parse.csv-pending-skipped", _pendingLines.Count, shown));
            }

            if (_errors > MaxRowErrors)
            {
                sink.Diagnostic(ParseDiagnostic.Error("file", string.Create(CultureInfo.InvariantCulture, $"{_errors - MaxRowErrors} more row(s) could not be read."))
                    .Coded("parse.csv-more-row-errors", _errors - MaxRowErrors));
            }

            if (_linesTotal == 0 && _errors > 0)
            {
                sink.Diagnostic(ParseDiagnostic.Fatal("file", $"No row could be read with the CSV profile '{profile.Name}'; it probably does not fit this file.")
                    .Coded("parse.csv-no-row-read", profile.Name));
            }
            else if (_statementIndex < 0)
            {
                sink.Diagnostic(_dataRows == 0
                    ? ParseDiagnostic.Fatal("file", "The CSV file has no data rows.").Coded("parse.csv-no-data-rows")
                    : ParseDiagnostic.Fatal("file", "The CSV file has no booked rows.").Coded("parse.csv-no-booked-rows"));
            }
        }

        private void Error(int line, (string Message, string Code, object[] Args) error)
        {
            _errors++;
            if (_errors <= MaxRowErrors) sink.Diagnostic(ParseDiagnostic.Error(Where(line), error.Message).Coded(error.Code, error.Args));
        }

        private bool IsPending(ReadOnlySpan<char> rawDate, ReadOnlySpan<char> status, string? description)
        {
            var date = rawDate.Trim();
            var state = status.Trim();
            foreach (var marker in profile.PendingMarkers)
            {
                if (date.Equals(marker, StringComparison.OrdinalIgnoreCase)) return true;
                if (state.Equals(marker, StringComparison.OrdinalIgnoreCase)) return true;
            }

            if (description is null) return false;
            foreach (var marker in profile.PendingTextMarkers)
            {
                if (description.StartsWith(marker, StringComparison.OrdinalIgnoreCase) || description.EndsWith(marker, StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }

        private string? Description(CsvRow fields, CsvColumnMap map)
        {
            switch (map.Text.Count)
            {
                case 0:
                    return null;
                case 1:
                    return Clean(fields[map.Text[0]]);
                default:
                    var builder = _text.Clear();
                    foreach (var index in map.Text)
                    {
                        var value = Clean(fields[index]);
                        if (value is null) continue;
                        if (builder.Length > 0) builder.Append(' ');
                        builder.Append(value);
                    }

                    return builder.Length == 0 ? null : builder.ToString();
            }
        }

        // Trimmed, line breaks inside quoted text turned into spaces (descriptions are matched as one line of text).
        private static string? Clean(ReadOnlySpan<char> value)
        {
            var trimmed = value.Trim();
            if (trimmed.IsEmpty) return null;
            return trimmed.ContainsAny('\n', '\r')
                ? string.Join(' ', new string(trimmed).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                : new string(trimmed);
        }

        private static string Visible(char c) => c switch
        {
            ' ' => "space",
            '\u00A0' => "no-break space",
            '\u202F' => "narrow no-break space",
            _ => c.ToString(),
        };

        private static string Where(int line) => string.Create(CultureInfo.InvariantCulture, $"line {line}");
    }
}
