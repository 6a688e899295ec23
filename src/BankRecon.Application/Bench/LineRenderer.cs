using System.Globalization;
using BankRecon.Application.Entries;
using BankRecon.Domain.Payments;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Application.Bench;

/// <summary>Turns planned lines into what a bank reports: counterparty name and account, reference, free text.</summary>
internal sealed class LineRenderer(BenchGeneratorSettings settings, Random random, string ownAccount, string ownName, IReadOnlySet<string> partyNames)
{
    private const decimal EuroRate = 11.5m;

    public BenchDataset Render(List<LinePlan> plans, List<OpenEntryRow> entries, DateOnly periodStart)
    {
        var lines = new List<ParsedLine>(plans.Count);
        var truth = new List<LineTruth>(plans.Count);
        var rendered = new Dictionary<LinePlan, ParsedLine>(ReferenceEqualityComparer.Instance);
        for (var index = 0; index < plans.Count; index++)
        {
            var plan = plans[index];
            var line = new ParsedLine
            {
                StatementIndex = 0,
                LineIndex = index,
                BookingDate = plan.BookingDate,
                ValueDate = plan.BookingDate,
                Amount = RandomChoice.Cents(plan.Amount),
                Currency = settings.Currency,
                // 16 characters at most: MT940 cuts the bank reference there.
                BankReference = string.Create(CultureInfo.InvariantCulture, $"{plan.BookingDate:yyMMdd}{index:D8}"),
                BankTransactionCode = plan.Amount >= 0 ? "PMNT/RCDT/ESCT" : "PMNT/ICDT/ESCT",
            };
            line = plan.Kind switch
            {
                ScenarioKind.Reference => ReferencePayment(plan, line),
                ScenarioKind.InvoiceNoInText => CustomerPayment(plan, line) with { Description = RemittanceTexts.SingleInvoice(random, plan.Applications[0].Entry.DocumentNo) },
                ScenarioKind.NameAndAmount => CustomerPayment(plan, line) with { Description = RemittanceTexts.GenericFiller(random) },
                ScenarioKind.MultiInvoice => MultiInvoice(plan, line),
                ScenarioKind.Partial => CustomerPayment(plan, line) with { Description = RemittanceTexts.PartialInvoice(random, plan.Applications[0].Entry.DocumentNo) },
                ScenarioKind.BankCharges => BankCharges(plan, line),
                ScenarioKind.CreditMemo => CreditMemo(plan, line),
                ScenarioKind.Discount => Discount(plan, line),
                ScenarioKind.ThirdParty => ThirdParty(plan, line),
                ScenarioKind.Vendor => VendorPayment(plan, line),
                ScenarioKind.Unmatched => Unmatched(plan, line),
                ScenarioKind.DuplicatePayment => Duplicate(plan, line, rendered[plan.DuplicateOf!]),
                _ => throw new ArgumentOutOfRangeException(nameof(plans), plan.Kind, null),
            };
            if (line.Description is { Length: 0 }) line = line with { Description = null };
            rendered[plan] = line;
            lines.Add(line);
            truth.Add(new LineTruth(0, index, plan.Kind, plan.Traits, [.. plan.Applications.Select(a => new EntryAmount(a.Entry.EntryId, RandomChoice.Cents(a.Applied)))]));
        }

        const decimal opening = 1_250_000.00m;
        var header = new StatementHeader
        {
            StatementIndex = 0,
            Account = ownAccount,
            Currency = settings.Currency,
            StatementId = string.Create(CultureInfo.InvariantCulture, $"{settings.StatementDate:yyyy-MM}-{settings.Seed}"),
            From = periodStart,
            To = settings.StatementDate,
            OpeningBalance = opening,
            ClosingBalance = opening + lines.Sum(l => l.Amount),
        };
        return new BenchDataset(new ParsedStatement(header, lines), entries, truth);
    }

