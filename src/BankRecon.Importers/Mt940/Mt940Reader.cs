using System.Globalization;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Importers.Mt940;

/// <summary>
/// One run over one MT940/MT942 file: consumes tokens, keeps the state of the current message and statement, and
/// streams statements and lines into the sink. Pages of one statement (:62M: followed by a :60M: with the same
/// balance on the same account) are joined into one statement.
/// </summary>
internal sealed class Mt940Reader(Mt940Tokenizer tokenizer, IStatementSink sink, ParseOptions options)
{
    private readonly HashSet<string> _reportedTags = new(StringComparer.Ordinal);

    // Whole file
    private int _statementCount;
    private bool _sawStructure;

    // Current message (between :20: and '-')
    private bool _messageOpen;
    private bool _messageHasContent;
    private int _messageLine;
    private string? _account;
    private string? _accountCurrency;
    private string? _floorCurrency;
    private string? _statementId;
    private Mt940Balance? _opening;
    private bool _openingIsIntermediate;
    private Mt940Balance? _closing;
    private bool _closingIsIntermediate;
    private DateOnly? _reportDate;
    private (int Count, string Currency, decimal Sum)? _debitTotals;
    private (int Count, string Currency, decimal Sum)? _creditTotals;
    private int _messageDebitCount;
    private decimal _messageDebitSum;
    private int _messageCreditCount;
    private decimal _messageCreditSum;
    private bool _closingSeen;

    // Current statement (may span several messages when pages are chained)
    private StatementHeader? _statement;
    private bool _statementBelongsToMessage;
    private bool _awaitingNextPage;
    private int _lineIndex;

    // The :61: line waiting for its :86: information
    private Mt940Entry? _pending;
    private int _pendingLine;
    private List<string>? _pendingInformation;
    private bool _pendingGerman;
    private bool _skipInformation;

    public void Run()
    {
        while (tokenizer.TryRead(out var token))
        {
            if (token.Kind == Mt940TokenKind.EndOfMessage)
            {
                EndMessage();
                continue;
            }

            Handle(token);
        }

        EndMessage();
        if (_statement is not null) EndStatement(pageMissing: _awaitingNextPage);

        if (tokenizer.SkippedLineCount > 0)
        {
            sink.Diagnostic(ParseDiagnostic.Info(Mt940LineBuilder.Location(tokenizer.FirstSkippedLine), string.Create(CultureInfo.InvariantCulture,
                $"Skipped {tokenizer.SkippedLineCount} line(s) outside MT940 fields (bank header lines or stray text).")).Coded("parse.mt940-skipped-lines", tokenizer.SkippedLineCount));
        }

        if (!_sawStructure)
        {
            sink.Diagnostic(ParseDiagnostic.Fatal("file",
                "This file has no MT940/MT942 statement fields (:20:, :25:, :60F:, :61:, :62F:); it cannot be read as a SWIFT statement.").Coded("parse.mt940-no-fields"));
        }
    }

