using System.Globalization;
using BankRecon.Domain.Common;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Mt940;

namespace BankRecon.Importers.Bai2;

/// <summary>
/// One run over one BAI2 file: joins 88 continuations to their record, turns each 03 account block into a statement
/// and each monetary 16 record into a line, and checks the 49/98/99 control totals and record counts.
/// </summary>
internal sealed class Bai2Reader(Bai2Tokenizer tokenizer, IStatementSink sink, ParseOptions options)
{
    private const string DefaultCurrency = "USD";

    private readonly List<Bai2Record> _continuations = [];
    private Bai2Record? _open;

    private bool _sawFileHeader;
    private bool _sawStructure;
    private bool _reportedDefaultCurrency;
    private int _skippedNonMonetary;
    private int _firstSkippedNonMonetaryLine;
    private int _statementCount;

    // File, group and account counters for the trailer checks (amounts in minor units as written).
    private decimal _fileTotal;
    private int _fileRecords;
    private int _fileGroups;
    private bool _groupOpen;
    private string? _groupCurrency;
    private DateOnly? _groupDate;
    private decimal _groupTotal;
    private int _groupRecords;
    private int _groupAccounts;
    private int _groupLine;

    private StatementHeader? _statement;
    private decimal _accountTotal;
    private int _accountRecords;
    private int _lineIndex;
    private decimal _scale = 100m;

    public void Run()
    {
        while (tokenizer.TryRead(out var record))
        {
            if (record.Code == "88")
            {
                if (_open is null)
                {
                    sink.Diagnostic(ParseDiagnostic.Error(record.Location, "A continuation record (88) has no record before it to continue; it was ignored.").Coded("parse.bai2-orphan-continuation"));
                }
                else
                {
                    _continuations.Add(record);
                }

                continue;
            }

            Complete();
            _open = record;
        }

        Complete();
        if (_statement is not null)
        {
            sink.Diagnostic(ParseDiagnostic.Warning(_statement.Location ?? "file", "The account block has no account trailer (49).").Coded("parse.bai2-no-account-trailer"));
            EndAccount();
        }

        if (_groupOpen)
        {
            sink.Diagnostic(ParseDiagnostic.Warning(GroupLocation, "The group has no group trailer (98).").Coded("parse.bai2-no-group-trailer"));
        }

        if (_skippedNonMonetary > 0)
        {
            sink.Diagnostic(ParseDiagnostic.Info(Location(_firstSkippedNonMonetaryLine), string.Create(CultureInfo.InvariantCulture,
                $"{_skippedNonMonetary} detail record(s) with a non-monetary type code (outside 100–699) were not imported as statement lines."))
                .Coded("parse.bai2-non-monetary-skipped", _skippedNonMonetary));
        }

        if (!_sawStructure)
        {
            sink.Diagnostic(ParseDiagnostic.Fatal("file", "This file has no BAI2 group (02) or account (03) records; it cannot be read as a BAI2 file.").Coded("parse.bai2-no-records"));
        }
        else if (!_sawFileHeader)
        {
            sink.Diagnostic(ParseDiagnostic.Warning("file", "The file has no file header record (01).").Coded("parse.bai2-no-file-header"));
        }
    }

    private string GroupLocation => Location(_groupLine);

    private void Complete()
    {
        if (_open is not { } record) return;
        var count = 1 + _continuations.Count;
        _fileRecords += count;
        if (_groupOpen || record.Code == "02") _groupRecords += count;
        if (_statement is not null || record.Code == "03") _accountRecords += count;

        switch (record.Code)
        {
            case "01":
                _sawFileHeader = true;
                break;
            case "02":
                StartGroup(record);
                break;
            case "03":
                StartAccount(record);
                break;
            case "16":
                ReadDetail(record);
                break;
            case "49":
                EndAccountWithTrailer(record);
                break;
            case "98":
                EndGroup(record);
                break;
            case "99":
                CheckFileTrailer(record);
                break;
            default:
                break;
        }

        _open = null;
        _continuations.Clear();
    }

    private List<string> FieldsWithContinuations(Bai2Record record)
    {
        var fields = record.Fields();
        foreach (var continuation in _continuations) fields.AddRange(continuation.Fields());
        return fields;
    }

