using System.Globalization;
using BankRecon.Domain.Common;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Importers.Ofx;

/// <summary>
/// Walks the element events of an OFX body and streams bank (STMTRS) and credit-card (CCSTMTRS) statements into a sink.
/// Holds one statement header and one transaction at a time, so memory does not grow with the BANKTRANLIST.
/// </summary>
internal sealed class OfxStatementBuilder(IStatementSink sink, ParseOptions options)
{
    private readonly List<string> _path = [];
    private bool _usedCommaDecimal;
    private bool _reportedOrphanTransactions;

    // Current statement
    private int _statementIndex = -1;
    private bool _inStatement;
    private bool _started;
    private int _statementLine;
    private string? _account;
    private string? _currency;
    private string? _inferredCurrency;
    private DateOnly? _from;
    private DateOnly? _to;
    private string? _ledgerBalance;
    private string? _ledgerDate;
    private int _lineCount;
    private int _transactionCount;
    private decimal _sum;

    // Current transaction
    private Transaction? _transaction;

    // Transaction-response status (STMTTRNRS/STATUS), reported when the bank says something went wrong.
    private string? _statusCode;
    private string? _statusMessage;

    public int StatementCount => _statementIndex + 1;

    public bool SawOfxRoot { get; private set; }

    public void Run(OfxElementReader reader)
    {
        while (reader.Read())
        {
            switch (reader.Kind)
            {
                case OfxEventKind.Open:
                    Open(reader.Name, reader.Line);
                    _path.Add(reader.Name);
                    break;
                case OfxEventKind.Close:
                    if (_path.Count > 0) _path.RemoveAt(_path.Count - 1);
                    Close(reader.Name, reader.Line);
                    break;
                case OfxEventKind.Leaf:
                    Leaf(reader.Name, reader.Value, reader.Line);
                    break;
            }
        }

        if (reader.UnclosedAtEnd > 0)
        {
            sink.Diagnostic(ParseDiagnostic.Warning("end of file", "The file ends before all OFX elements are closed; it may be truncated.").Coded("parse.ofx-truncated"));
        }
    }

    private void Open(string name, int line)
    {
        switch (name)
        {
            case "OFX":
                SawOfxRoot = true;
                break;
            case "STMTRS":
            case "CCSTMTRS":
                BeginStatement(line);
                break;
            case "STMTTRN":
                if (!_inStatement)
                {
                    if (!_reportedOrphanTransactions)
                    {
                        _reportedOrphanTransactions = true;
                        sink.Diagnostic(ParseDiagnostic.Warning($"line {line}",
                            "Transactions outside a bank or credit-card statement (e.g. investment statements) are not supported and were skipped.").Coded("parse.ofx-orphan-transactions"));
                    }

                    break;
                }

                _transaction = new Transaction { Line = line, Number = ++_transactionCount };
                break;
            case "STATUS":
                _statusCode = null;
                _statusMessage = null;
                break;
        }
    }

    private void Close(string name, int line)
    {
        switch (name)
        {
            case "STMTTRN":
                if (_transaction is not null) EmitTransaction(_transaction);
                _transaction = null;
                break;
            case "STMTRS":
            case "CCSTMTRS":
                if (_inStatement) EndStatement();
                break;
            case "STATUS":
                ReportStatus(line);
                break;
        }
    }

    private void Leaf(string name, string value, int line)
    {
        if (_transaction is not null)
        {
            TransactionLeaf(_transaction, name, value);
            return;
        }

        if (Inside("STATUS"))
        {
            if (name == "CODE") _statusCode = value;
            else if (name == "MESSAGE") _statusMessage = value;
            return;
        }

        if (!_inStatement) return;
        switch (name)
        {
            case "CURDEF":
                _currency = value.Length == 0 ? null : value.ToUpperInvariant();
                break;
            case "ACCTID" when Inside("BANKACCTFROM") || Inside("CCACCTFROM"):
                _account = value.Length == 0 ? null : value;
                break;
            case "DTSTART" when Inside("BANKTRANLIST"):
                // Several BANKTRANLISTs in one statement: keep the widest period.
                if (TryDate(value, line, "DTSTART", out var start) && (_from is null || start < _from)) _from = start;
                break;
            case "DTEND" when Inside("BANKTRANLIST"):
                if (TryDate(value, line, "DTEND", out var end) && (_to is null || end > _to)) _to = end;
                break;
            case "BALAMT" when Inside("LEDGERBAL"):
                _ledgerBalance = value;
                break;
            case "DTASOF" when Inside("LEDGERBAL"):
                _ledgerDate = value;
                break;
        }
    }