    /// <summary>Name and account of a customer paying their own invoice.</summary>
    private ParsedLine CustomerPayment(LinePlan plan, ParsedLine line)
    {
        var party = plan.Party!;
        var name = PayerNameNoise.Apply(random, party, plan.Traits);
        string? account = null;
        if (random.Chance(settings.PayerAccountShare))
        {
            if (party.Iban.Length == 0)
            {
                account = party.PayingAccount;
                plan.Traits.Add("iban-unknown");
            }
            else if (party.Country == PartyCountry.Norway && party.Iban.StartsWith("NO", StringComparison.Ordinal) && random.Chance(0.25))
            {
                account = IbanFactory.NorwegianDomesticForm(party.Iban);
                plan.Traits.Add("iban-bban");
            }
            else
            {
                account = party.Iban;
                plan.Traits.Add("iban-present");
            }
        }
        else
        {
            plan.Traits.Add("iban-absent");
        }

        return line with { CounterpartyName = name, CounterpartyAccount = account, EndToEndId = random.Chance(0.5) ? "NOTPROVIDED" : "E2E" + random.Digits(12) };
    }

    private ParsedLine ReferencePayment(LinePlan plan, ParsedLine line)
    {
        line = CustomerPayment(plan, line);
        var reference = plan.Applications[0].Entry.PaymentReference;
        if (random.Chance(settings.MistypedReferenceShare))
        {
            reference = Mistype(reference);
            plan.Traits.Add("ref-mistyped");
        }

        if (random.Chance(settings.ReferenceInFreeTextShare))
        {
            plan.Traits.Add("ref-in-text");
            return line with { Description = RemittanceTexts.ReferenceInText(random, reference) };
        }

        plan.Traits.Add("ref-strd");
        return line with { Reference = reference, ReferenceType = "SCOR", Description = random.Chance(0.3) ? RemittanceTexts.GenericFiller(random) : null };
    }

    private ParsedLine MultiInvoice(LinePlan plan, ParsedLine line)
    {
        line = CustomerPayment(plan, line);
        var entries = plan.Applications.Select(a => a.Entry).ToList();
        if (entries.All(e => e.PaymentReference.Length > 0) && random.Chance(0.2))
        {
            plan.Traits.Add("refs-in-text");
            return line with { Description = "KID " + string.Join(", ", entries.Select(e => e.PaymentReference)) };
        }

        plan.Traits.Add("docs-in-text");
        return line with { Description = RemittanceTexts.SeveralInvoices(random, [.. entries.Select(e => e.DocumentNo)]) };
    }

    private ParsedLine BankCharges(LinePlan plan, ParsedLine line)
    {
        line = CustomerPayment(plan, line);
        var invoice = plan.Applications[0].Entry;
        line = invoice.PaymentReference.Length > 0 && random.Chance(0.5)
            ? line with { Reference = invoice.PaymentReference, ReferenceType = "SCOR" }
            : line with { Description = RemittanceTexts.SingleInvoice(random, invoice.DocumentNo) };
        if (!plan.ForeignCurrencyFee)
        {
            plan.Traits.Add("nok-fee");
            return line with { ChargesAmount = RandomChoice.Cents(plan.Fee) };
        }

        // The payer sent the invoice amount in EUR; the bank converted it and kept its fee.
        plan.Traits.Add("eur-fee");
        return line with
        {
            OriginalAmount = RandomChoice.Cents(invoice.Amount / EuroRate),
            OriginalCurrency = "EUR",
            ExchangeRate = EuroRate,
            ChargesAmount = RandomChoice.Cents(plan.Fee),
        };
    }

    private ParsedLine CreditMemo(LinePlan plan, ParsedLine line)
    {
        line = CustomerPayment(plan, line);
        var invoice = plan.Applications[0].Entry;
        var credit = plan.Applications[1].Entry;
        if (random.Chance(0.3))
        {
            plan.Traits.Add("credit-not-quoted");
            return line with { Description = RemittanceTexts.SingleInvoice(random, invoice.DocumentNo) };
        }

        plan.Traits.Add("credit-quoted");
        return line with { Description = RemittanceTexts.InvoiceLessCredit(random, invoice.DocumentNo, credit.DocumentNo) };
    }