    private void StartGroup(Bai2Record record)
    {
        if (_groupOpen) sink.Diagnostic(ParseDiagnostic.Warning(GroupLocation, "The group has no group trailer (98) before the next group.").Coded("parse.bai2-no-group-trailer-before-next"));
        if (_statement is not null)
        {
            sink.Diagnostic(ParseDiagnostic.Warning(_statement.Location ?? record.Location, "The account block has no account trailer (49).").Coded("parse.bai2-no-account-trailer"));
            EndAccount();
        }

        _sawStructure = true;
        var fields = FieldsWithContinuations(record);
        _groupOpen = true;
        _groupLine = record.LineNumber;
        _groupTotal = 0m;
        _groupRecords = 1 + _continuations.Count;
        _groupAccounts = 0;
        _fileGroups++;
        _groupCurrency = fields.Count > 5 && fields[5].Length > 0 ? fields[5].ToUpperInvariant() : null;
        _groupDate = null;
        if (fields.Count > 3 && Mt940Syntax.TryParseDate(fields[3], out var asOf, out _)) _groupDate = asOf;
        else sink.Diagnostic(ParseDiagnostic.Warning(record.Location, "The group header (02) has no valid as-of date (YYMMDD).").Coded("parse.bai2-no-as-of-date"));
        if (fields.Count > 2 && fields[2] == "4") sink.Diagnostic(ParseDiagnostic.Info(record.Location, "The group is marked as test data (group status 4).").Coded("parse.bai2-test-group"));
    }

    private void StartAccount(Bai2Record record)
    {
        if (_statement is not null)
        {
            sink.Diagnostic(ParseDiagnostic.Warning(_statement.Location ?? record.Location, "The account block has no account trailer (49) before the next account.").Coded("parse.bai2-no-account-trailer-before-next"));
            EndAccount();
        }

        _sawStructure = true;
        var fields = FieldsWithContinuations(record);
        _accountRecords = 1 + _continuations.Count;
        _accountTotal = 0m;
        _groupAccounts++;

        var currency = fields.Count > 1 && fields[1].Length > 0 ? fields[1].ToUpperInvariant() : _groupCurrency;
        if (currency is null)
        {
            currency = options.DefaultCurrency ?? DefaultCurrency;
            if (!_reportedDefaultCurrency)
            {
                _reportedDefaultCurrency = true;
                sink.Diagnostic(ParseDiagnostic.Info(record.Location, $"The file does not name the currency (02 and 03 leave it blank); {currency} was assumed.").Coded("parse.bai2-currency-assumed", currency));
            }
        }

        _scale = CurrencyCode.TryParse(currency, out var code) ? code.MinorUnitScale : 100m;

        // Summary: repeating (type code, amount, item count, funds type [+ funds fields]).
        decimal? opening = null;
        decimal? closing = null;
        var i = 2;
        while (i < fields.Count)
        {
            var typeCode = fields[i];
            if (typeCode.Length == 0)
            {
                // Banks leave stray empty fields ("…,,,/" where ",,/" was due; Goldman's ",,,,," after the currency).
                i++;
                continue;
            }

            var rawAmount = i + 1 < fields.Count ? fields[i + 1] : "";
            var next = Bai2FundsType.Skip(fields, i + 3, out _, out _, out var error);
            if (next < 0)
            {
                sink.Diagnostic(ParseDiagnostic.Error(record.Location, error + " The rest of the account summary was ignored."));
                break;
            }

            if (TryParseRaw(rawAmount, out var raw))
            {
                _accountTotal += raw;
                if (typeCode == "010") opening = raw / _scale;
                else if (typeCode == "015") closing = raw / _scale;
            }
            else if (rawAmount.Length > 0)
            {
                sink.Diagnostic(ParseDiagnostic.Error(record.Location, $"The summary amount '{rawAmount}' for type code {typeCode} is not a whole number.").Coded("parse.bai2-bad-summary-amount", rawAmount, typeCode));
            }

            i = next;
        }

        _statement = new StatementHeader
        {
            StatementIndex = _statementCount++,
            Account = fields.Count > 0 && fields[0].Length > 0 ? fields[0] : options.DefaultAccount,
            Currency = currency,
            From = _groupDate,
            To = _groupDate,
            OpeningBalance = opening,
            ClosingBalance = closing,
            Location = record.Location,
        };
        _lineIndex = 0;
        sink.StartStatement(_statement);
    }

