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
        private CsvColumnMap? _map;
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
                var fields = Fields(reader);
                if (fields.All(string.IsNullOrWhiteSpace)) continue;

                if (!headerRead)
                {
                    headerRead = true;
                    if (!ResolveColumns(fields, line)) return;
                    continue;
                }

                _dataRows++;
                Row(fields, line);
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

        private void Row(string[] fields, int line)
        {
            var map = _map!;
            var rawDate = Cell(fields, map.BookingDate);
            var description = Description(fields, map);
            if (IsPending(rawDate, Cell(fields, map.Status), description))
            {
                _pendingLines.Add(line.ToString(CultureInfo.InvariantCulture));
                return;
            }

            if (!CsvValues.TryParseDate(rawDate, profile.DatePattern, out var booking))
            {
                Error(line, string.IsNullOrWhiteSpace(rawDate)
                    ? ("The row has no booking date; it was skipped.", "parse.csv-no-date", [])
                    : ($"'{rawDate.Trim()}' is not a date in the pattern {profile.DatePattern}; the row was skipped.", "parse.csv-bad-date", [rawDate.Trim(), profile.DatePattern]));
                return;
            }

            if (!TryAmount(fields, map, out var amount, out var problem))
            {
                Error(line, ($"{problem} The row was skipped.", "parse.csv-bad-amount", [problem]));
                return;
            }

            DateOnly? valueDate = null;
            var rawValueDate = Cell(fields, map.ValueDate);
            if (!string.IsNullOrWhiteSpace(rawValueDate))
            {
                if (CsvValues.TryParseDate(rawValueDate, profile.DatePattern, out var parsedValueDate)) valueDate = parsedValueDate;
                else sink.Diagnostic(ParseDiagnostic.Warning(Where(line), $"Value date '{rawValueDate.Trim()}' is not a date in the pattern {profile.DatePattern}; it was left out.")
                    .Coded("parse.csv-bad-value-date", rawValueDate.Trim(), profile.DatePattern));
            }

            decimal? balance = null;
            var rawBalance = Cell(fields, map.Balance);
            if (!string.IsNullOrWhiteSpace(rawBalance))
            {
                if (CsvValues.TryParseAmount(rawBalance, profile.DecimalSeparator, profile.ThousandsSeparator, out var parsedBalance)) balance = parsedBalance;
                else sink.Diagnostic(ParseDiagnostic.Warning(Where(line), $"Balance '{rawBalance.Trim()}' is not a number; it was left out.").Coded("parse.csv-bad-balance", rawBalance.Trim()));
            }

            var account = Clean(Cell(fields, map.Account)) ?? options.DefaultAccount;
            var currency = Clean(Cell(fields, map.Currency))?.ToUpperInvariant() ?? options.DefaultCurrency ?? profile.DefaultCurrency;
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
                CounterpartyName = Clean(Cell(fields, map.CounterpartyName)),
                CounterpartyAccount = Clean(Cell(fields, map.CounterpartyAccount)),
                Reference = Clean(Cell(fields, map.Reference)),
                BankReference = Clean(Cell(fields, map.BankReference)),
                Location = Where(line),
            });
        }

        private bool TryAmount(string[] fields, CsvColumnMap map, out decimal amount, out string problem)
        {
            amount = 0m;
            problem = "";
            switch (profile.AmountLayout)
            {
                case CsvAmountLayout.Signed:
                    return Number(Cell(fields, map.Amount), profile.AmountColumn, required: true, out amount, ref problem);
                case CsvAmountLayout.DebitCredit:
                {
                    var rawDebit = Cell(fields, map.Debit);
                    var rawCredit = Cell(fields, map.Credit);
                    if (string.IsNullOrWhiteSpace(rawDebit) && string.IsNullOrWhiteSpace(rawCredit))
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
                    if (!Number(Cell(fields, map.Amount), profile.AmountColumn, required: true, out var unsigned, ref problem)) return false;
                    var direction = Cell(fields, map.Direction).Trim();
                    if (profile.DebitMarkers.Any(m => string.Equals(m, direction, StringComparison.OrdinalIgnoreCase)))
                    {
                        amount = -Math.Abs(unsigned);
                        return true;
                    }

                    if (profile.CreditMarkers.Count == 0 || profile.CreditMarkers.Any(m => string.Equals(m, direction, StringComparison.OrdinalIgnoreCase)))
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

        private bool Number(string raw, string? column, bool required, out decimal value, ref string problem)
        {
            value = 0m;
            if (string.IsNullOrWhiteSpace(raw))
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
                    $"Opening balance {balances.Opening} and closing balance {balances.Closing} were derived from the balance column ({(newestFirst ? "newest first" : "oldest first")}).")));
                var breaks = _tracker.BalanceBreaks(newestFirst);
                if (breaks > 0)
                {
                    sink.Diagnostic(ParseDiagnostic.Warning(location, string.Create(CultureInfo.InvariantCulture,
                        $"The running balance does not follow the amounts at {breaks} place(s); check for missing or reordered rows.")));
                }
            }

            sink.EndStatement(header);
        }

        private void Summarise()
        {
            if (_pendingLines.Count > 0)
            {
                var shown = string.Join(", ", _pendingLines.Take(20));
                sink.Diagnostic(ParseDiagnostic.Info("file", string.Create(CultureInfo.InvariantCulture,
                    $"{_pendingLines.Count} reserved/pending row(s) were skipped (line {shown}{(_pendingLines.Count > 20 ? ", ..." : "")}).")));
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

        private bool IsPending(string rawDate, string status, string? description)
        {
            foreach (var marker in profile.PendingMarkers)
            {
                if (string.Equals(rawDate.Trim(), marker, StringComparison.OrdinalIgnoreCase)) return true;
                if (string.Equals(status.Trim(), marker, StringComparison.OrdinalIgnoreCase)) return true;
            }

            if (description is null) return false;
            foreach (var marker in profile.PendingTextMarkers)
            {
                if (description.StartsWith(marker, StringComparison.OrdinalIgnoreCase) || description.EndsWith(marker, StringComparison.OrdinalIgnoreCase)) return true;
            }

            return false;
        }

        private static string? Description(string[] fields, CsvColumnMap map)
        {
            if (map.Text.Count == 0) return null;
            var builder = new StringBuilder();
            foreach (var index in map.Text)
            {
                var value = Clean(Cell(fields, index));
                if (value is null) continue;
                if (builder.Length > 0) builder.Append(' ');
                builder.Append(value);
            }

            return builder.Length == 0 ? null : builder.ToString();
        }

        private static string Cell(string[] fields, int index) => index >= 0 && index < fields.Length ? fields[index] : "";

        // Trimmed, line breaks inside quoted text turned into spaces (descriptions are matched as one line of text).
        private static string? Clean(string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            var trimmed = value.Trim();
            return trimmed.Contains('\n', StringComparison.Ordinal) || trimmed.Contains('\r', StringComparison.Ordinal)
                ? string.Join(' ', trimmed.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                : trimmed;
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
