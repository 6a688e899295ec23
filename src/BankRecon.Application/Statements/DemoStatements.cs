using System.Globalization;
using System.Text;
using BankRecon.Application.Demo;
using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Csv;
using BankRecon.Importers.Writers;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Statements;

/// <summary>One downloadable sample: bank account × format.</summary>
public sealed record DemoStatementSample(string BankAccountNo, string BankAccountName, string Currency, StatementFormat Format, string FileName);

/// <summary>A generated sample statement file.</summary>
public sealed record DemoStatementFile(string FileName, string ContentType, byte[] Content);

/// <summary>Which open invoices a sample line pays, and how the payer went about it.</summary>
public sealed record DemoPayment(int LineIndex, IReadOnlyList<string> InvoiceNos, string Style);

/// <summary>The next statement of a demo bank account, before it is written in a format.</summary>
public sealed record DemoStatementSet(BankAccount Account, string StatementNo, ParsedStatement Statement, IReadOnlyList<DemoPayment> Payments);

/// <summary>
/// Sample statements for the demo company's bank accounts (NOK-DNB, SEK-SEB, EUR-NORDEA) in every format we read:
/// the account's next statement, continuing its number and balance from the last one, whose lines pay the CURRENT open
/// invoices in that currency the way real payers do — structured reference (KID/OCR/RF), invoice number in free text
/// in varied spellings, several invoices in one payment, part payments, payments net of bank charges, a payer who
/// swaps first and last name or whose bank cuts the company name — plus a bank fee, salaries, a transfer between own
/// accounts and an unreferenced receipt that match nothing. Deterministic for a given database state.
/// </summary>
public sealed class DemoStatementsHandler(BankReconDbContext db, TimeProvider clock)
{
    public static IReadOnlyList<StatementFormat> Formats { get; } =
        [StatementFormat.Camt, StatementFormat.Mt940, StatementFormat.Csv, StatementFormat.Ofx, StatementFormat.Bai2];

    private const int MaxInvoiceLines = 12;

    /// <summary>The samples that can be made: every format for each demo bank account that exists.</summary>
    public async Task<IReadOnlyList<DemoStatementSample>> ListAsync(CancellationToken cancellationToken)
    {
        var demoNos = DemoCompany.BankAccounts.Select(b => b.No).ToList();
        var accounts = await db.BankAccounts.AsNoTracking().Where(b => demoNos.Contains(b.No) && !b.Blocked).OrderBy(b => b.No).ToListAsync(cancellationToken);
        return [.. accounts.SelectMany(a => Formats.Select(f => new DemoStatementSample(a.No, a.Name, a.Currency, f, FileName(a.No, null, f))))];
    }

    public async Task<Result<DemoStatementFile>> CreateAsync(string bankAccountNo, StatementFormat format, CancellationToken cancellationToken)
    {
        if (!Formats.Contains(format)) return Result<DemoStatementFile>.Invalid("demo.format", $"There are no sample statements in the format {format}.").WithArgs(format.ToString());
        var built = await BuildAsync(bankAccountNo, cancellationToken);
        if (!built.Succeeded) return Result<DemoStatementFile>.Failure(built);
        var set = built.Value;
        using var output = new MemoryStream();
        var contentType = "text/plain";
        switch (format)
        {
            case StatementFormat.Camt:
                Camt053Writer.Write(output, [set.Statement], new Camt053WriterOptions
                {
                    MessageId = $"DEMO-{set.Account.No}-{set.StatementNo}",
                    CreatedAt = new DateTimeOffset(set.Statement.Header.To!.Value.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero),
                });
                contentType = "application/xml";
                break;
            case StatementFormat.Mt940:
                // :28C: carries the statement number itself.
                using (var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true))
                    Mt940Writer.Write(text, [set.Statement with { Header = set.Statement.Header with { StatementId = set.StatementNo } }]);
                break;
            case StatementFormat.Csv:
                WriteCsv(output, set);
                contentType = "text/csv";
                break;
            case StatementFormat.Ofx:
                OfxWriter.Write(output, [set.Statement with { Header = set.Statement.Header with { Account = set.Account.DomesticAccountNo ?? set.Account.Iban } }],
                    new OfxWriterOptions { ServerDate = set.Statement.Header.To!.Value, BankId = set.Account.Bic ?? "0000" });
                contentType = "application/x-ofx";
                break;
            case StatementFormat.Bai2:
                using (var text = new StreamWriter(output, new UTF8Encoding(false), leaveOpen: true))
                    Bai2Writer.Write(text, ByDay(set), new Bai2WriterOptions { Sender = set.Account.Bic ?? "BANK", Receiver = "NORDLYSDEMO", FileId = set.StatementNo, Created = set.Statement.Header.To!.Value });
                break;
        }

