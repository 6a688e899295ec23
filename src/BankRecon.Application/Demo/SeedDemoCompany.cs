using System.Globalization;
using BankRecon.Application.Documents;
using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Common;
using BankRecon.Domain.Company;
using BankRecon.Domain.Documents;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BankRecon.Application.Demo;

public sealed record DemoSeedSummary(int Customers, int Vendors, int BankAccounts, int OpenInvoices, int PurchaseInvoices);

/// <summary>
/// Seeds the demo company into an EMPTY database: chart of accounts, posting setup, terms, number series, NOK/SEK/EUR
/// bank accounts with KID/OCR/RF references, tens of fictional Nordic customers and vendors, and a few hundred open
/// invoices dated around "today" (some overdue, some with a discount still possible). Deterministic for a given today.
/// Refuses to touch a database that already has a company.
/// </summary>
public sealed class SeedDemoCompanyHandler(BankReconDbContext db, PostDocumentHandler postDocument, TimeProvider clock, ILogger<SeedDemoCompanyHandler> logger)
{
    public const string SeedUser = "demo-seed";

    public async Task<Result<DemoSeedSummary>> HandleAsync(int invoiceCount = 320, CancellationToken cancellationToken = default)
    {
        // The context is shared with whatever runs next in the same scope: give change detection back when done.
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        try
        {
            return await SeedAsync(invoiceCount, cancellationToken);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private async Task<Result<DemoSeedSummary>> SeedAsync(int invoiceCount, CancellationToken cancellationToken)
    {
        if (await db.CompanySettings.AnyAsync(cancellationToken))
            return Result<DemoSeedSummary>.Conflict("demo.exists", "This database already has a company; the demo company is only seeded into an empty database.");

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Hundreds of postings go through one context: scanning every tracked entity for changes on each Add and query
        // made the batch quadratic. Changes are detected once, explicitly, before each save instead.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var company = new CompanySettings(DemoCompany.Name, CurrencyCode.Nok, "NO", "Europe/Oslo");
        company.SetTolerances(paymentTolerancePercent: 0.5m, maxPaymentToleranceAmount: 100m, paymentDiscountGraceDays: 3);
        db.CompanySettings.Add(company);
        var today = company.Today(clock);
        db.ExchangeRates.AddRange(
            new ExchangeRate(CurrencyCode.Eur, today.AddYears(-1), 11.4825m),
            new ExchangeRate(CurrencyCode.Eur, today.AddDays(-45), 11.6230m),
            new ExchangeRate(CurrencyCode.Sek, today.AddYears(-1), 1.0125m),
            new ExchangeRate(CurrencyCode.Sek, today.AddDays(-45), 1.0210m),
            new ExchangeRate(CurrencyCode.Usd, today.AddYears(-1), 10.6450m),
            new ExchangeRate(CurrencyCode.Dkk, today.AddYears(-1), 1.5390m),
            new ExchangeRate(CurrencyCode.Gbp, today.AddYears(-1), 13.4120m));

        var accounts = DemoCompany.Accounts.ToDictionary(a => a.No, a =>
        {
            var account = new GlAccount(a.No, a.Name, a.Category);
            account.Update(a.Name, a.Category, GlAccountType.Posting, a.Direct, blocked: false);
            return account;
        }, StringComparer.Ordinal);
        db.GlAccounts.AddRange(accounts.Values);
        db.PostingSetups.Add(new PostingSetup(new PostingSetup.Accounts(
            accounts["1500"].Id, accounts["2400"].Id, accounts["3000"].Id, accounts["4000"].Id, accounts["3080"].Id, accounts["4380"].Id,
            accounts["7790"].Id, accounts["7795"].Id, accounts["8060"].Id, accounts["8160"].Id, accounts["7770"].Id)));
        db.NumberSeries.AddRange(
            new NumberSeries("S-INV", "Sales invoices", "", 100001, 6),
            new NumberSeries("S-CR", "Sales credit memos", "CR", 5001, 4),
            new NumberSeries("P-INV", "Purchase invoices", "PI", 70001, 5),
            new NumberSeries("P-CR", "Purchase credit memos", "PC", 9001, 4),
            new NumberSeries("PMT-REC", "Payment reconciliation journals", "PR", 1, 5),
            new NumberSeries("BANK-REC", "Bank reconciliations", "BR", 1, 5));
        var terms = DemoCompany.Terms.ToDictionary(t => t.Code, t => new PaymentTerms(t.Code, t.Description, t.Due, t.Discount, t.DiscountFormula), StringComparer.Ordinal);
        db.PaymentTerms.AddRange(terms.Values);
        foreach (var b in DemoCompany.BankAccounts)
        {
            var iban = BankAccountNumber.CreateIban(b.Country, b.Bban);
            var account = new BankAccount(b.No, new BankAccountDetails(b.Name, iban, b.Country == "NO" ? b.Bban : null, b.Bic, b.ToleranceType, b.Tolerance, b.Kind),
                CurrencyCode.Parse(b.Currency), accounts[b.GlNo].Id);
            db.BankAccounts.Add(account);
        }

        var seed = 1;
        foreach (var c in DemoCompany.Customers)
        {
            var customer = new Customer(c.No, new PartyDetails(c.Name, c.Address, c.PostCode, c.City, c.Country, c.Currency, terms[c.Terms].Id,
                $"faktura@{Slug(c.Name)}.example"));
            customer.AddBankAccount(DemoCompany.PartyIban(c.Country, 1000 + seed++));
            db.Customers.Add(customer);
        }

        foreach (var v in DemoCompany.Vendors)
        {
            var vendor = new Vendor(v.No, new PartyDetails(v.Name, null, null, v.City, v.Country, v.Currency, terms[v.Terms].Id));
            vendor.AddBankAccount(DemoCompany.PartyIban(v.Country, 5000 + seed++));
            db.Vendors.Add(vendor);
        }

        await SaveAsync(cancellationToken);

        // Open invoices: spread over the last ~75 days so some are overdue, some still within discount.
        var random = new Random(20261121);
        var items = new[] { "Konsulenttimer", "Varelevering", "Serviceavtale", "Reservedeler", "Frakt", "Montering", "Lisens", "Opplæring" };
        var bankForCurrency = new Dictionary<string, string>(StringComparer.Ordinal) { ["NOK"] = "NOK-DNB", ["SEK"] = "SEK-SEB", ["EUR"] = "EUR-NORDEA" };
        var posted = 0;
        var referenceData = PostingReferenceData.ForBatch(db);
        for (var i = 0; i < invoiceCount; i++)
        {
            var customer = DemoCompany.Customers[random.Next(DemoCompany.Customers.Length)];
            var currency = customer.Currency ?? "NOK";
            var date = today.AddDays(-random.Next(0, 75));
            var lineCount = 1 + random.Next(3);
            var lines = Enumerable.Range(0, lineCount).Select(_ =>
            {
                // Round amounts are common in real life and make "same amount, other customer" cases appear.
                var amount = random.Next(4) == 0 ? random.Next(1, 20) * 500m : Math.Round((decimal)random.Next(25_000, 4_500_000) / 100m, 2);
                if (currency != "NOK") amount = Math.Round(amount / 10m, 2);
                return new PostDocumentLine(items[random.Next(items.Length)], amount);
            }).ToList();
            var result = await postDocument.PostAsync(new PostDocumentCommand(PostedDocumentKind.SalesInvoice, customer.No, lines, SeedUser, date, date,
                ExternalDocumentNo: random.Next(3) == 0 ? "PO-" + random.Next(1000, 9999).ToString(CultureInfo.InvariantCulture) : null,
                PaymentBankAccountNo: bankForCurrency[currency]), referenceData, cancellationToken);
            if (!result.Succeeded) throw new DomainException("Demo invoice could not be posted: " + result.Describe());
            posted++;
            if (posted % 50 == 0) await SaveAsync(cancellationToken);
            if (posted % 100 == 0) logger.LogInformation("Demo company: {Posted} of {Total} sales invoices posted", posted, invoiceCount);
        }

        var purchases = 0;
        for (var i = 0; i < 40; i++)
        {
            var vendor = DemoCompany.Vendors[random.Next(DemoCompany.Vendors.Length)];
            var date = today.AddDays(-random.Next(0, 60));
            var result = await postDocument.PostAsync(new PostDocumentCommand(PostedDocumentKind.PurchaseInvoice, vendor.No,
                [new PostDocumentLine("Innkjøp", Math.Round((decimal)random.Next(10_000, 2_000_000) / 100m, 2), random.Next(2) == 0 ? "6800" : null)],
                SeedUser, date, date, ExternalDocumentNo: $"F{random.Next(10000, 99999).ToString(CultureInfo.InvariantCulture)}-{i.ToString(CultureInfo.InvariantCulture)}"), referenceData, cancellationToken);
            if (!result.Succeeded) throw new DomainException("Demo purchase invoice could not be posted: " + result.Describe());
            purchases++;
        }

        await SaveAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Seeded the demo company: {Customers} customers, {Vendors} vendors, {Invoices} sales and {Purchases} purchase invoices",
            DemoCompany.Customers.Length, DemoCompany.Vendors.Length, posted, purchases);
        return Result.Success(new DemoSeedSummary(DemoCompany.Customers.Length, DemoCompany.Vendors.Length, DemoCompany.BankAccounts.Length, posted, purchases));
    }

    private Task<int> SaveAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        return db.SaveChangesAsync(cancellationToken);
    }

    private static string Slug(string name) =>
        new([.. name.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetterOrDigit)]);
}
