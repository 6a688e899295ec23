using System.Globalization;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Importers.Camt;

/// <summary>
/// Turns one <c>Ntry</c> element into statement lines: one line per entry, or one per <c>TxDtls</c> when a batch is
/// split. See docs/formats/camt.md for the field mapping and the sign rules.
/// </summary>
internal sealed class CamtEntryMapper
{
    private static readonly string[] AmountBlocks = ["InstdAmt", "TxAmt", "CntrValAmt"];

    // Reused for every entry: the mapper runs once per entry, millions of times for a large file.
    private readonly List<CamtNode> _transactions = [];
    private readonly List<string> _text = [];
    private int _statementIndex;
    private int _firstLineIndex;

    // The last composed bank transaction code: consecutive entries mostly share it, so it is built once, not per entry.
    private string? _lastDomain;
    private string? _lastFamily;
    private string? _lastSubFamily;
    private string? _lastCode;

    /// <summary>
    /// Adds the entry's lines to <paramref name="output"/> (cleared by the caller), numbered from
    /// <paramref name="firstLineIndex"/> within statement <paramref name="statementIndex"/>.
    /// </summary>
    public void Map(CamtNode ntry, string location, string? accountCurrency, bool splitBatches, int statementIndex, int firstLineIndex, List<ParsedLine> output, Action<ParseDiagnostic> report)
    {
        _statementIndex = statementIndex;
        _firstLineIndex = firstLineIndex;
        var amountNode = ntry.Child("Amt");
        if (amountNode is null || !CamtValues.TryAmount(amountNode.Text, out var unsigned))
        {
            report(amountNode is null
                ? ParseDiagnostic.Error(location, "The entry has no amount (Amt); it was skipped.").Coded("parse.camt-entry-no-amount")
                : ParseDiagnostic.Error(location, $"The entry amount '{amountNode.TrimmedText}' is not a valid amount; the entry was skipped.")
                    .Coded("parse.camt-entry-bad-amount", amountNode.TrimmedText ?? ""));
            return;
        }

        var direction = CamtValues.Direction(ntry.Value("CdtDbtInd"));
        if (direction == 0)
        {
            report(ParseDiagnostic.Error(location, $"The entry has no valid credit/debit indicator (CdtDbtInd is '{ntry.Value("CdtDbtInd") ?? "missing"}'); it was skipped.")
                .Coded("parse.camt-entry-no-direction", ntry.Value("CdtDbtInd") ?? "—"));
            return;
        }

        // Sts is text up to v07 and a structure (<Sts><Cd>BOOK</Cd></Sts>) from v08; some files leave it out.
        var status = ntry.Value("Sts") ?? ntry.Value("Sts", "Cd") ?? ntry.Value("Sts", "Prtry");
        if (status is not null && !string.Equals(status, "BOOK", StringComparison.OrdinalIgnoreCase))
        {
            report(ParseDiagnostic.Info(location, $"Entry skipped: its status is {status}{StatusMeaning(status)}; only booked entries (BOOK) are imported.")
                .Coded(StatusCode(status), status));
            return;
        }

        var currency = amountNode.Currency?.Trim();
        if (accountCurrency is not null && currency is not null && !string.Equals(currency, accountCurrency, StringComparison.Ordinal))
        {
            report(ParseDiagnostic.Warning(location, $"The entry amount is in {currency} but the account is in {accountCurrency}; the amount is kept as reported.")
                .Coded("parse.camt-entry-currency", currency, accountCurrency));
        }

        var entry = new Entry(ntry, direction * unsigned, direction, currency ?? accountCurrency, CamtValues.IsTrue(ntry.Value("RvslInd")));
        var transactions = _transactions;
        transactions.Clear();
        foreach (var details in ntry.Children)
        {
            if (details.Name != "NtryDtls") continue;
            foreach (var tx in details.Children)
            {
                if (tx.Name == "TxDtls") transactions.Add(tx);
            }
        }

        if (splitBatches && transactions.Count > 1)
        {
            var problem = SplitProblem(entry, transactions);
            if (problem is null)
            {
                for (var i = 0; i < transactions.Count; i++)
                {
                    var tx = transactions[i];
                    TryTransactionAmount(tx, entry.Direction, out var txAmount, out _, out var txDirection);
                    output.Add(BuildLine(entry, tx, txAmount, txDirection, split: true,
                        string.Create(CultureInfo.InvariantCulture, $"{location}/TxDtls[{i + 1}]"), output.Count));
                }

                return;
            }

            report(ParseDiagnostic.Info(location, $"Batch of {transactions.Count} transactions kept as one line: {problem}."));
        }

        output.Add(BuildLine(entry, transactions.Count == 1 ? transactions[0] : null, entry.Amount, entry.Direction, split: false, location, output.Count));
    }

