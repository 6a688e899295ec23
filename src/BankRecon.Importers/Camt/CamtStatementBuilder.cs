using System.Globalization;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Importers.Camt;

/// <summary>
/// Collects what one <c>Stmt</c>/<c>Rpt</c>/<c>Ntfctn</c> says about itself and streams its entries to the sink.
/// The schema puts account and balances before the entries, so the header is complete when the first entry arrives;
/// only the period (when FrToDt is missing) is finished at the end.
/// </summary>
internal sealed class CamtStatementBuilder(int index, string location, ParseOptions options, IStatementSink sink)
{
    private readonly List<Balance> _balances = [];
    private readonly List<ParsedLine> _lines = [];
    private readonly CamtEntryMapper _mapper = new();
    private readonly Action<ParseDiagnostic> _report = sink.Diagnostic;
    private StatementHeader? _header;
    private string? _id;
    private string? _electronicSequence;
    private string? _legalSequence;
    private string? _account;
    private string? _accountCurrency;
    private string? _copyCode;
    private DateOnly? _from;
    private DateOnly? _to;
    private DateOnly? _firstBooking;
    private DateOnly? _lastBooking;
    private int _entries;
    private int _lineIndex;
    private int _balancesAtStart;

    /// <summary>True for the statement children this builder needs as a node; everything else is skipped unread.</summary>
    public static bool Wants(string name) => name is "Id" or "ElctrncSeqNb" or "LglSeqNb" or "FrToDt" or "CpyDplctInd" or "Acct" or "Bal" or "Ntry";

    public void Apply(CamtNode child)
    {
        switch (child.Name)
        {
            case "Id":
                _id = child.TrimmedText;
                break;
            case "ElctrncSeqNb":
                _electronicSequence = child.TrimmedText;
                break;
            case "LglSeqNb":
                _legalSequence = child.TrimmedText;
                break;
            case "FrToDt":
                _from = CamtValues.Date(child.Value("FrDtTm") ?? child.Value("FrDt"));
                _to = CamtValues.Date(child.Value("ToDtTm") ?? child.Value("ToDt"));
                break;
            case "CpyDplctInd":
                _copyCode = child.TrimmedText;
                break;
            case "Acct":
                _account = child.Value("Id", "IBAN") ?? child.Value("Id", "Othr", "Id");
                _accountCurrency = child.Value("Ccy");
                break;
            case "Bal":
                AddBalance(child);
                break;
            case "Ntry":
                Entry(child);
                break;
            default:
                break;
        }
    }

    public void End()
    {
        var header = Start(firstEntryCurrency: null);
        if (_balances.Count > _balancesAtStart)
        {
            // Schema-invalid but harmless: balances after the entries. Use them if the header still lacks them.
            header = header with
            {
                OpeningBalance = header.OpeningBalance ?? Usable(Find("OPBD") ?? Find("PRCD"), header.Currency),
                ClosingBalance = header.ClosingBalance ?? Usable(Find("CLBD"), header.Currency),
            };
        }

        if (header.From is null && header.To is null)
        {
            header = header with
            {
                From = _firstBooking ?? BalanceDate("OPBD") ?? BalanceDate("CLBD"),
                To = _lastBooking ?? BalanceDate("CLBD") ?? BalanceDate("OPBD"),
            };
        }

        sink.EndStatement(header);
    }

    private void Entry(CamtNode ntry)
    {
        _entries++;
        var header = Start(ntry.Child("Amt")?.Currency?.Trim());
        var where = string.Create(CultureInfo.InvariantCulture, $"{location}/Ntry[{_entries}]");
        _lines.Clear();
        _mapper.Map(ntry, where, header.Currency, options.SplitBatches, index, _lineIndex, _lines, _report);
        _lineIndex += _lines.Count;
        foreach (var line in _lines)
        {
            if (line.BookingDate is { } booked)
            {
                if (_firstBooking is null || booked < _firstBooking) _firstBooking = booked;
                if (_lastBooking is null || booked > _lastBooking) _lastBooking = booked;
            }

            sink.Line(line);
        }
    }

    private void AddBalance(CamtNode bal)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"{location}/Bal[{_balances.Count + 1}]");
        var code = bal.Value("Tp", "CdOrPrtry", "Cd") ?? bal.Value("Tp", "CdOrPrtry", "Prtry") ?? bal.Value("Tp", "Cd");
        var amountNode = bal.Child("Amt");
        if (amountNode is null || !CamtValues.TryAmount(amountNode.Text, out var amount))
        {
            _report(ParseDiagnostic.Warning(where, $"Balance {code} has no valid amount; it is ignored.").Coded("parse.camt-balance-no-amount", code ?? ""));
            _balances.Add(new Balance(code, null, null, null, where));
            return;
        }

        var direction = CamtValues.Direction(bal.Value("CdtDbtInd"));
        if (direction == 0)
        {
            // Schema-invalid but seen in real files: a positive balance is by far the likelier reading.
            _report(ParseDiagnostic.Warning(where, $"Balance {code} has no credit/debit indicator (CdtDbtInd); it is assumed to be a credit balance.")
                .Coded("parse.camt-balance-no-direction", code ?? ""));
            direction = 1;
        }

        var date = CamtValues.DateChoice(bal.Child("Dt"), out _);
        _balances.Add(new Balance(code, direction * amount, amountNode.Currency?.Trim(), date, where));
    }

    private StatementHeader Start(string? firstEntryCurrency)
    {
        if (_header is not null) return _header;

        var opening = Find("OPBD") ?? Find("PRCD");
        var closing = Find("CLBD");
        var currency = _accountCurrency ?? opening?.Currency ?? closing?.Currency ?? options.DefaultCurrency ?? firstEntryCurrency;

        if (_copyCode is not null)
        {
            _report(ParseDiagnostic.Warning(location, $"The bank marked this statement as a copy or duplicate (CpyDplctInd {_copyCode}): it may have been imported already.")
                .Coded("parse.camt-copy", _copyCode));
        }

        _header = new StatementHeader
        {
            StatementIndex = index,
            Account = _account ?? options.DefaultAccount,
            Currency = currency,
            StatementId = _id ?? _electronicSequence ?? _legalSequence,
            ElectronicSequenceNumber = _electronicSequence,
            LegalSequenceNumber = _legalSequence,
            From = _from,
            To = _to,
            OpeningBalance = Usable(opening, currency),
            ClosingBalance = Usable(closing, currency),
            IsCopy = _copyCode is not null,
            Location = location,
        };
        _balancesAtStart = _balances.Count;
        sink.StartStatement(_header);
        return _header;
    }

    /// <summary>A balance in another currency than the account cannot be checked against the entries.</summary>
    private decimal? Usable(Balance? balance, string? accountCurrency)
    {
        if (balance?.Amount is not { } amount) return null;
        if (balance.Currency is not null && accountCurrency is not null && !string.Equals(balance.Currency, accountCurrency, StringComparison.Ordinal))
        {
            _report(ParseDiagnostic.Warning(balance.Location, $"Balance {balance.Code} is in {balance.Currency} but the account is in {accountCurrency}; it is not used for the balance check.")
                .Coded("parse.camt-balance-currency", balance.Code ?? "", balance.Currency, accountCurrency));
            return null;
        }

        return amount;
    }

    private Balance? Find(string code) =>
        _balances.FirstOrDefault(b => b.Amount is not null && string.Equals(b.Code, code, StringComparison.Ordinal));

    private DateOnly? BalanceDate(string code) => Find(code)?.Date;

    private sealed record Balance(string? Code, decimal? Amount, string? Currency, DateOnly? Date, string Location);
}