    private ParsedLine Discount(LinePlan plan, ParsedLine line)
    {
        line = CustomerPayment(plan, line);
        var invoice = plan.Applications[0].Entry;
        if (invoice.PaymentReference.Length > 0 && random.Chance(0.5))
        {
            plan.Traits.Add("ref-strd");
            return line with { Reference = invoice.PaymentReference, ReferenceType = "SCOR" };
        }

        plan.Traits.Add("doc-in-text");
        var text = RemittanceTexts.SingleInvoice(random, invoice.DocumentNo);
        return line with { Description = random.Chance(0.4) ? text + " minus rabatt" : text };
    }

    private ParsedLine ThirdParty(LinePlan plan, ParsedLine line)
    {
        var invoice = plan.Applications[0].Entry;
        var payer = PayerNameNoise.Truncate(PartyFactory.StrangerName(random, partyNames));
        line = line with
        {
            CounterpartyName = payer,
            CounterpartyAccount = random.Chance(0.7) ? IbanFactory.Create(random, PartyCountry.Norway) : null,
        };
        if (invoice.PaymentReference.Length > 0 && random.Chance(0.4))
        {
            plan.Traits.Add("ref-strd");
            return line with { Reference = invoice.PaymentReference, ReferenceType = "SCOR" };
        }

        plan.Traits.Add("doc-in-text");
        var text = RemittanceTexts.SingleInvoice(random, invoice.DocumentNo);
        return line with { Description = random.Chance(0.3) ? $"{text} for {invoice.Party.Name}" : text };
    }

    private ParsedLine VendorPayment(LinePlan plan, ParsedLine line)
    {
        var vendor = plan.Party!;
        var name = random.Chance(0.5) ? vendor.Name.ToUpperInvariant() : vendor.Name;
        plan.Traits.Add(name == vendor.Name ? "name-exact" : "name-upper");
        if (name.Length > PayerNameNoise.NameFieldLength)
        {
            name = PayerNameNoise.Truncate(name);
            plan.Traits.Add("name-truncated");
        }

        // We pay to the account on the vendor's invoice; it is in master data unless the vendor has none there.
        var account = vendor.PayingAccount;
        plan.Traits.Add(vendor.Iban.Length == 0 ? "iban-unknown" : "iban-present");
        line = line with { CounterpartyName = name, CounterpartyAccount = account, EndToEndId = "PAY" + random.Digits(10) };
        var entries = plan.Applications.Select(a => a.Entry).ToList();
        if (entries.Count == 1 && entries[0].PaymentReference.Length > 0 && random.Chance(0.8))
        {
            plan.Traits.Add("ref-strd");
            return line with { Reference = entries[0].PaymentReference, ReferenceType = "SCOR" };
        }

        plan.Traits.Add(entries.Count > 1 ? "multi" : "ext-doc-in-text");
        var numbers = entries.Select(e => e.ExternalDocumentNo).ToList();
        return line with
        {
            Description = entries.Count > 1
                ? string.Join(", ", numbers)
                : random.Pick(["Faktura {0}", "{0}", "Inv {0}", "Rechnung {0}", "Betaling {0}"]).Replace("{0}", numbers[0], StringComparison.Ordinal),
        };
    }

    /// <summary>The original payment's name, account, reference and text on a later line with its own bank reference.</summary>
    private ParsedLine Duplicate(LinePlan plan, ParsedLine line, ParsedLine original)
    {
        plan.Traits.AddRange(plan.DuplicateOf!.Traits);
        plan.Traits.Add("duplicate");
        return line with
        {
            CounterpartyName = original.CounterpartyName,
            CounterpartyAccount = original.CounterpartyAccount,
            Reference = original.Reference,
            ReferenceType = original.ReferenceType,
            Description = original.Description,
            EndToEndId = random.Chance(0.5) ? "NOTPROVIDED" : "E2E" + random.Digits(12),
        };
    }