    /// <summary>Why a batch cannot be split into its transactions, or null when it can (amounts add up exactly).</summary>
    private static string? SplitProblem(Entry entry, List<CamtNode> transactions)
    {
        var sum = 0m;
        foreach (var tx in transactions)
        {
            if (!TryTransactionAmount(tx, entry.Direction, out var amount, out var currency, out _))
            {
                return "not every transaction has an amount";
            }

            if (currency is not null && entry.Currency is not null && !string.Equals(currency, entry.Currency, StringComparison.Ordinal))
            {
                return $"the transactions are in {currency}, the entry in {entry.Currency}";
            }

            sum += amount;
        }

        return sum == entry.Amount
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"the transaction amounts add up to {sum}, not to the entry amount {entry.Amount}");
    }

    /// <summary>TxDtls/Amt (v03 and later) or TxDtls/AmtDtls/TxAmt/Amt (v02), signed by the transaction's own CdtDbtInd.</summary>
    private static bool TryTransactionAmount(CamtNode tx, int entryDirection, out decimal amount, out string? currency, out int direction)
    {
        var node = tx.Child("Amt") ?? tx.Find("AmtDtls", "TxAmt", "Amt");
        direction = CamtValues.Direction(tx.Value("CdtDbtInd"));
        if (direction == 0) direction = entryDirection;
        currency = node?.Currency?.Trim();
        if (node is null || !CamtValues.TryAmount(node.Text, out var unsigned))
        {
            amount = 0m;
            return false;
        }

        amount = direction * unsigned;
        return true;
    }

    private ParsedLine BuildLine(Entry entry, CamtNode? tx, decimal amount, int direction, bool split, string location, int lineOfEntry)
    {
        var ntry = entry.Node;
        var text = _text;
        text.Clear();
        string? reference = null;
        string? referenceType = null;
        var remittance = tx?.Child("RmtInf");
        if (remittance is not null)
        {
            foreach (var part in remittance.Children)
            {
                if (part.Name == "Ustrd")
                {
                    if (part.TrimmedText is { } t) text.Add(t);
                }
                else if (part.Name == "Strd")
                {
                    Structured(part, text, ref reference, ref referenceType);
                }
            }
        }

        if (tx?.Value("AddtlTxInf") is { } additionalTx) text.Add(additionalTx);
        if (ntry.Value("AddtlNtryInf") is { } additionalEntry) text.Add(additionalEntry);

        var (name, account) = Counterparty(tx?.Child("RltdPties"), direction, entry.IsReversal);
        var amountDetails = tx?.Child("AmtDtls") ?? (split ? null : ntry.Child("AmtDtls"));
        var (originalAmount, originalCurrency, rate) = Original(amountDetails, entry.Currency);
        var charges = split ? Charges(tx) : Charges(ntry) ?? Charges(tx);
        var endToEnd = tx?.Value("Refs", "EndToEndId");
        if (string.Equals(endToEnd, "NOTPROVIDED", StringComparison.OrdinalIgnoreCase)) endToEnd = null;

        return new ParsedLine
        {
            StatementIndex = _statementIndex,
            LineIndex = _firstLineIndex + lineOfEntry,
            BookingDate = CamtValues.DateChoice(ntry.Child("BookgDt"), out _),
            ValueDate = CamtValues.DateChoice(ntry.Child("ValDt"), out _),
            Amount = amount,
            Currency = entry.Currency,
            OriginalAmount = originalAmount,
            OriginalCurrency = originalCurrency,
            ExchangeRate = rate,
            ChargesAmount = charges,
            Description = text.Count switch
            {
                0 => null,
                1 => CamtValues.Normalize(text[0]),
                _ => CamtValues.Normalize(string.Join(' ', text)),
            },
            CounterpartyName = CamtValues.Normalize(name),
            CounterpartyAccount = account,
            Reference = reference,
            ReferenceType = referenceType,
            EndToEndId = endToEnd,
            BankReference = tx?.Value("Refs", "AcctSvcrRef") ?? ntry.Value("AcctSvcrRef") ?? ntry.Value("NtryRef"),
            BankTransactionCode = TransactionCode(tx?.Child("BkTxCd")) ?? TransactionCode(ntry.Child("BkTxCd")),
            IsReversal = entry.IsReversal,
            Location = location,
        };
    }

    /// <summary>Strd: the first creditor reference becomes the line's reference; the rest is text that helps matching.</summary>
    private static void Structured(CamtNode structured, List<string> text, ref string? reference, ref string? referenceType)
    {
        foreach (var part in structured.Children)
        {
            switch (part.Name)
            {
                case "RfrdDocInf":
                    if (part.Value("Nb") is { } number) text.Add(number);
                    break;
                case "CdtrRefInf":
                    if (part.Value("Ref") is not { } value) break;
                    if (reference is null)
                    {
                        reference = value;
                        referenceType = part.Value("Tp", "CdOrPrtry", "Cd") ?? part.Value("Tp", "CdOrPrtry", "Prtry");
                    }
                    else
                    {
                        // A second structured reference still helps matching by text.
                        text.Add(value);
                    }

                    break;
                case "AddtlRmtInf":
                    // "?REJECT?0" and "?ERROR?000" are PostFinance ISR/ES processing flags, not remittance text.
                    if (part.TrimmedText is { } t && !IsProcessingFlag(t)) text.Add(t);
                    break;
                default:
                    break;
            }
        }
    }

    /// <summary>
    /// The other party: the debtor of money coming in (CRDT), the creditor of money going out (DBIT). A reversal keeps
    /// the parties of the original payment, so the roles swap (a returned direct debit names its debtor).
    /// </summary>
    private static (string? Name, string? Account) Counterparty(CamtNode? parties, int direction, bool reversal)
    {
        if (parties is null) return (null, null);
        var debtor = direction > 0 ^ reversal;
        var found = Party(parties, debtor);
        if (reversal && found.Name is null && found.Account is null) found = Party(parties, !debtor);
        return found;
    }

    private static (string? Name, string? Account) Party(CamtNode parties, bool debtor)
    {
        var party = parties.Child(debtor ? "Dbtr" : "Cdtr");
        // v08 wraps the party in <Pty>; earlier versions put Nm directly under Dbtr/Cdtr.
        var name = party?.Value("Nm") ?? party?.Value("Pty", "Nm");
        var accountNode = parties.Child(debtor ? "DbtrAcct" : "CdtrAcct");
        var account = accountNode?.Value("Id", "IBAN") ?? accountNode?.Value("Id", "Othr", "Id");
        return (name, account);
    }

    /// <summary>Instructed amount in another currency (InstdAmt), else a transaction/counter-value amount in another currency.</summary>
    private static (decimal? Amount, string? Currency, decimal? Rate) Original(CamtNode? details, string? lineCurrency)
    {
        if (details is null) return (null, null, null);
        var rate = Rate(details.Child("InstdAmt")) ?? Rate(details.Child("TxAmt")) ?? Rate(details.Child("CntrValAmt"));
        foreach (var name in AmountBlocks)
        {
            var amountNode = details.Find(name, "Amt");
            if (amountNode is null || !CamtValues.TryAmount(amountNode.Text, out var value)) continue;
            var currency = amountNode.Currency?.Trim();
            if (name == "InstdAmt" || (currency is not null && !string.Equals(currency, lineCurrency, StringComparison.Ordinal)))
            {
                return (value, currency, rate);
            }
        }

        return (null, null, rate);
    }

    private static decimal? Rate(CamtNode? amountBlock) =>
        amountBlock?.Value("CcyXchg", "XchgRate") is { } raw
        && decimal.TryParse(raw, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate)
            ? rate
            : null;

    /// <summary>
    /// Total charges, unsigned: TtlChrgsAndTaxAmt when given, else the records netted (DBIT adds, CRDT subtracts).
    /// Informational only: the booked amount is never changed, whatever ChrgInclInd says.
    /// </summary>
    private static decimal? Charges(CamtNode? owner)
    {
        if (owner is null) return null;
        decimal? total = null;
        foreach (var charges in owner.Children)
        {
            if (charges.Name != "Chrgs") continue;
            if (CamtValues.TryAmount(charges.Value("TtlChrgsAndTaxAmt"), out var stated))
            {
                total = (total ?? 0m) + stated;
                continue;
            }

            // v04+: Rcrd blocks; v02: Amt and CdtDbtInd directly inside each (repeatable) Chrgs.
            total = Record(charges, total);
            foreach (var record in charges.Children)
            {
                if (record.Name == "Rcrd") total = Record(record, total);
            }
        }

        return total is { } value ? Math.Abs(value) : null;
    }

    private static decimal? Record(CamtNode record, decimal? total)
    {
        if (!CamtValues.TryAmount(record.Value("Amt"), out var amount)) return total;
        var sign = CamtValues.Direction(record.Value("CdtDbtInd")) > 0 ? -1 : 1;
        return (total ?? 0m) + sign * amount;
    }

    /// <summary>"PMNT/RCDT/ESCT" from Domn/Fmly/SubFmly, else the proprietary code.</summary>
    private string? TransactionCode(CamtNode? code)
    {
        if (code is null) return null;
        var domain = code.Value("Domn", "Cd");
        var family = code.Value("Domn", "Fmly", "Cd");
        var subFamily = code.Value("Domn", "Fmly", "SubFmlyCd");
        if (domain is not null && family is not null && subFamily is not null)
        {
            if (!string.Equals(domain, _lastDomain, StringComparison.Ordinal)
                || !string.Equals(family, _lastFamily, StringComparison.Ordinal)
                || !string.Equals(subFamily, _lastSubFamily, StringComparison.Ordinal))
            {
                (_lastDomain, _lastFamily, _lastSubFamily) = (domain, family, subFamily);
                _lastCode = $"{domain}/{family}/{subFamily}";
            }

            return _lastCode;
        }

        return code.Value("Prtry", "Cd") ?? domain;
    }

    private static bool IsProcessingFlag(string text) =>
        text.StartsWith("?REJECT?", StringComparison.Ordinal) || text.StartsWith("?ERROR?", StringComparison.Ordinal);

    private static string StatusCode(string status) => status.ToUpperInvariant() switch
    {
        "PDNG" => "parse.camt-entry-pending",
        "INFO" => "parse.camt-entry-information-only",
        "FUTR" => "parse.camt-entry-future",
        _ => "parse.camt-entry-not-booked",
    };

    private static string StatusMeaning(string status) => status.ToUpperInvariant() switch
    {
        "PDNG" => " (pending)",
        "INFO" => " (information only)",
        "FUTR" => " (future)",
        _ => "",
    };

    private sealed record Entry(CamtNode Node, decimal Amount, int Direction, string? Currency, bool IsReversal);
}