    private void TransactionLeaf(Transaction t, string name, string value)
    {
        var inCurrency = Inside("CURRENCY");
        var inOrigCurrency = Inside("ORIGCURRENCY");
        switch (name)
        {
            case "TRNTYPE": t.Type = value.ToUpperInvariant(); break;
            case "DTPOSTED": t.Posted = value; break;
            case "DTUSER": t.User = value; break;
            case "DTAVAIL": t.Available = value; break;
            case "TRNAMT": t.Amount = value; break;
            case "FITID": t.FitId = value; break;
            case "CHECKNUM": t.CheckNumber = value; break;
            case "REFNUM": t.RefNumber = value; break;
            case "NAME" when Inside("PAYEE"): t.Name = value; break;
            case "NAME": t.Name ??= value; break;
            case "MEMO": t.Memo = value; break;
            case "CURRATE" when inCurrency || inOrigCurrency:
                t.Rate = value;
                t.RateIsOriginal = inOrigCurrency;
                break;
            case "CURSYM" when inCurrency || inOrigCurrency:
                t.ForeignCurrency = value.ToUpperInvariant();
                t.RateIsOriginal = inOrigCurrency;
                break;
        }
    }

    private void BeginStatement(int line)
    {
        if (_inStatement) EndStatement();
        _statementIndex++;
        _inStatement = true;
        _started = false;
        _statementLine = line;
        _account = null;
        _currency = null;
        _inferredCurrency = null;
        _from = null;
        _to = null;
        _ledgerBalance = null;
        _ledgerDate = null;
        _lineCount = 0;
        _transactionCount = 0;
        _sum = 0m;
        _transaction = null;
    }

    private void EnsureStarted()
    {
        if (_started) return;
        _started = true;
        sink.StartStatement(Header());
    }

    private StatementHeader Header() => new()
    {
        StatementIndex = _statementIndex,
        Account = _account ?? options.DefaultAccount,
        Currency = _currency ?? options.DefaultCurrency ?? _inferredCurrency,
        From = _from,
        To = _to,
        Location = StatementLocation(),
    };

    private string StatementLocation() => string.Create(CultureInfo.InvariantCulture, $"statement {_statementIndex + 1} (line {_statementLine})");

    private void EmitTransaction(Transaction t)
    {
        // An empty CURDEF with a per-transaction CURSYM (seen in Australian exports): the account currency is CURSYM.
        if (_currency is null && options.DefaultCurrency is null && _inferredCurrency is null && t.ForeignCurrency is { Length: > 0 })
        {
            _inferredCurrency = t.ForeignCurrency;
        }

        EnsureStarted();
        var location = string.Create(CultureInfo.InvariantCulture, $"statement {_statementIndex + 1}, transaction {t.Number} (line {t.Line})");

        if (!OfxValues.TryParseAmount(t.Amount, out var amount, out var usedComma))
        {
            sink.Diagnostic(t.Amount is null
                ? ParseDiagnostic.Error(location, "The transaction has no TRNAMT; it was skipped.").Coded("parse.ofx-no-amount")
                : ParseDiagnostic.Error(location, $"TRNAMT '{t.Amount}' is not a number; the transaction was skipped.").Coded("parse.ofx-bad-amount", t.Amount));
            return;
        }

        if (usedComma && !_usedCommaDecimal)
        {
            _usedCommaDecimal = true;
            sink.Diagnostic(ParseDiagnostic.Info(location, "Amounts use ',' as the decimal mark (not OFX standard); read as decimal comma.").Coded("parse.ofx-decimal-comma"));
        }

        DateOnly? booking = null;
        if (TryDate(t.Posted, t.Line, "DTPOSTED", out var posted))
        {
            booking = posted;
        }
        else if (TryDate(t.User, t.Line, "DTUSER", out var user))
        {
            booking = user;
            sink.Diagnostic(ParseDiagnostic.Warning(location, "DTPOSTED is missing or unreadable; the booking date was taken from DTUSER.").Coded("parse.ofx-booking-date-from-dtuser"));
        }
        else
        {
            sink.Diagnostic(ParseDiagnostic.Warning(location, "The transaction has no readable DTPOSTED; it has no booking date.").Coded("parse.ofx-no-booking-date"));
        }

        DateOnly? valueDate = TryDate(t.Available, t.Line, "DTAVAIL", out var available) ? available : null;

        var lineCurrency = _currency ?? options.DefaultCurrency ?? _inferredCurrency;
        decimal? originalAmount = null;
        string? originalCurrency = null;
        decimal? rate = null;
        if (t.ForeignCurrency is { Length: > 0 } foreign && !string.Equals(foreign, lineCurrency, StringComparison.Ordinal))
        {
            originalCurrency = foreign;
            if (OfxValues.TryParseAmount(t.Rate, out var parsedRate, out _) && parsedRate > 0m)
            {
                rate = parsedRate;
                if (!t.RateIsOriginal)
                {
                    // <CURRENCY>: TRNAMT is in CURSYM; CURRATE converts it to CURDEF (OFX 1.6 §5.2).
                    originalAmount = Math.Abs(amount);
                    var minorUnits = CurrencyCode.TryParse(lineCurrency, out var code) ? code.MinorUnits : 2;
                    amount = Math.Round(amount * parsedRate, minorUnits, MidpointRounding.AwayFromZero);
                }
            }
            else if (!t.RateIsOriginal)
            {
                sink.Diagnostic(ParseDiagnostic.Warning(location, $"The amount is in {foreign} but no usable CURRATE is given; it was taken as is.")
                    .Coded("parse.ofx-no-currate", foreign));
            }
        }

        var name = Clean(t.Name);
        var memo = Clean(t.Memo);
        string? reference = null;
        string? referenceType = null;
        if (Clean(t.RefNumber) is { } refNumber)
        {
            reference = refNumber;
            referenceType = "REFNUM";
        }
        else if (Clean(t.CheckNumber) is { } check && check.Any(c => c != '0'))
        {
            // CHECKNUM 0 means "no cheque" in several bank exports.
            reference = check;
            referenceType = "CHECKNUM";
        }

        _lineCount++;
        _sum += amount;
        sink.Line(new ParsedLine
        {
            StatementIndex = _statementIndex,
            LineIndex = _lineCount - 1,
            BookingDate = booking,
            ValueDate = valueDate,
            Amount = amount,
            Currency = lineCurrency,
            OriginalAmount = originalAmount,
            OriginalCurrency = originalCurrency,
            ExchangeRate = rate,
            // NAME is cut at 32 characters in OFX 1.x; MEMO usually holds the full text.
            Description = memo ?? name,
            CounterpartyName = name,
            Reference = reference,
            ReferenceType = referenceType,
            BankReference = Clean(t.FitId),
            BankTransactionCode = Clean(t.Type),
            Location = location,
        });
    }