    private void Handle(Mt940Token token)
    {
        if (token.Tag == "20")
        {
            // A new :20: starts a new message even without a '-' before it (Rabobank separates with blank lines only).
            if (_messageOpen && _messageHasContent) EndMessage();
            StartMessage(token.LineNumber);
            _sawStructure = true;
            return;
        }

        if (!_messageOpen) StartMessage(token.LineNumber);
        _messageHasContent = true;

        switch (token.Tag)
        {
            case "21":
                break;
            case "25":
                (_account, _accountCurrency) = Mt940Account.Parse(string.Concat(token.Lines));
                _sawStructure = true;
                break;
            case "28C":
            case "28":
                _statementId = string.Concat(token.Lines).Trim();
                break;
            case "60F":
            case "60M":
                _sawStructure = true;
                if (ReadBalance(token, opening: true) is { } opening)
                {
                    _opening = opening;
                    _openingIsIntermediate = token.Tag == "60M";
                }

                break;
            case "61":
                _sawStructure = true;
                FlushPending();
                EnsureStatement();
                ReadEntry(token);
                break;
            case "86":
                ReadInformation(token);
                break;
            case "62F":
            case "62M":
                _sawStructure = true;
                FlushPending();
                if (ReadBalance(token, opening: false) is { } closing)
                {
                    _closing = closing;
                    _closingIsIntermediate = token.Tag == "62M";
                }

                _closingSeen = true;
                _skipInformation = false;
                EnsureStatement();
                break;
            case "64":
            case "65":
                // Closing available / forward available balances: informative only, not booked balances.
                FlushPending();
                break;
            case "NS":
                ReportOnce("NS", token, "Non-standard :NS: fields (bank-specific details) are ignored.");
                break;
            case "34F":
                // MT942 floor limit, e.g. "PLN0": its currency is the account currency.
                var floor = token.FirstLine.Trim();
                if (floor.Length >= 3 && Mt940Syntax.IsCurrencyCode(floor.AsSpan(0, 3))) _floorCurrency = floor[..3];
                break;
            case "13D":
            case "13":
                _sawStructure = true;
                var stamp = token.FirstLine.Trim();
                if (stamp.Length >= 6 && Mt940Syntax.TryParseDate(stamp.AsSpan(0, 6), out var reportDate, out _)) _reportDate = reportDate;
                break;
            case "90D":
                FlushPending();
                _debitTotals = ReadTotals(token);
                break;
            case "90C":
                FlushPending();
                _creditTotals = ReadTotals(token);
                break;
            default:
                ReportOnce(token.Tag, token, $"The field :{token.Tag}: is not used and was ignored.");
                break;
        }
    }

    private void StartMessage(int lineNumber)
    {
        _messageOpen = true;
        _messageHasContent = false;
        _messageLine = lineNumber;
        _account = null;
        _accountCurrency = null;
        _floorCurrency = null;
        _statementId = null;
        _opening = null;
        _openingIsIntermediate = false;
        _closing = null;
        _closingIsIntermediate = false;
        _closingSeen = false;
        _reportDate = null;
        _debitTotals = null;
        _creditTotals = null;
        _messageDebitCount = 0;
        _messageDebitSum = 0m;
        _messageCreditCount = 0;
        _messageCreditSum = 0m;
        _statementBelongsToMessage = false;
        _skipInformation = false;
    }

    private void EndMessage()
    {
        if (!_messageOpen) return;
        FlushPending();
        if (_messageHasContent)
        {
            EnsureStatement();
            CheckTotals();
            CompleteStatementHeader();
            if (_closing is not null && _closingIsIntermediate)
            {
                // :62M: — the statement continues on the next page (message).
                _awaitingNextPage = true;
            }
            else
            {
                EndStatement(pageMissing: false);
            }
        }

        _messageOpen = false;
        _messageHasContent = false;
    }

    /// <summary>Starts the statement for the current message, or continues the previous page's statement.</summary>
    private void EnsureStatement()
    {
        if (_statementBelongsToMessage) return;
        _statementBelongsToMessage = true;
        var location = Mt940LineBuilder.Location(_messageLine);

        if (_statement is not null && _awaitingNextPage)
        {
            var continues = _openingIsIntermediate && _opening is not null && _statement.ClosingBalance == _opening.Amount
                && string.Equals(_statement.Account, _account, StringComparison.Ordinal)
                && string.Equals(_statement.Currency, _opening.Currency, StringComparison.Ordinal);
            if (continues)
            {
                _awaitingNextPage = false;
                return;
            }

            EndStatement(pageMissing: true);
        }
        else if (_openingIsIntermediate)
        {
            sink.Diagnostic(ParseDiagnostic.Info(location,
                "The statement starts with an intermediate opening balance (:60M:) but the page before it is not in this file.").Coded("parse.mt940-intermediate-opening"));
        }

        var currency = _opening?.Currency ?? _closing?.Currency ?? _accountCurrency ?? _floorCurrency
            ?? _debitTotals?.Currency ?? _creditTotals?.Currency ?? options.DefaultCurrency;
        if (currency is null)
        {
            sink.Diagnostic(ParseDiagnostic.Warning(location, "The statement does not say its currency (no balance, no currency in :25:).").Coded("parse.mt940-no-currency"));
        }

        _statement = new StatementHeader
        {
            StatementIndex = _statementCount++,
            Account = _account ?? options.DefaultAccount,
            Currency = currency,
            StatementId = _statementId,
            From = _opening?.Date,
            OpeningBalance = _opening?.Amount,
            Location = location,
        };
        _lineIndex = 0;
        sink.StartStatement(_statement);
    }

