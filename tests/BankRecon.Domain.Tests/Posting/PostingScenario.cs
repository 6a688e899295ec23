using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Common;
using BankRecon.Domain.Company;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;
using BankRecon.Domain.Posting;
using BankRecon.Domain.Reconciliation;

namespace BankRecon.Domain.Tests.Posting;

/// <summary>
/// A small company for posting tests: NOK books, one bank account, customers, vendors and their open entries, and a
/// payment reconciliation journal whose lines are applied by hand (as a person on the journal page would).
/// </summary>
internal sealed class PostingScenario
{
    public static readonly DateOnly StatementDate = new(2026, 3, 31);
    public static readonly DateTime Now = new(2026, 3, 31, 12, 0, 0, DateTimeKind.Utc);

    private readonly List<ExchangeRate> _rates = [];
    private readonly Dictionary<string, Party> _customers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Party> _vendors = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, PaymentApplicationPosting.EntryToApply> _entries = [];
    private readonly Dictionary<string, GlAccount> _glAccounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, BankAccount> _banks = new(StringComparer.Ordinal);
    private int _documentNo = 100000;

    public PostingScenario(string bankCurrency = "NOK", decimal balanceLastStatement = 0m, decimal? endingBalance = null)
    {
        Bank = new BankAccount("BANK-" + bankCurrency, new BankAccountDetails("Driftskonto", BankAccountNumber.CreateIban("NO", "86011117947")),
            CurrencyCode.Parse(bankCurrency), Guid.NewGuid());
        _banks[Bank.No] = Bank;
        Journal = new PaymentReconciliationJournal("PR00001", Bank.Id, bankCurrency, "2026-03", StatementDate, balanceLastStatement,
            endingBalance ?? balanceLastStatement, null, "importer", Now);
    }

    public CurrencyCode Local { get; } = CurrencyCode.Nok;

    public PostingSetup.Accounts Accounts { get; } = new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(),
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

    public BankAccount Bank { get; }

    public PaymentReconciliationJournal Journal { get; }

    public List<StatementLine> Lines { get; } = [];

    public int GraceDays { get; set; } = 3;

    public PostingScenario Rate(string currency, DateOnly from, decimal localPerUnit)
    {
        _rates.Add(new ExchangeRate(CurrencyCode.Parse(currency), from, localPerUnit));
        return this;
    }

    public Customer Customer(string no = "10000", string? currency = null)
    {
        var customer = new Customer(no, new PartyDetails("Kunde " + no, Currency: currency));
        _customers[no] = customer;
        return customer;
    }

    public Vendor Vendor(string no = "50000", string? currency = null)
    {
        var vendor = new Vendor(no, new PartyDetails("Leverandør " + no, Currency: currency));
        _vendors[no] = vendor;
        return vendor;
    }

    public BankAccount OtherBank(string no, string currency)
    {
        var bank = new BankAccount(no, new BankAccountDetails("Annen konto", BankAccountNumber.CreateIban("NO", "15030000008")), CurrencyCode.Parse(currency), Guid.NewGuid());
        _banks[no] = bank;
        return bank;
    }

    public GlAccount GlAccount(string no, bool directPosting = true)
    {
        var account = new GlAccount(no, "Konto " + no, GlAccountCategory.Expense);
        account.Update(account.Name, account.Category, GlAccountType.Posting, directPosting, blocked: false);
        _glAccounts[no] = account;
        return account;
    }

    /// <summary>An open customer invoice (or, with a negative amount, a credit memo); local amount = amount × rate.</summary>
    public CustomerLedgerEntry Invoice(Customer customer, decimal amount, decimal rate = 1m, decimal discount = 0m, DateOnly? discountDate = null,
        decimal tolerance = 0m, DateOnly? postingDate = null)
    {
        var entry = new CustomerLedgerEntry(customer.Id, Values(customer, amount, rate, discount, discountDate, tolerance, postingDate));
        _entries[entry.Id] = new(entry, Math.Round(amount * rate, 2, MidpointRounding.AwayFromZero));
        return entry;
    }