    private void EndStatement()
    {
        EnsureStarted();
        var header = Header();
        if (_ledgerBalance is { Length: > 0 })
        {
            if (OfxValues.TryParseAmount(_ledgerBalance, out var closing, out _))
            {
                var opening = closing - _sum;
                header = header with { ClosingBalance = closing, OpeningBalance = opening };
                var dated = OfxValues.TryParseDate(_ledgerDate, out var d, out _);
                var asOf = dated ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "an unknown date";
                var derived = ParseDiagnostic.Info(StatementLocation(), string.Create(CultureInfo.InvariantCulture,
                    $"OFX gives no opening balance: it was derived as the ledger balance {closing} (as of {asOf}) minus the {_lineCount} lines ({_sum}) = {opening}."));
                sink.Diagnostic(dated
                    ? derived.Coded("parse.ofx-derived-opening-balance", closing, d, _lineCount, _sum, opening)
                    : derived.Coded("parse.ofx-derived-opening-balance-undated", closing, _lineCount, _sum, opening));
            }
            else
            {
                sink.Diagnostic(ParseDiagnostic.Warning(StatementLocation(), $"LEDGERBAL/BALAMT '{_ledgerBalance}' is not a number; the statement has no balances.")
                    .Coded("parse.ofx-bad-ledger-balance", _ledgerBalance ?? ""));
            }
        }

        _inStatement = false;
        _transaction = null;
        sink.EndStatement(header);
    }

    private void ReportStatus(int line)
    {
        if (_statusCode is null || _statusCode == "0") return;
        var reported = ParseDiagnostic.Warning($"line {line}", $"The bank reported status {_statusCode}{(_statusMessage is null ? "" : $" ({_statusMessage})")}.");
        sink.Diagnostic(_statusMessage is null
            ? reported.Coded("parse.ofx-status", _statusCode)
            : reported.Coded("parse.ofx-status-message", _statusCode, _statusMessage));
    }

    private bool TryDate(string? raw, int line, string element, out DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            date = default;
            return false;
        }

        if (!OfxValues.TryParseDate(raw, out date, out var wellFormed))
        {
            sink.Diagnostic(ParseDiagnostic.Warning($"line {line}", $"{element} '{raw.Trim()}' is not a date.").Coded("parse.ofx-not-a-date", element, raw.Trim()));
            return false;
        }

        if (!wellFormed)
        {
            sink.Diagnostic(ParseDiagnostic.Info($"line {line}",
                $"{element} '{raw.Trim()}' is not a valid OFX date-time; its calendar date {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} was used.")
                .Coded("parse.ofx-date-only", element, raw.Trim(), date));
        }

        return true;
    }

    private bool Inside(string aggregate)
    {
        for (var i = _path.Count - 1; i >= 0; i--)
        {
            if (_path[i] == aggregate) return true;
        }

        return false;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed class Transaction
    {
        public int Line { get; init; }

        /// <summary>1-based position among the statement's STMTTRNs, skipped ones included (for messages).</summary>
        public int Number { get; init; }

        public string? Type { get; set; }

        public string? Posted { get; set; }

        public string? User { get; set; }

        public string? Available { get; set; }

        public string? Amount { get; set; }

        public string? FitId { get; set; }

        public string? CheckNumber { get; set; }

        public string? RefNumber { get; set; }

        public string? Name { get; set; }

        public string? Memo { get; set; }

        public string? ForeignCurrency { get; set; }

        public string? Rate { get; set; }

        public bool RateIsOriginal { get; set; }
    }
}