    private void EndStatement(bool pageMissing)
    {
        if (_statement is null) return;
        if (pageMissing)
        {
            sink.Diagnostic(ParseDiagnostic.Warning(_statement.Location ?? "file",
                "The statement ends with an intermediate closing balance (:62M:) but its next page (:60M:) is not in this file.").Coded("parse.mt940-intermediate-closing"));
        }

        var header = _statement;
        if (header is { From: { } from, To: { } to } && from > to)
        {
            sink.Diagnostic(ParseDiagnostic.Warning(header.Location ?? "file", string.Create(CultureInfo.InvariantCulture,
                $"The opening balance is dated {from:yyyy-MM-dd}, after the closing balance ({to:yyyy-MM-dd}).")).Coded("parse.mt940-opening-after-closing", from, to));
        }

        sink.EndStatement(header);
        _statement = null;
        _awaitingNextPage = false;
    }

    private void ReadEntry(Mt940Token token)
    {
        if (!Mt940Entry.TryParse(token.Lines, out var entry, out var error))
        {
            sink.Diagnostic(ParseDiagnostic.Error(token.Location, error + " The line was skipped."));
            _skipInformation = true;
            return;
        }

        if (entry.DateAdjusted)
        {
            sink.Diagnostic(ParseDiagnostic.Warning(token.Location, "A date of this statement line is past the end of its month (e.g. 30 February); the last day of the month was used.")
                .Coded("parse.mt940-line-date-past-month-end"));
        }

        _pending = entry;
        _pendingLine = token.LineNumber;
        _pendingInformation = null;
        _skipInformation = false;
    }

    private void ReadInformation(Mt940Token token)
    {
        if (_pending is not null)
        {
            // Rabobank legacy repeats :86: for each line of text: join them.
            if (_pendingInformation is null)
            {
                _pendingInformation = [];
                _pendingGerman = Mt940Information.IsGermanLayout(token.FirstLine);
            }

            _pendingInformation.Add(Mt940Information.Join(token.Lines, _pendingGerman));
            return;
        }

        if (_skipInformation) return;

        // Statement-level information (ING totals, Zenith bank name, HSBC /OSDR/): not a statement line.
        sink.Diagnostic(_closingSeen
            ? ParseDiagnostic.Info(token.Location, "Information (:86:) after the closing balance belongs to the statement, not to a line; it was not imported.")
                .Coded("parse.mt940-information-after-closing")
            : ParseDiagnostic.Info(token.Location, "Information (:86:) before the first statement line belongs to the statement, not to a line; it was not imported.")
                .Coded("parse.mt940-information-before-lines"));
    }

    private void FlushPending()
    {
        if (_pending is null)
        {
            return;
        }

        EnsureStatement();
        var information = _pendingInformation is null ? null : string.Join("\n", _pendingInformation);
        var line = Mt940LineBuilder.Build(_pending, information, _pendingGerman, _statement!.Currency, _statement.StatementIndex, _lineIndex++,
            Mt940LineBuilder.Location(_pendingLine));
        if (line.Amount < 0)
        {
            _messageDebitCount++;
            _messageDebitSum -= line.Amount;
        }
        else
        {
            _messageCreditCount++;
            _messageCreditSum += line.Amount;
        }

        _pending = null;
        _pendingInformation = null;
        sink.Line(line);
    }