    private void ReadDetail(Bai2Record record)
    {
        if (_statement is null)
        {
            sink.Diagnostic(ParseDiagnostic.Error(record.Location, "A transaction detail (16) comes before any account identifier (03); it was skipped.").Coded("parse.bai2-detail-before-account"));
            return;
        }

        var cursor = new FieldCursor(record.Content);
        var typeText = cursor.Take();
        var rawAmount = cursor.Take();
        var funds = new List<string> { cursor.Take() };
        switch (funds[0].ToUpperInvariant())
        {
            case "V":
                funds.Add(cursor.Take());
                funds.Add(cursor.Take());
                break;
            case "S":
                funds.Add(cursor.Take());
                funds.Add(cursor.Take());
                funds.Add(cursor.Take());
                break;
            case "D":
                var countText = cursor.Take();
                funds.Add(countText);
                if (int.TryParse(countText, NumberStyles.None, CultureInfo.InvariantCulture, out var pairs) && pairs <= 1000)
                {
                    for (var p = 0; p < 2 * pairs; p++) funds.Add(cursor.Take());
                }

                break;
            case "" or "0" or "1" or "2" or "Z":
                break;
            default:
                sink.Diagnostic(ParseDiagnostic.Error(record.Location, $"The funds type '{funds[0]}' is not a BAI2 funds type (0, 1, 2, V, S, D, Z); the detail was skipped.").Coded("parse.bai2-bad-funds-type", funds[0]));
                return;
        }

        var bankReference = cursor.Take();
        var customerReference = cursor.Take();
        var ownText = cursor.Rest();

        if (!int.TryParse(typeText, NumberStyles.None, CultureInfo.InvariantCulture, out var typeCode) || typeText.Length != 3)
        {
            sink.Diagnostic(ParseDiagnostic.Error(record.Location, $"The type code '{typeText}' of the transaction detail (16) is not a 3-digit code; the detail was skipped.").Coded("parse.bai2-bad-type-code", typeText));
            return;
        }

        if (!TryParseRaw(rawAmount, out var raw))
        {
            sink.Diagnostic(ParseDiagnostic.Error(record.Location, $"The amount '{rawAmount}' of the transaction detail (16) is not a whole number of minor units; the detail was skipped.").Coded("parse.bai2-bad-detail-amount", rawAmount));
            return;
        }

        _accountTotal += raw;
        if (typeCode is < 100 or > 699)
        {
            if (_skippedNonMonetary++ == 0) _firstSkippedNonMonetaryLine = record.LineNumber;
            return;
        }

        // Detail amounts are unsigned: the type code says the direction (100–399 credit, 400–699 debit).
        var amount = Math.Abs(raw) / _scale;
        if (typeCode >= 400) amount = -amount;

        DateOnly? valueDate = _groupDate;
        if (funds[0].Equals("V", StringComparison.OrdinalIgnoreCase) && funds.Count > 1 && funds[1].Length > 0)
        {
            if (Mt940Syntax.TryParseDate(funds[1], out var date, out _)) valueDate = date;
            else sink.Diagnostic(ParseDiagnostic.Warning(record.Location, $"The value date '{funds[1]}' is not a YYMMDD date; the as-of date was used.").Coded("parse.bai2-bad-value-date", funds[1]));
        }

        var text = new Bai2Text(ownText, _continuations.Select(c => c.Content));
        var counterpartyName = amount >= 0 ? text.Tag("DBNM") : text.Tag("CRNM");
        var counterpartyAccount = amount >= 0 ? text.Tag("DACT") : text.Tag("CACT");
        sink.Line(new ParsedLine
        {
            StatementIndex = _statement.StatementIndex,
            LineIndex = _lineIndex++,
            BookingDate = _groupDate,
            ValueDate = valueDate,
            Amount = amount,
            Currency = _statement.Currency,
            Description = text.Description,
            CounterpartyName = counterpartyName,
            CounterpartyAccount = counterpartyAccount,
            EndToEndId = text.Tag("EREF") ?? NullIfEmpty(customerReference),
            BankReference = NullIfEmpty(bankReference),
            BankTransactionCode = typeText,
            Location = record.Location,
        });
    }

    private void EndAccountWithTrailer(Bai2Record record)
    {
        if (_statement is null)
        {
            sink.Diagnostic(ParseDiagnostic.Warning(record.Location, "An account trailer (49) has no account identifier (03) before it.").Coded("parse.bai2-orphan-account-trailer"));
            return;
        }

        var fields = FieldsWithContinuations(record);
        if (fields.Count > 0 && TryParseRaw(fields[0], out var declared))
        {
            if (declared != _accountTotal)
            {
                sink.Diagnostic(ParseDiagnostic.Warning(record.Location, string.Create(CultureInfo.InvariantCulture,
                    $"The account control total is {declared}, but the amounts of the account block add up to {_accountTotal}."))
                    .Coded("parse.bai2-account-total", Raw(declared), Raw(_accountTotal)));
            }

            _groupTotal += declared;
        }
        else
        {
            _groupTotal += _accountTotal;
        }

        if (fields.Count > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var records) && records != _accountRecords)
        {
            sink.Diagnostic(ParseDiagnostic.Warning(record.Location, string.Create(CultureInfo.InvariantCulture,
                $"The account trailer announces {records} records, but the account block has {_accountRecords}."))
                .Coded("parse.bai2-account-records", records, _accountRecords));
        }