    /// <summary>An open vendor invoice of <paramref name="amount"/> (we owe it: stored negative).</summary>
    public VendorLedgerEntry PurchaseInvoice(Vendor vendor, decimal amount, decimal rate = 1m, decimal discount = 0m, DateOnly? discountDate = null, decimal tolerance = 0m)
    {
        var entry = new VendorLedgerEntry(vendor.Id, Values(vendor, -amount, rate, -discount, discountDate, tolerance, null));
        _entries[entry.Id] = new(entry, Math.Round(-amount * rate, 2, MidpointRounding.AwayFromZero));
        return entry;
    }

    public StatementLine Line(decimal amount, DateOnly? bookingDate = null, string? text = null)
    {
        var no = Lines.Count + 1;
        var line = new StatementLine(Journal.Id, Bank.Id, no,
            new StatementLineData(bookingDate ?? StatementDate, null, amount, Bank.Currency, null, null, null, text ?? $"Innbetaling {no}", null, null,
                null, null, null, "REF" + no, null, false, null), "test:" + no);
        Lines.Add(line);
        return line;
    }

    /// <summary>A line applied by hand to entries of one party.</summary>
    public StatementLine Pay(decimal amount, Party party, params (PartyLedgerEntry Entry, decimal Amount)[] applications) =>
        PayOn(null, amount, party, applications);

    public StatementLine PayOn(DateOnly? bookingDate, decimal amount, Party party, params (PartyLedgerEntry Entry, decimal Amount)[] applications)
    {
        var line = Line(amount, bookingDate);
        var result = line.ApplyManually(party is Customer ? ApplicationAccountType.Customer : ApplicationAccountType.Vendor, party.No,
            [.. applications.Select(a => new AppliedPaymentEntry(a.Entry.Id, a.Amount, documentNo: a.Entry.DocumentNo))], "reviewer", Now);
        Assert.True(result.Succeeded, result.Describe());
        return line;
    }

    public StatementLine ToAccount(decimal amount, ApplicationAccountType type, string accountNo)
    {
        var line = Line(amount);
        var result = line.ApplyManually(type, accountNo, [new AppliedPaymentEntry(null, amount)], "reviewer", Now);
        Assert.True(result.Succeeded, result.Describe());
        return line;
    }

    public Result<PaymentApplicationPosting.Posted> Post(bool reconcile = false) =>
        PaymentApplicationPosting.Build(Journal, Lines,
            new PaymentApplicationPosting.References(Bank, _customers, _vendors, _entries, _glAccounts, _banks),
            new PaymentApplicationPosting.Context(Local, Accounts, new ExchangeRateTable(Local, _rates), GraceDays, StatementDate, reconcile));

    public static decimal GlTotal(PaymentApplicationPosting.Posted posted, Guid account) =>
        posted.Transaction.GlEntries.Where(e => e.GlAccountId == account).Sum(e => e.Amount);

    public static IReadOnlyList<DetailedLedgerEntry> Details(PaymentApplicationPosting.Posted posted, PartyLedgerEntry entry) =>
        [.. posted.Transaction.DetailedEntries.Where(d => d.LedgerEntryId == entry.Id)];

    private PartyEntryValues Values(Party party, decimal amount, decimal rate, decimal discount, DateOnly? discountDate, decimal tolerance, DateOnly? postingDate)
    {
        var currency = party.Currency is null ? Local : CurrencyCode.Parse(party.Currency);
        var date = postingDate ?? StatementDate.AddDays(-20);
        var type = (party is Customer) == (amount > 0) ? DocumentType.Invoice : DocumentType.CreditMemo;
        return new PartyEntryValues(date, type, (++_documentNo).ToString(System.Globalization.CultureInfo.InvariantCulture), "Faktura", currency, amount,
            Math.Round(amount * rate, 2, MidpointRounding.AwayFromZero), DueDate: date.AddDays(30), PmtDiscountDate: discountDate,
            PmtDiscountPossible: discount, MaxPaymentTolerance: tolerance);
    }
}