    private ParsedLine Unmatched(LinePlan plan, ParsedLine line)
    {
        var month = plan.BookingDate.ToString("MMMM", CultureInfo.GetCultureInfo("nb-NO"));
        return plan.UnmatchedKind switch
        {
            "fee" => line with
            {
                CounterpartyName = random.Pick(NameCatalog.Banks),
                Description = random.Pick(["Gebyr", "Omkostninger utenlandsbetaling", "Kontohold", $"Transaksjonsgebyr {month}", "Gebyr nettbank"]),
                BankTransactionCode = "ACMT/MDOP/CHRG",
            },
            "salary" => line with
            {
                CounterpartyName = PayerNameNoise.Truncate(PartyFactory.StrangerName(random, partyNames)),
                CounterpartyAccount = IbanFactory.Create(random, PartyCountry.Norway),
                Description = random.Pick([$"Lønn {month}", "Lønn", "Feriepenger", "Reiseregning"]),
                BankTransactionCode = "PMNT/ICDT/SALA",
            },
            "tax" => line with
            {
                CounterpartyName = "Skatteetaten",
                CounterpartyAccount = "NO7263450618391",
                Description = random.Pick(["Forskuddstrekk termin 2", "MVA 6. termin", "Arbeidsgiveravgift", "Forskuddsskatt"]),
                // A valid KID to somebody else: a trap for matchers that trust any reference.
                Reference = PaymentReference.Create(PaymentReferenceKind.KidMod10, random.Digits(12)),
                ReferenceType = "SCOR",
            },
            "own-transfer" => line with
            {
                CounterpartyName = ownName,
                CounterpartyAccount = IbanFactory.Create(random, PartyCountry.Norway),
                Description = plan.Amount < 0 ? "Overføring til sparekonto" : "Overføring fra skattetrekkskonto",
                BankTransactionCode = "PMNT/ICDT/BOOK",
            },
            "card" => line with
            {
                CounterpartyName = random.Pick(NameCatalog.Merchants),
                Description = $"VISA *{random.Digits(4)} {random.Pick(NameCatalog.Merchants)}",
                BankTransactionCode = "PMNT/CCRD/POSD",
            },
            "interest" => line with { CounterpartyName = random.Pick(NameCatalog.Banks), Description = random.Pick(["Renter", "Kreditrenter"]), BankTransactionCode = "ACMT/MDOP/INTR" },
            "vendor-refund" => line with
            {
                CounterpartyName = PayerNameNoise.Truncate(plan.Party!.Name),
                CounterpartyAccount = plan.Party.PayingAccount,
                Description = random.Pick(["Refusjon", "Tilbakebetaling", "Gutschrift"]),
            },
            _ => line with
            {
                CounterpartyName = PayerNameNoise.Truncate(PartyFactory.StrangerName(random, partyNames)),
                CounterpartyAccount = random.Chance(0.5) ? IbanFactory.Create(random, PartyCountry.Norway) : null,
                Description = random.Pick(["Forskudd", "Innbetaling", "Depositum", "Betaling", $"Faktura {random.Digits(5)}"]),
            },
        };
    }

    /// <summary>One digit changed so the check digit no longer fits (what a payer's typo does).</summary>
    private string Mistype(string reference)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var position = random.Next(reference.StartsWith("RF", StringComparison.Ordinal) ? 4 : 0, reference.Length);
            if (!char.IsAsciiDigit(reference[position])) continue;
            var digit = (char)('0' + (reference[position] - '0' + random.Next(1, 10)) % 10);
            var candidate = string.Concat(reference.AsSpan(0, position), digit.ToString(), reference.AsSpan(position + 1));
            if (!PaymentReference.HasValidCheckDigits(candidate)) return candidate;
        }

        return reference + "0";
    }
}
