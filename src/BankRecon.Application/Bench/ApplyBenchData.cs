using System.Globalization;
using BankRecon.Application.Demo;
using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;
using BankRecon.Domain.Payments;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Bench;

/// <summary>What <see cref="ApplyBenchData"/> wrote.</summary>
public sealed record ApplyBenchDataSummary(Guid JournalId, string JournalNo, int Lines, int OpenEntries, int Parties);

/// <summary>
/// Data for the "Apply automatically" benchmark and for looking at a realistic journal: on top of the demo company
/// (chart, NOK-DNB, number series), it writes <c>entries</c> open NOK entries (80 % customer invoices with a KID, 20 %
/// vendor invoices with their own number) over about entries / 8 parties with names, addresses and IBANs, and one
/// journal on NOK-DNB with <c>lines</c> statement lines of the kinds a Norwegian bank statement has: KID payments,
/// invoice numbers in the text, name only, several invoices in one payment, part payments, charges deducted, vendor
/// payments, bank fees and unknown payers. Deterministic for a seed. Entries are written directly (no G/L side): the
/// benchmark measures matching and storing, not posting.
/// </summary>
public sealed class ApplyBenchData(BankReconDbContext db, SeedDemoCompanyHandler seedDemo, TimeProvider clock)
{
    private static readonly string[] First = ["Nord", "Fjord", "Berg", "Vik", "Sol", "Havn", "Dal", "Lia", "Nes", "Strand", "Skog", "Elv", "Stein", "Eik", "Bjørk", "Furu", "Lyng", "Myr", "Ås", "Øy"];
    private static readonly string[] Second = ["lys", "bygg", "frukt", "data", "transport", "maskin", "elektro", "rør", "mat", "tre", "stål", "glass", "marin", "energi", "media", "regnskap", "helse", "sport", "reise", "design"];
    private static readonly string[] Suffix = ["AS", "AS", "AS", "ASA", "ANS", "Eiendom AS", "Holding AS", "og Sønner AS"];
    private static readonly string[] Cities = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Kristiansand", "Drammen", "Bodø", "Ålesund", "Hamar"];
    private static readonly string[] Streets = ["Storgata", "Kirkegata", "Strandveien", "Industriveien", "Parkveien", "Skolegata", "Sjøgata", "Bakkeveien"];

    public async Task<ApplyBenchDataSummary> WriteAsync(int lineCount, int entryCount, int seed, CancellationToken cancellationToken)
    {
        if (!await db.CompanySettings.AnyAsync(cancellationToken))
        {
            var seeded = await seedDemo.HandleAsync(invoiceCount: 0, cancellationToken);
            if (!seeded.Succeeded) throw new DomainException(seeded.Describe());
        }

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var random = new Random(seed);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var bank = await db.BankAccounts.SingleAsync(b => b.No == "NOK-DNB", cancellationToken);
        var terms = await db.PaymentTerms.AsNoTracking().OrderBy(t => t.Code).Select(t => t.Id).FirstAsync(cancellationToken);

        // Parties
        var partyCount = Math.Max(8, entryCount / 8);
        var customers = new List<Customer>();
        var vendors = new List<Vendor>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < partyCount; i++)
        {
            var name = Name(random, i, names);
            var city = Cities[random.Next(Cities.Length)];
            var details = new PartyDetails(name, $"{Streets[random.Next(Streets.Length)]} {random.Next(1, 120)}", (1000 + random.Next(8999)).ToString(CultureInfo.InvariantCulture),
                city, "NO", null, terms);
            var no = (i < partyCount * 4 / 5 ? 200000 + i : 600000 + i).ToString(CultureInfo.InvariantCulture);
            Party party = i < partyCount * 4 / 5 ? new Customer(no, details) : new Vendor(no, details);
            party.AddBankAccount(DemoCompany.PartyIban("NO", 100000 + i));
            if (party is Customer c) customers.Add(c);
            else vendors.Add((Vendor)party);
        }