        return Result.Success(new DemoStatementFile(FileName(set.Account.No, set.StatementNo, format), contentType, output.ToArray()));
    }

    /// <summary>The account's next statement and what each line pays.</summary>
    public async Task<Result<DemoStatementSet>> BuildAsync(string bankAccountNo, CancellationToken cancellationToken)
    {
        var loaded = await ImportAccounts.LoadAsync(db, bankAccountNo, tracking: false, cancellationToken);
        if (!loaded.Succeeded) return Result<DemoStatementSet>.Failure(loaded);
        var account = loaded.Value.Chosen!;
        var last = loaded.Value.LastFor(account);
        var company = await db.CompanySettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var today = company?.Today(clock) ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var lastDate = await db.PaymentReconciliationJournals.AsNoTracking()
            .Where(j => j.BankAccountId == account.Id && j.Status != Domain.Reconciliation.JournalStatus.Reversed)
            .OrderByDescending(j => j.StatementDate).Select(j => (DateOnly?)j.StatementDate).FirstOrDefaultAsync(cancellationToken);
        // The period starts the day after the last statement (a week back for the first one), and ends today.
        var from = lastDate is { } previous ? (previous < today ? previous.AddDays(1) : today) : today.AddDays(-6);
        var statementNo = StatementNumbering.Next(last.No);
        var opening = last.Known ? last.Balance : Opening(account.Currency);

        var invoices = await (
                from entry in db.CustomerLedgerEntries.AsNoTracking()
                join customer in db.Customers.AsNoTracking() on entry.PartyId equals customer.Id
                where entry.Open && entry.DocumentType == DocumentType.Invoice && entry.Currency == account.Currency && entry.RemainingAmount > 0
                orderby entry.DueDate, entry.DocumentNo
                select new { entry.DocumentNo, entry.PaymentReference, entry.RemainingAmount, Customer = customer })
            .Take(MaxInvoiceLines + 4)
            .ToListAsync(cancellationToken);
        var open = invoices.Select(i => new Invoice(i.DocumentNo, i.PaymentReference, i.RemainingAmount, i.Customer.No, i.Customer.Name,
            i.Customer.BankAccounts.Select(b => b.AccountNumber).FirstOrDefault())).ToList();

        var lines = new List<ParsedLine>();
        var payments = new List<DemoPayment>();
        var words = Words.For(account.Currency);
        var style = 0;
        while (open.Count > 0 && payments.Count < MaxInvoiceLines)
        {
            var invoice = open[0];
            open.RemoveAt(0);
            var n = lines.Count;
            switch (style++ % 6)
            {
                case 0:
                    lines.Add(Payment(invoice.Amount, invoice.CustomerName, invoice.Iban, null, invoice.Reference, ReferenceType(account)));
                    payments.Add(new DemoPayment(n, [invoice.No], "structured reference"));
                    break;
                case 1:
                    lines.Add(Payment(invoice.Amount, invoice.CustomerName, invoice.Iban, string.Format(CultureInfo.InvariantCulture, words.InvoiceTexts[n % words.InvoiceTexts.Length], invoice.No), null, null));
                    payments.Add(new DemoPayment(n, [invoice.No], "invoice number in text"));
                    break;
                case 2:
                    // One payment for two invoices: the same customer's next one when there is one.
                    var second = open.FirstOrDefault(o => o.CustomerNo == invoice.CustomerNo) ?? open.FirstOrDefault();
                    if (second is null) goto case 1;
                    open.Remove(second);
                    lines.Add(Payment(invoice.Amount + second.Amount, invoice.CustomerName, invoice.Iban,
                        string.Format(CultureInfo.InvariantCulture, words.SeveralText, invoice.No, second.No), null, null));
                    payments.Add(new DemoPayment(n, [invoice.No, second.No], "several invoices in one payment"));
                    break;
                case 3:
                    var part = Math.Round(invoice.Amount / 2m, 0, MidpointRounding.AwayFromZero);
                    lines.Add(Payment(part, invoice.CustomerName, invoice.Iban, string.Format(CultureInfo.InvariantCulture, words.PartText, invoice.No), null, null));
                    payments.Add(new DemoPayment(n, [invoice.No], "part payment"));
                    break;
                case 4:
                    var charges = words.Charges;
                    lines.Add(Payment(invoice.Amount - charges, invoice.CustomerName, invoice.Iban,
                        string.Format(CultureInfo.InvariantCulture, words.InvoiceTexts[0], invoice.No), invoice.Reference, ReferenceType(account)) with { ChargesAmount = charges });
                    payments.Add(new DemoPayment(n, [invoice.No], "net of bank charges"));
                    break;
                default:
                    lines.Add(Payment(invoice.Amount, OtherName(invoice.CustomerName), invoice.Iban, string.Format(CultureInfo.InvariantCulture, words.InvoiceTexts[2], invoice.No), null, null));
                    payments.Add(new DemoPayment(n, [invoice.No], "name swapped or cut by the bank"));
                    break;
            }
        }

        // What matches nothing: a fee, salaries, a transfer to the company's own savings account, an unreferenced receipt.
        lines.Add(new ParsedLine { Amount = -words.Fee, Description = words.FeeText, BankTransactionCode = "698" });
        lines.Add(Payment(-words.Salary, "Ingrid Solberg", DemoCompany.PartyIban("NO", 9001), words.SalaryText, null, null));
        lines.Add(Payment(-words.Transfer, DemoCompany.Name, DemoCompany.PartyIban(account.Iban?[..2] ?? "NO", 9100), words.TransferText, null, null));
        lines.Add(Payment(words.Unreferenced, "Ukjent Innbetaler", null, words.UnreferencedText, null, null));

        var span = today.DayNumber - from.DayNumber;
        var dated = lines.Select((l, i) =>
        {
            var date = from.AddDays(lines.Count == 1 ? 0 : span * i / (lines.Count - 1));
            return l with
            {
                StatementIndex = 0,
                LineIndex = i,
                BookingDate = date,
                ValueDate = date,
                Currency = account.Currency,
                BankReference = string.Create(CultureInfo.InvariantCulture, $"{account.No}-{statementNo}-{i + 1:D3}"),
                EndToEndId = l.Amount > 0 ? string.Create(CultureInfo.InvariantCulture, $"E2E{statementNo}{i + 1:D3}") : null,
            };
        }).OrderBy(l => l.BookingDate).ToList();
        var order = dated.Select(l => l.LineIndex).ToList();
        dated = [.. dated.Select((l, i) => l with { LineIndex = i })];
        payments = [.. payments.Select(p => p with { LineIndex = order.IndexOf(p.LineIndex) })];

        var header = new StatementHeader
        {
            Account = account.Iban ?? account.DomesticAccountNo,
            Currency = account.Currency,
            StatementId = $"{account.No}-{statementNo}",
            ElectronicSequenceNumber = statementNo,
            From = from,
            To = today,
            OpeningBalance = opening,
            ClosingBalance = opening + dated.Sum(l => l.Amount),
        };
        return Result.Success(new DemoStatementSet(account, statementNo, new ParsedStatement(header, dated), payments));

        ParsedLine Payment(decimal amount, string name, string? iban, string? text, string? reference, string? referenceType) => new()
        {
            Amount = amount,
            CounterpartyName = name,
            CounterpartyAccount = iban,
            Description = text ?? (reference is null ? null : $"{referenceType} {reference}"),
            Reference = reference,
            ReferenceType = reference is null ? null : referenceType,
            BankTransactionCode = amount >= 0 ? "195" : "495",
        };
    }

    public static string FileName(string bankAccountNo, string? statementNo, StatementFormat format) =>
        $"demo-{bankAccountNo.ToLowerInvariant()}{(statementNo is null ? "" : "-" + statementNo)}.{format switch
        {
            StatementFormat.Camt => "camt053.xml",
            StatementFormat.Mt940 => "mt940.sta",
            StatementFormat.Csv => "csv",
            StatementFormat.Ofx => "ofx",
            StatementFormat.Bai2 => "bai2",
            _ => "txt",
        }}";

    /// <summary>The Nordic bank CSV layout the sample uses for an account's currency.</summary>
    public static CsvProfile CsvProfileFor(string currency) => currency switch
    {
        "SEK" => CsvProfiles.SebSe,
        "EUR" => CsvProfiles.NordeaFi,
        _ => CsvProfiles.DnbNo,
    };

    private static void WriteCsv(Stream output, DemoStatementSet set)
    {
        var profile = CsvProfileFor(set.Account.Currency);
        // Bank CSV exports have no reference or counterparty column unless the layout has one: both go into the text.
        var lines = set.Statement.Lines.Select(l => l with
        {
            Description = string.Join(' ', new[]
            {
                profile.CounterpartyNameColumn is null ? l.CounterpartyName : null,
                l.Description is { } d && l.Reference is { } r && d.Contains(r, StringComparison.Ordinal) && profile.ReferenceColumn is not null ? null : l.Description,
                profile.ReferenceColumn is null && l.Reference is { } reference && !(l.Description ?? "").Contains(reference, StringComparison.Ordinal) ? $"{l.ReferenceType} {reference}" : null,
            }.Where(p => !string.IsNullOrWhiteSpace(p))),
        });
        CsvStatementWriter.Write(output, lines, profile, new CsvWriteOptions { OpeningBalance = set.Statement.Header.OpeningBalance });
    }

    /// <summary>BAI2 reports one day per account block: the statement is split into daily statements with running balances.</summary>
    private static List<ParsedStatement> ByDay(DemoStatementSet set)
    {
        var statements = new List<ParsedStatement>();
        var balance = set.Statement.Header.OpeningBalance ?? 0m;
        foreach (var day in set.Statement.Lines.GroupBy(l => l.BookingDate!.Value).OrderBy(g => g.Key))
        {
            var lines = day.ToList();
            var closing = balance + lines.Sum(l => l.Amount);
            statements.Add(new ParsedStatement(set.Statement.Header with
            {
                StatementIndex = statements.Count,
                Account = set.Account.DomesticAccountNo ?? set.Account.Iban,
                From = day.Key,
                To = day.Key,
                OpeningBalance = balance,
                ClosingBalance = closing,
            }, lines));
            balance = closing;
        }

        return statements;
    }

    private static string ReferenceType(BankAccount account) => account.PaymentReferenceKind switch
    {
        Domain.Payments.PaymentReferenceKind.Rf => "RF",
        Domain.Payments.PaymentReferenceKind.OcrWithLength or Domain.Payments.PaymentReferenceKind.Ocr => "OCR",
        _ => "KID",
    };

    /// <summary>A person's name with first and last name swapped; a company name cut and upper-cased as some banks pass it on.</summary>
    private static string OtherName(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var isCompany = parts.Any(p => p is "AS" or "ASA" or "AB" or "Oy" or "ApS" or "GmbH" or "Ltd" or "BV");
        if (!isCompany && parts.Length == 2) return parts[1] + " " + parts[0];
        var upper = name.ToUpperInvariant();
        return upper.Length > 18 ? upper[..18].TrimEnd() : upper;
    }

    private static decimal Opening(string currency) => currency switch
    {
        "SEK" => 184_250.00m,
        "EUR" => 24_310.55m,
        _ => 251_480.20m,
    };

    private sealed record Invoice(string No, string? Reference, decimal Amount, string CustomerNo, string CustomerName, string? Iban);

    /// <summary>How payers and the bank word things, per currency (Norwegian, Swedish, international).</summary>
    private sealed record Words(string[] InvoiceTexts, string SeveralText, string PartText, decimal Charges, decimal Fee, string FeeText, decimal Salary,
        string SalaryText, decimal Transfer, string TransferText, decimal Unreferenced, string UnreferencedText)
    {
        public static Words For(string currency) => currency switch
        {
            "SEK" => new(["Faktura {0}", "Fakturanr {0}", "Betalning faktura {0}", "FAKT {0}"], "Faktura {0} och {1}", "Delbetalning faktura {0}", 25m,
                95m, "Avgift Bankgiro", 38_500m, "Lön mars", 15_000m, "Överföring egna konton", 1_250m, "Insättning"),
            "EUR" => new(["Invoice {0}", "Inv. no {0}", "Lasku {0}", "Rechnung Nr. {0}"], "Invoices {0} and {1}", "Part payment invoice {0}", 2.50m,
                9.50m, "Account fee", 4_200m, "Salary March", 2_000m, "Transfer between own accounts", 180m, "Payment"),
            _ => new(["Faktura {0}", "Fakt.nr. {0}", "Betaling for faktura nr {0}", "fakt {0} takk for sist"], "Faktura {0} og {1}", "Delbetaling faktura {0}", 25m,
                150m, "Gebyr nettbank", 42_500m, "Lønn mars", 20_000m, "Overføring mellom egne kontoer", 3_750m, "Innbetaling"),
        };
    }
}