        EndAccount();
    }

    private void EndAccount()
    {
        if (_statement is null) return;
        sink.EndStatement(_statement);
        _statement = null;
    }

    private void EndGroup(Bai2Record record)
    {
        if (_statement is not null)
        {
            sink.Diagnostic(ParseDiagnostic.Warning(_statement.Location ?? record.Location, "The account block has no account trailer (49).").Coded("parse.bai2-no-account-trailer"));
            _groupTotal += _accountTotal;
            EndAccount();
        }

        if (!_groupOpen)
        {
            sink.Diagnostic(ParseDiagnostic.Warning(record.Location, "A group trailer (98) has no group header (02) before it.").Coded("parse.bai2-orphan-group-trailer"));
            return;
        }

        var fields = FieldsWithContinuations(record);
        if (fields.Count > 0 && TryParseRaw(fields[0], out var declared))
        {
            if (declared != _groupTotal)
            {
                sink.Diagnostic(ParseDiagnostic.Warning(record.Location, string.Create(CultureInfo.InvariantCulture,
                    $"The group control total is {declared}, but the account control totals add up to {_groupTotal}."))
                    .Coded("parse.bai2-group-total", Raw(declared), Raw(_groupTotal)));
            }

            _fileTotal += declared;
        }
        else
        {
            _fileTotal += _groupTotal;
        }

        CheckCount(fields, 1, _groupAccounts, "accounts", "group trailer", record);
        CheckCount(fields, 2, _groupRecords, "records", "group trailer", record);
        _groupOpen = false;
    }

    private void CheckFileTrailer(Bai2Record record)
    {
        var fields = FieldsWithContinuations(record);
        if (fields.Count > 0 && TryParseRaw(fields[0], out var declared) && declared != _fileTotal)
        {
            sink.Diagnostic(ParseDiagnostic.Warning(record.Location, string.Create(CultureInfo.InvariantCulture,
                $"The file control total is {declared}, but the group control totals add up to {_fileTotal}."))
                .Coded("parse.bai2-file-total", Raw(declared), Raw(_fileTotal)));
        }

        CheckCount(fields, 1, _fileGroups, "groups", "file trailer", record);
        CheckCount(fields, 2, _fileRecords, "records", "file trailer", record);
    }

    /// <summary>A control total as the file writes it (minor units, no grouping): not an amount to format.</summary>
    private static string Raw(decimal total) => total.ToString(CultureInfo.InvariantCulture);

    private void CheckCount(List<string> fields, int index, int actual, string what, string trailer, Bai2Record record)
    {
        if (fields.Count > index && int.TryParse(fields[index], NumberStyles.None, CultureInfo.InvariantCulture, out var declared) && declared != actual)
        {
            sink.Diagnostic(ParseDiagnostic.Warning(record.Location, string.Create(CultureInfo.InvariantCulture,
                $"The {trailer} announces {declared} {what}, but {actual} were read."))
                .Coded((trailer, what) switch
                {
                    ("group trailer", "accounts") => "parse.bai2-group-accounts",
                    ("group trailer", _) => "parse.bai2-group-records",
                    (_, "groups") => "parse.bai2-file-groups",
                    _ => "parse.bai2-file-records",
                }, declared, actual));
        }
    }

    /// <summary>BAI2 amounts are whole numbers of minor units with an optional sign ("+000000000000", "-3500").</summary>
    private static bool TryParseRaw(string text, out decimal raw) =>
        decimal.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out raw);

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Location(int line) => "line " + line.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads the comma-separated fields of a 16 record one by one; the text field is the rest.</summary>
    private sealed class FieldCursor(string content)
    {
        private string _rest = content;
        private bool _ended;

        public string Take()
        {
            if (_ended) return "";
            var comma = _rest.IndexOf(',');
            var field = comma < 0 ? _rest : _rest[..comma];
            _rest = comma < 0 ? "" : _rest[(comma + 1)..];
            if (comma < 0) _ended = true;
            var slash = field.IndexOf('/');
            if (slash >= 0)
            {
                // The record ended early: '/' defaults the remaining fields.
                field = field[..slash];
                _ended = true;
            }

            return field.Trim();
        }

        /// <summary>The text field: everything after the customer reference, commas included; null when the record ended before it.</summary>
        public string? Rest() => _ended ? null : _rest;
    }
}