        db.Customers.AddRange(customers);
        db.Vendors.AddRange(vendors);
        await db.SaveChangesAsync(cancellationToken);

        // Open entries
        var counters = await db.LedgerCounters.AsNoTracking().SingleAsync(cancellationToken);
        long customerNo = counters.LastCustomerEntryNo, vendorNo = counters.LastVendorEntryNo;
        var invoices = new List<(CustomerLedgerEntry Entry, Customer Party)>();
        var bills = new List<(VendorLedgerEntry Entry, Vendor Party)>();
        var nok = CurrencyCode.Parse("NOK");
        for (var i = 0; i < entryCount; i++)
        {
            var posted = today.AddDays(-random.Next(5, 120));
            var amount = random.Next(5) == 0 ? random.Next(1, 40) * 250m : Math.Round(random.Next(15_000, 5_000_000) / 100m, 2);
            if (i % 5 != 4)
            {
                var party = customers[random.Next(customers.Count)];
                var documentNo = (1_000_000 + i).ToString(CultureInfo.InvariantCulture);
                var discount = random.Next(7) == 0 ? Math.Round(amount * 0.02m, 2) : 0m;
                var entry = new CustomerLedgerEntry(party.Id, new PartyEntryValues(posted, DocumentType.Invoice, documentNo, "Faktura " + documentNo, nok,
                    amount, amount, random.Next(3) == 0 ? "PO-" + random.Next(10000, 99999).ToString(CultureInfo.InvariantCulture) : null, posted,
                    posted.AddDays(30), discount == 0m ? null : posted.AddDays(10), discount, 0m, PaymentReference.Create(PaymentReferenceKind.KidMod10, documentNo)));
                entry.AssignNumbers(++customerNo, 1, "bench", now);
                invoices.Add((entry, party));
            }
            else
            {
                var party = vendors[random.Next(vendors.Count)];
                var documentNo = "PI" + (500_000 + i).ToString(CultureInfo.InvariantCulture);
                var external = "F" + random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture) + "-" + i.ToString(CultureInfo.InvariantCulture);
                var entry = new VendorLedgerEntry(party.Id, new PartyEntryValues(posted, DocumentType.Invoice, documentNo, "Innkjøp", nok, -amount, -amount,
                    external, posted, posted.AddDays(14), null, 0m, 0m, random.Next(2) == 0 ? PaymentReference.Create(PaymentReferenceKind.KidMod10, external) : null));
                entry.AssignNumbers(++vendorNo, 1, "bench", now);
                bills.Add((entry, party));
            }
        }

        foreach (var chunk in invoices.Chunk(10_000))
        {
            db.CustomerLedgerEntries.AddRange(chunk.Select(c => c.Entry));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        foreach (var chunk in bills.Chunk(10_000))
        {
            db.VendorLedgerEntries.AddRange(chunk.Select(c => c.Entry));
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        // The journal and its lines
        var series = await db.NumberSeries.SingleAsync(s => s.Code == "PMT-REC", cancellationToken);
        var journal = new PaymentReconciliationJournal(series.Next(), bank.Id, bank.Currency, "BENCH-" + seed.ToString(CultureInfo.InvariantCulture), today,
            0m, 0m, null, "bench", now);
        db.PaymentReconciliationJournals.Add(journal);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();

        var used = new HashSet<int>();
        var lines = new List<StatementLine>(lineCount);
        var total = 0m;
        for (var i = 0; i < lineCount; i++)
        {
            var data = Line(random, today, invoices, bills, used);
            total += data.Amount;
            lines.Add(new StatementLine(journal.Id, bank.Id, i + 1, data, "bench:" + seed.ToString(CultureInfo.InvariantCulture) + ":" + (i + 1).ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var chunk in lines.Chunk(10_000))
        {
            db.StatementLines.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        var stored = await db.PaymentReconciliationJournals.SingleAsync(j => j.Id == journal.Id, cancellationToken);
        stored.ChangeHeader(stored.StatementNo, today, 0m, total);
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        return new ApplyBenchDataSummary(journal.Id, journal.No, lineCount, entryCount, partyCount);
    }

    private static string Name(Random random, int i, HashSet<string> taken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = $"{First[random.Next(First.Length)]}{Second[random.Next(Second.Length)]} {Suffix[random.Next(Suffix.Length)]}";
            if (attempt > 3) name = $"{First[i % First.Length]}{Second[(i / First.Length) % Second.Length]} {(i / 400).ToString(CultureInfo.InvariantCulture)} AS";
            if (taken.Add(name)) return name;
            if (attempt > 6) return name + " " + i.ToString(CultureInfo.InvariantCulture);
        }
    }

    private static StatementLineData Line(Random random, DateOnly today, List<(CustomerLedgerEntry Entry, Customer Party)> invoices,
        List<(VendorLedgerEntry Entry, Vendor Party)> bills, HashSet<int> used)
    {
        var date = today.AddDays(-random.Next(0, 5));
        var kind = random.Next(100);
        if (kind < 12 && bills.Count > 0)
        {
            var (entry, party) = bills[random.Next(bills.Count)];
            var text = entry.PaymentReference is null ? "Faktura " + entry.ExternalDocumentNo : "Betaling";
            return Data(date, entry.Amount, text, party.Name, party.BankAccounts[0].AccountNumber, entry.PaymentReference);
        }

        if (kind < 17) return Data(date, -random.Next(1, 20) * 12.5m, random.Next(2) == 0 ? "Gebyr nettbank" : "Omkostninger utland", null, null, null);
        if (kind < 22) return Data(date, random.Next(1, 40) * 250m, "Innbetaling", "Ukjent Betaler " + random.Next(1000).ToString(CultureInfo.InvariantCulture), null, null);

        var index = Pick(random, invoices.Count, used);
        var (invoice, customer) = invoices[index];
        var account = random.Next(4) == 0 ? null : customer.BankAccounts[0].AccountNumber;
        return kind switch
        {
            < 55 => Data(date, invoice.Amount - invoice.OriginalPmtDiscountPossible, "Betaling", customer.Name, account, invoice.PaymentReference),
            < 72 => Data(date, invoice.Amount, "Faktura " + invoice.DocumentNo, customer.Name.ToUpperInvariant(), account, null),
            < 80 => Data(date, invoice.Amount, "Betaling", customer.Name, account, null),
            < 87 => Several(date, random, invoices, customer, invoice, account, used),
            < 93 => Data(date, Math.Round(invoice.Amount / 2m, 0), "Delbetaling faktura " + invoice.DocumentNo, customer.Name, account, null),
            _ => Data(date, invoice.Amount - 25m, "Fakt " + invoice.DocumentNo + " minus gebyr", customer.Name, null, null),
        };
    }

    private static StatementLineData Several(DateOnly date, Random random, List<(CustomerLedgerEntry Entry, Customer Party)> invoices, Customer customer,
        CustomerLedgerEntry first, string? account, HashSet<int> used)
    {
        for (var tries = 0; tries < 20; tries++)
        {
            var other = random.Next(invoices.Count);
            if (used.Contains(other) || invoices[other].Party.Id != customer.Id || invoices[other].Entry.Id == first.Id) continue;
            used.Add(other);
            var second = invoices[other].Entry;
            return Data(date, first.Amount + second.Amount, $"Faktura {first.DocumentNo} og {second.DocumentNo}", customer.Name, account, null);
        }

        return Data(date, first.Amount, "Fakturanr " + first.DocumentNo, customer.Name, account, null);
    }

    private static int Pick(Random random, int count, HashSet<int> used)
    {
        for (var tries = 0; tries < 50; tries++)
        {
            var index = random.Next(count);
            if (used.Add(index)) return index;
        }

        return random.Next(count);
    }

    private static StatementLineData Data(DateOnly date, decimal amount, string text, string? payer, string? account, string? reference) =>
        new(date, date, amount, "NOK", null, null, null, text, payer, account, reference, reference is null ? null : "KID", null, null, null, false, null);
}