    private Mt940Balance? ReadBalance(Mt940Token token, bool opening)
    {
        var what = opening ? "opening" : "closing";
        if (Mt940Balance.TryParse(token.FirstLine, out var balance))
        {
            if (balance!.DateAdjusted)
            {
                sink.Diagnostic(ParseDiagnostic.Warning(token.Location, $"The {what} balance date is past the end of its month; the last day of the month was used.")
                    .Coded(opening ? "parse.mt940-opening-date-past-month-end" : "parse.mt940-closing-date-past-month-end"));
            }

            return balance;
        }

        sink.Diagnostic(ParseDiagnostic.Error(token.Location,
            $"The {what} balance :{token.Tag}: is not in the form [C|D]YYMMDD CCY amount (e.g. C240131EUR1234,56); it was ignored.")
            .Coded(opening ? "parse.mt940-bad-opening-balance" : "parse.mt940-bad-closing-balance", token.Tag));
        return null;
    }

    /// <summary>MT942 :90D:/:90C: — number of entries, currency and sum, e.g. "3PLN0,03".</summary>
    private (int Count, string Currency, decimal Sum)? ReadTotals(Mt940Token token)
    {
        var text = token.FirstLine.Trim();
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        if (digits > 0 && text.Length >= digits + 4 && Mt940Syntax.IsCurrencyCode(text.AsSpan(digits, 3))
            && Mt940Syntax.TryParseAmount(text.AsSpan(digits + 3), out var sum))
        {
            return (int.Parse(text.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture), text.Substring(digits, 3), sum);
        }

        sink.Diagnostic(ParseDiagnostic.Warning(token.Location, $"The totals field :{token.Tag}: is not in the form <count><currency><amount>; it was ignored.")
            .Coded("parse.mt940-bad-totals", token.Tag));
        return null;
    }

    private void CheckTotals()
    {
        var location = Mt940LineBuilder.Location(_messageLine);
        if (_debitTotals is { } debit && (debit.Count != _messageDebitCount || debit.Sum != _messageDebitSum))
        {
            sink.Diagnostic(ParseDiagnostic.Warning(location, string.Create(CultureInfo.InvariantCulture,
                $"The report announces {debit.Count} debit entries totalling {debit.Sum} (:90D:), but {_messageDebitCount} totalling {_messageDebitSum} were read."))
                .Coded("parse.mt940-debit-totals", debit.Count, debit.Sum, _messageDebitCount, _messageDebitSum));
        }

        if (_creditTotals is { } credit && (credit.Count != _messageCreditCount || credit.Sum != _messageCreditSum))
        {
            sink.Diagnostic(ParseDiagnostic.Warning(location, string.Create(CultureInfo.InvariantCulture,
                $"The report announces {credit.Count} credit entries totalling {credit.Sum} (:90C:), but {_messageCreditCount} totalling {_messageCreditSum} were read."))
                .Coded("parse.mt940-credit-totals", credit.Count, credit.Sum, _messageCreditCount, _messageCreditSum));
        }
    }

    /// <summary>The last page of a statement decides its closing balance and end date.</summary>
    private void CompleteStatementHeader()
    {
        if (_statement is null) return;
        _statement = _statement with
        {
            ClosingBalance = _closing?.Amount,
            To = _closing?.Date ?? _reportDate ?? _statement.To,
        };
    }

    private void ReportOnce(string key, Mt940Token token, string message)
    {
        if (_reportedTags.Add(key)) sink.Diagnostic(ParseDiagnostic.Info(token.Location, message + " (first at this line; later ones are not reported)"));
    }
}
