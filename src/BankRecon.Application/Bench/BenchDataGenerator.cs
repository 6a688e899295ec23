using System.Globalization;
using BankRecon.Application.Entries;
using BankRecon.Domain.Payments;

namespace BankRecon.Application.Bench;

/// <summary>
/// Generates a labelled matching benchmark: one bank statement, the open entries it is matched against, and the
/// true applications per line. Deterministic per seed (one seeded <see cref="Random"/>, no clock, no hashing order).
/// </summary>
/// <remarks>
/// Two phases. First every line is planned: its scenario, its amount and the entries it settles (created on the spot,
/// with posting dates before the payment), then unpaid entries fill the ledger up to the requested size. Then all
/// entries get numbers in posting-date order, references are derived from the numbers, and each planned line is
/// rendered into what a bank would report (payer name with noise, account, reference, free text).
/// </remarks>
public static class BenchDataGenerator
{
    private static readonly ScenarioKind[] Kinds = Enum.GetValues<ScenarioKind>();

    public static BenchDataset Generate(BenchGeneratorSettings settings)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(settings.Lines);
        ArgumentOutOfRangeException.ThrowIfNegative(settings.Entries);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.EntriesPerParty, 1);
        var weights = Kinds.Select(settings.Mix.WeightOf).ToArray();
        if (weights.Any(w => w < 0) || weights.Sum() <= 0)
        {
            throw new ArgumentException("The scenario mix needs at least one positive weight and no negative ones.", nameof(settings));
        }

        var random = new Random(settings.Seed);
        var state = new GenerationState(settings, random);
        state.CreateParties();

        var periodStart = new DateOnly(settings.StatementDate.Year, settings.StatementDate.Month, 1);
        var periodDays = settings.StatementDate.DayNumber - periodStart.DayNumber + 1;
        var plans = new List<LinePlan>(settings.Lines);
        for (var i = 0; i < settings.Lines; i++)
        {
            var kind = Kinds[random.Weighted(weights)];
            var bookingDate = periodStart.AddDays(random.Next(periodDays));
            var plan = state.Plan(kind, bookingDate, i);
            plans.Add(plan);
            if (kind is ScenarioKind.Reference or ScenarioKind.InvoiceNoInText && i + 1 < settings.Lines && random.Chance(settings.DuplicatePaymentShare))
            {
                // the same payment again one to seven days later (never after the statement period)
                var later = bookingDate.AddDays(random.Next(1, 8));
                if (later > settings.StatementDate) later = settings.StatementDate;
                i++;
                plans.Add(new LinePlan { Kind = ScenarioKind.DuplicatePayment, BookingDate = later, Amount = plan.Amount, Party = plan.Party, Sequence = i, DuplicateOf = plan });
            }
        }

        state.AddUnpaidEntries(periodStart);
        state.NumberEntries();

        // Banks list lines in booking order; the plan sequence breaks ties deterministically.
        plans.Sort((a, b) => a.BookingDate != b.BookingDate ? a.BookingDate.CompareTo(b.BookingDate) : a.Sequence.CompareTo(b.Sequence));
        return new LineRenderer(settings, random, state.OwnAccount, state.OwnName, state.PartyNames()).Render(plans, state.ToEntryRows(), periodStart);
    }

    /// <summary>Mutable working state of one generation run.</summary>
    private sealed class GenerationState(BenchGeneratorSettings settings, Random random)
    {
        private readonly List<PartyDraft> _customers = [];
        private readonly List<PartyDraft> _foreignCustomers = [];
        private readonly List<PartyDraft> _vendors = [];
        private readonly List<EntryDraft> _entries = [];

        public string OwnAccount { get; } = IbanFactory.Create(random, PartyCountry.Norway);

        public string OwnName { get; } = "Fjordkraft Regnskap Demo AS";

        public HashSet<string> PartyNames() => new(_customers.Concat(_vendors).Select(p => p.Name), StringComparer.OrdinalIgnoreCase);

        public void CreateParties()
        {
            // Enough parties for the lines too, so a statement generated with few entries still has many payers.
            var partyCount = Math.Max(2, Math.Max(settings.Entries, settings.Lines * 2) / settings.EntriesPerParty);
            var customerCount = Math.Clamp((int)Math.Round(partyCount * settings.CustomerShare), 1, partyCount - 1);
            for (var i = 0; i < partyCount; i++)
            {
                var isCustomer = i < customerCount;
                var party = PartyFactory.Create(random, settings, isCustomer ? EntryPartyType.Customer : EntryPartyType.Vendor, isCustomer ? 10001 + i : 20001 + i - customerCount);
                (isCustomer ? _customers : _vendors).Add(party);
                if (isCustomer && party.Country is PartyCountry.Germany or PartyCountry.Finland or PartyCountry.English) _foreignCustomers.Add(party);
            }
        }

        public LinePlan Plan(ScenarioKind kind, DateOnly bookingDate, int sequence)
        {
            switch (kind)
            {
                case ScenarioKind.Reference:
                case ScenarioKind.InvoiceNoInText:
                case ScenarioKind.NameAndAmount:
                case ScenarioKind.ThirdParty:
                    {
                        var party = PickCustomer();
                        var invoice = Invoice(party, bookingDate, wantsReference: kind is ScenarioKind.Reference || random.Chance(settings.PaymentReferenceShare));
                        return WithApplications(new LinePlan { Kind = kind, BookingDate = bookingDate, Amount = invoice.Amount, Party = party, Sequence = sequence }, (invoice, invoice.Amount));
                    }

                case ScenarioKind.MultiInvoice:
                    {
                        var party = PickCustomer();
                        var count = random.Next(2, 5);
                        var invoices = Enumerable.Range(0, count).Select(_ => Invoice(party, bookingDate, random.Chance(settings.PaymentReferenceShare))).ToList();
                        var plan = new LinePlan { Kind = kind, BookingDate = bookingDate, Amount = invoices.Sum(e => e.Amount), Party = party, Sequence = sequence };
                        return WithApplications(plan, [.. invoices.Select(e => (e, e.Amount))]);
                    }

                case ScenarioKind.Partial:
                    {
                        var party = PickCustomer();
                        var invoice = Invoice(party, bookingDate, random.Chance(settings.PaymentReferenceShare), minimum: 1000m);
                        var paid = Math.Round(invoice.Amount * random.Next(20, 81) / 100m, 2);
                        if (random.Chance(0.5)) paid = Math.Max(100m, Math.Floor(paid / 100m) * 100m);
                        var plan = new LinePlan { Kind = kind, BookingDate = bookingDate, Amount = paid, Party = party, Sequence = sequence };
                        return WithApplications(plan, (invoice, paid));
                    }

                case ScenarioKind.BankCharges:
                    {
                        var foreign = _foreignCustomers.Count > 0 && random.Chance(0.3);
                        var party = foreign ? random.Pick(_foreignCustomers) : PickCustomer();
                        var invoice = Invoice(party, bookingDate, random.Chance(settings.PaymentReferenceShare), minimum: 1000m);
                        // A EUR fee of 5-15 EUR at ~11.50 NOK/EUR, or a domestic 15-50 NOK deduction.
                        var fee = foreign ? Math.Round(random.Next(5, 16) * 11.5m, 2) : random.Next(15, 51);
                        var plan = new LinePlan { Kind = kind, BookingDate = bookingDate, Amount = invoice.Amount - fee, Party = party, Sequence = sequence, Fee = fee, ForeignCurrencyFee = foreign };
                        return WithApplications(plan, (invoice, invoice.Amount - fee));
                    }

                case ScenarioKind.CreditMemo:
                    {
                        var party = PickCustomer();
                        var invoice = Invoice(party, bookingDate, random.Chance(settings.PaymentReferenceShare), minimum: 1000m);
                        var credit = Entry(party, EntryDocumentType.CreditMemo, -Math.Round(invoice.Amount * random.Next(10, 41) / 100m, 2), PostedBetween(invoice.PostingDate, bookingDate), days: 0, wantsReference: false);
                        var plan = new LinePlan { Kind = kind, BookingDate = bookingDate, Amount = invoice.Amount + credit.Amount, Party = party, Sequence = sequence };
                        return WithApplications(plan, (invoice, invoice.Amount), (credit, credit.Amount));
                    }

                case ScenarioKind.Discount:
                    {
                        var party = PickCustomer();
                        var posting = bookingDate.AddDays(-random.Next(1, 10));
                        var amount = InvoiceAmount(minimum: 500m);
                        var rate = random.Pick([1m, 1.5m, 2m, 2m, 3m]);
                        var discount = Math.Round(amount * rate / 100m, 2, MidpointRounding.AwayFromZero);
                        var invoice = Add(new EntryDraft
                        {
                            Party = party, DocumentType = EntryDocumentType.Invoice, PostingDate = posting, DueDate = posting.AddDays(30),
                            Amount = amount, Currency = settings.Currency, DiscountDate = posting.AddDays(10), DiscountAmount = discount,
                            WantsReference = random.Chance(settings.PaymentReferenceShare), Sequence = _entries.Count,
                        });
                        var plan = new LinePlan { Kind = kind, BookingDate = bookingDate, Amount = amount - discount, Party = party, Sequence = sequence };
                        return WithApplications(plan, (invoice, amount - discount));
                    }

                case ScenarioKind.Vendor:
                    {
                        var vendor = random.Pick(_vendors);
                        var count = random.Chance(0.1) ? 2 : 1;
                        var invoices = Enumerable.Range(0, count)
                            .Select(_ => Entry(vendor, EntryDocumentType.Invoice, -InvoiceAmount(), bookingDate.AddDays(-random.Next(5, 45)), days: 30, wantsReference: vendor.Country == PartyCountry.Norway && random.Chance(0.6)))
                            .ToList();
                        var plan = new LinePlan { Kind = kind, BookingDate = bookingDate, Amount = invoices.Sum(e => e.Amount), Party = vendor, Sequence = sequence };
                        return WithApplications(plan, [.. invoices.Select(e => (e, e.Amount))]);
                    }

                case ScenarioKind.Unmatched:
                    return PlanUnmatched(bookingDate, sequence);
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, null);
            }
        }

        /// <summary>Open entries nobody pays in this statement: the haystack, with shared round amounts as decoys.</summary>
        public void AddUnpaidEntries(DateOnly periodStart)
        {
            var missing = settings.Entries - _entries.Count;
            var windowStart = periodStart.AddDays(-120);
            var windowDays = settings.StatementDate.DayNumber - windowStart.DayNumber + 1;
            for (var i = 0; i < missing; i++)
            {
                var party = random.Chance(settings.CustomerShare) ? PickCustomer() : random.Pick(_vendors);
                var posting = windowStart.AddDays(random.Next(windowDays));
                var isCustomer = party.Type == EntryPartyType.Customer;
                var draw = random.Next(100);
                var type = isCustomer
                    ? draw switch { < 88 => EntryDocumentType.Invoice, < 94 => EntryDocumentType.CreditMemo, < 97 => EntryDocumentType.FinanceCharge, _ => EntryDocumentType.Reminder }
                    : draw < 93 ? EntryDocumentType.Invoice : EntryDocumentType.CreditMemo;
                var amount = type switch
                {
                    EntryDocumentType.Invoice => InvoiceAmount(),
                    EntryDocumentType.CreditMemo => -Math.Round(InvoiceAmount() * random.Next(5, 40) / 100m, 2),
                    EntryDocumentType.FinanceCharge => random.Amount(35m, 900m),
                    EntryDocumentType.Reminder => random.Pick([35m, 70m, 140m]),
                    _ => InvoiceAmount(),
                };
                if (!isCustomer) amount = -amount;
                var currency = random.Chance(settings.ForeignCurrencyEntryShare) ? "EUR" : settings.Currency;
                var withDiscount = isCustomer && type == EntryDocumentType.Invoice && random.Chance(settings.DiscountTermsShare);
                Add(new EntryDraft
                {
                    Party = party, DocumentType = type, PostingDate = posting, DueDate = posting.AddDays(type == EntryDocumentType.CreditMemo ? 0 : random.Pick([10, 14, 20, 30])),
                    Amount = amount, Currency = currency, DiscountDate = withDiscount ? posting.AddDays(10) : null,
                    DiscountAmount = withDiscount ? Math.Round(amount * 0.02m, 2, MidpointRounding.AwayFromZero) : 0m,
                    WantsReference = type != EntryDocumentType.CreditMemo && (isCustomer ? random.Chance(settings.PaymentReferenceShare) : party.Country == PartyCountry.Norway && random.Chance(0.6)),
                    Sequence = _entries.Count,
                });
            }
        }

        /// <summary>Entry ids, document numbers and references, in posting-date order like a real number series.</summary>
        public void NumberEntries()
        {
            _entries.Sort((a, b) => a.PostingDate != b.PostingDate ? a.PostingDate.CompareTo(b.PostingDate) : a.Sequence.CompareTo(b.Sequence));
            var invoiceStart = _entries.Count > 800_000 ? 1_000_001 : 100_001;
            var counters = new Dictionary<string, int>(StringComparer.Ordinal);
            var width = _entries.Count.ToString(CultureInfo.InvariantCulture).Length;
            for (var i = 0; i < _entries.Count; i++)
            {
                var entry = _entries[i];
                entry.EntryId = "E" + (i + 1).ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                var (series, start) = (entry.Party.Type, entry.DocumentType) switch
                {
                    (EntryPartyType.Customer, EntryDocumentType.Invoice) => ("", invoiceStart),
                    (EntryPartyType.Customer, EntryDocumentType.CreditMemo) => ("CR-", 20_001),
                    (EntryPartyType.Customer, EntryDocumentType.FinanceCharge) => ("RN-", 30_001),
                    (EntryPartyType.Customer, EntryDocumentType.Reminder) => ("PV-", 40_001),
                    (EntryPartyType.Vendor, EntryDocumentType.CreditMemo) => ("PC-", 50_001),
                    _ => ("PI-", 60_001),
                };
                var next = counters.TryGetValue(series, out var n) ? n : start;
                counters[series] = next + 1;
                entry.DocumentNo = series + next.ToString(CultureInfo.InvariantCulture);
                if (entry.WantsReference) entry.PaymentReference = Reference(entry, next);
            }
        }

        public List<OpenEntryRow> ToEntryRows() =>
        [
            .. _entries.Select(e => new OpenEntryRow
            {
                EntryId = e.EntryId,
                PartyType = e.Party.Type,
                PartyNo = e.Party.No,
                PartyName = e.Party.Name,
                PartyIban = e.Party.Iban,
                PartyAddress = e.Party.Address,
                PartyCity = e.Party.City,
                DocumentType = e.DocumentType,
                DocumentNo = e.DocumentNo,
                ExternalDocumentNo = e.ExternalDocumentNo,
                PaymentReference = e.PaymentReference,
                PostingDate = e.PostingDate,
                DueDate = e.DueDate,
                Currency = e.Currency,
                RemainingAmount = RandomChoice.Cents(e.Amount),
                PaymentDiscountDate = e.DiscountDate,
                PaymentDiscountAmount = RandomChoice.Cents(e.DiscountAmount),
            }),
        ];

        private string Reference(EntryDraft entry, int number)
        {
            var digits = number.ToString(CultureInfo.InvariantCulture);
            if (entry.Party.Type == EntryPartyType.Vendor)
            {
                // The vendor's own KID scheme: we only copy what their invoice says.
                return PaymentReference.Create(PaymentReferenceKind.KidMod10, "7" + random.Digits(8) + digits)!;
            }

            var customerDigits = entry.Party.No[1..];
            return entry.Party.ReferenceKind switch
            {
                PaymentReferenceKind.Rf => PaymentReference.Create(PaymentReferenceKind.Rf, digits)!,
                PaymentReferenceKind.OcrWithLength => PaymentReference.Create(PaymentReferenceKind.OcrWithLength, customerDigits + digits)!,
                PaymentReferenceKind.KidMod11 => PaymentReference.Create(PaymentReferenceKind.KidMod11, customerDigits + digits)
                    ?? PaymentReference.Create(PaymentReferenceKind.KidMod10, customerDigits + digits)!,
                _ => PaymentReference.Create(PaymentReferenceKind.KidMod10, customerDigits + digits)!,
            };
        }

        private LinePlan PlanUnmatched(DateOnly bookingDate, int sequence)
        {
            var (kind, amount) = random.Next(100) switch
            {
                < 20 => ("fee", -random.Amount(25m, 450m)),
                < 35 => ("salary", -random.Amount(25_000m, 85_000m)),
                < 45 => ("tax", -random.Amount(1_000m, 250_000m)),
                < 55 => ("own-transfer", random.Pick([10_000m, 50_000m, 100_000m, 250_000m]) * (random.Chance(0.5) ? 1 : -1)),
                < 75 => ("card", -random.Amount(49m, 4_999m)),
                < 80 => ("interest", random.Amount(1m, 2_500m)),
                < 95 => ("unknown-payer", random.Chance(0.6) ? random.Pick(NameCatalog.RoundAmounts) : random.Amount(100m, 20_000m)),
                _ => ("vendor-refund", random.Amount(100m, 5_000m)),
            };
            var party = kind == "vendor-refund" ? random.Pick(_vendors) : null;
            var plan = new LinePlan { Kind = ScenarioKind.Unmatched, BookingDate = bookingDate, Amount = amount, Party = party, UnmatchedKind = kind, Sequence = sequence };
            plan.Traits.Add(kind);
            return plan;
        }

        private static LinePlan WithApplications(LinePlan plan, params (EntryDraft Entry, decimal Applied)[] applications)
        {
            plan.Applications.AddRange(applications);
            return plan;
        }

        private PartyDraft PickCustomer()
        {
            // A few big customers pay most of the invoices, as in any ledger: 30% of picks come from the first 10%.
            var top = Math.Max(1, _customers.Count / 10);
            return random.Chance(0.3) ? _customers[random.Next(top)] : random.Pick(_customers);
        }

        private EntryDraft Invoice(PartyDraft party, DateOnly bookingDate, bool wantsReference, decimal minimum = 0m)
        {
            var posting = bookingDate.AddDays(-random.Next(3, 60));
            var amount = InvoiceAmount(minimum);
            return Entry(party, EntryDocumentType.Invoice, amount, posting, days: random.Pick([10, 14, 20, 30]), wantsReference);
        }

        private EntryDraft Entry(PartyDraft party, EntryDocumentType type, decimal amount, DateOnly posting, int days, bool wantsReference) =>
            Add(new EntryDraft
            {
                Party = party, DocumentType = type, PostingDate = posting, DueDate = posting.AddDays(days), Amount = amount,
                Currency = settings.Currency, WantsReference = wantsReference, Sequence = _entries.Count,
            });

        private EntryDraft Add(EntryDraft entry)
        {
            if (entry.Party.Type == EntryPartyType.Vendor && entry.ExternalDocumentNo.Length == 0)
            {
                entry.ExternalDocumentNo = random.Next(5) switch
                {
                    0 => "INV-2026-" + random.Digits(5),
                    1 => "F" + random.Digits(6),
                    2 => random.Digits(4) + "-" + random.Digits(3),
                    3 => "R" + random.Digits(7),
                    _ => random.Digits(8),
                };
            }
            else if (entry.Party.Type == EntryPartyType.Customer && entry.DocumentType == EntryDocumentType.Invoice && random.Chance(0.3))
            {
                entry.ExternalDocumentNo = random.Chance(0.5) ? "PO-" + random.Digits(7) : "45" + random.Digits(8);
            }

            _entries.Add(entry);
            return entry;
        }

        /// <summary>Invoice amounts: a share of shared round amounts, the rest spread over four orders of magnitude.</summary>
        private decimal InvoiceAmount(decimal minimum = 0m)
        {
            decimal amount;
            if (random.Chance(settings.RoundAmountShare))
            {
                amount = random.Pick(NameCatalog.RoundAmounts);
            }
            else
            {
                amount = random.Next(100) switch
                {
                    < 30 => random.Amount(150m, 1_000m),
                    < 75 => random.Amount(1_000m, 10_000m),
                    < 95 => random.Amount(10_000m, 100_000m),
                    _ => random.Amount(100_000m, 500_000m),
                };
            }

            return Math.Max(amount, minimum);
        }

        private DateOnly PostedBetween(DateOnly from, DateOnly to) =>
            to.DayNumber <= from.DayNumber ? from : from.AddDays(random.Next(to.DayNumber - from.DayNumber));
    }
}
