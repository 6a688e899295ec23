using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;
using FsCheck;
using FsCheck.Fluent;

namespace BankRecon.Domain.Tests.Posting;

/// <summary>Random journals against random open invoices: whatever is posted balances and never over-applies an entry.</summary>
public sealed class PaymentApplicationPostingPropertyTests
{
    /// <summary>One invoice: amount and tolerance in minor units, whether it offers a 2 % discount.</summary>
    public sealed record InvoiceSpec(int AmountCents, int ToleranceCents, bool Discount);

    /// <summary>One application: which invoice, what percentage of what is still open on it (over 100 = more than it holds), plus a few cents more or less.</summary>
    public sealed record ApplicationSpec(int Invoice, int Percent, int DeltaCents);

    /// <summary>A line paying one or more invoices, booked some days after the discount date offset.</summary>
    public sealed record LineSpec(int DayOffset, ApplicationSpec[] Applications);

    public sealed record JournalSpec(bool Vendor, InvoiceSpec[] Invoices, LineSpec[] Lines);

    private static readonly Gen<JournalSpec> Journals =
        from vendor in Gen.Elements(true, false)
        from invoices in Gen.NonEmptyListOf(
            from amount in Gen.Choose(100, 1_000_000)
            from tolerance in Gen.Elements(0, 0, 50, 500, 5000)
            from discount in Gen.Elements(true, false)
            select new InvoiceSpec(amount, tolerance, discount))
        let count = Math.Min(invoices.Count, 6)
        from lines in Gen.NonEmptyListOf(
            from offset in Gen.Choose(-5, 10)
            from applications in Gen.NonEmptyListOf(
                from invoice in Gen.Choose(0, count - 1)
                from percent in Gen.Frequency((3, Gen.Choose(1, 100)), (1, Gen.Choose(95, 105)), (1, Gen.Constant(98)), (3, Gen.Constant(100)))
                from delta in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Choose(-6000, 0)), (1, Gen.Choose(1, 600)))
                select new ApplicationSpec(invoice, percent, delta))
            select new LineSpec(offset, [.. applications.Take(3)]))
        select new JournalSpec(vendor, [.. invoices.Take(count)], [.. lines.Take(8)]);

    [Fact]
    public void Random_journals_balance_and_never_over_apply_an_entry()
    {
        Prop.ForAll(Journals.ToArbitrary(), Holds).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Random_journals_within_the_remaining_amounts_always_post()
    {
        var valid = Journals.Where(j => AppliedCents(j).All(line => line.All(a => a.WithinRemaining)));
        Prop.ForAll(valid.ToArbitrary(), spec =>
        {
            var (scenario, _) = Build(spec);
            var result = scenario.Post();
            return result.Succeeded.Label(result.Succeeded ? "posted" : result.Describe());
        }).QuickCheckThrowOnFailure();
    }

    private static Property Holds(JournalSpec spec)
    {
        var (s, invoices) = Build(spec);
        var before = invoices.ToDictionary(i => i.Id, i => i.RemainingAmount);
        var result = s.Post();
        if (!result.Succeeded)
        {
            var untouched = invoices.All(i => i.RemainingAmount == before[i.Id] && i.Open);
            var explained = result.Errors.Count > 0 && result.Errors.All(e => e.Field is null || e.Field.StartsWith("Lines[", StringComparison.Ordinal));
            return (untouched && explained).Label("refused without changes: " + result.Describe());
        }

        var transaction = result.Value.Transaction;

        var balanced = transaction.GlEntries.Sum(e => e.Amount) == 0m;
        var notOverApplied = invoices.All(i =>
            Math.Abs(i.RemainingAmount) <= Math.Abs(i.Amount) && (i.RemainingAmount == 0m || Math.Sign(i.RemainingAmount) == Math.Sign(i.Amount)) &&
            i.Open == (i.RemainingAmount != 0m));
        var detailsExplainRemaining = invoices.All(i =>
            before[i.Id] + transaction.DetailedEntries.Where(d => d.LedgerEntryId == i.Id).Sum(d => d.Amount) == i.RemainingAmount);
        var paymentsExplained = transaction.PartyEntries.All(p =>
            transaction.DetailedEntries.Where(d => d.LedgerEntryId == p.Id).Sum(d => d.Amount) == p.RemainingAmount && !p.Open);
        var control = spec.Vendor ? s.Accounts.Payables : s.Accounts.Receivables;
        var subLedgerMatchesControl = transaction.DetailedEntries.Sum(d => d.AmountLocal) == PostingScenario.GlTotal(result.Value, control);
        return balanced.Label("balanced")
            .And(notOverApplied.Label("no entry over-applied"))
            .And(detailsExplainRemaining.Label("detailed entries explain every remaining amount"))
            .And(paymentsExplained.Label("payments closed by their detailed entries"))
            .And(subLedgerMatchesControl.Label("sub-ledger equals control account"));
    }

    /// <summary>Per line, per application: the invoice and the amount in minor units, taken from what earlier lines left open.</summary>
    private static List<List<(int Invoice, long Cents, bool WithinRemaining)>> AppliedCents(JournalSpec spec)
    {
        var remaining = spec.Invoices.Select(i => (long)i.AmountCents).ToArray();
        return [.. spec.Lines.Select(line => line.Applications.Select(a =>
        {
            var cents = Math.Max(1L, (long)Math.Round(remaining[a.Invoice] * a.Percent / 100m, MidpointRounding.AwayFromZero) + a.DeltaCents);
            var within = cents <= remaining[a.Invoice];
            remaining[a.Invoice] = Math.Max(0L, remaining[a.Invoice] - cents);
            return (a.Invoice, cents, within);
        }).ToList())];
    }

    private static (PostingScenario Scenario, List<PartyLedgerEntry> Invoices) Build(JournalSpec spec)
    {
        var s = new PostingScenario();
        Party party = spec.Vendor ? s.Vendor() : s.Customer();
        var discountDate = PostingScenario.StatementDate.AddDays(-10);
        var invoices = spec.Invoices.Select(i =>
        {
            var amount = i.AmountCents / 100m;
            var discount = i.Discount ? Math.Round(amount * 0.02m, 2, MidpointRounding.AwayFromZero) : 0m;
            var date = i.Discount ? discountDate : (DateOnly?)null;
            return spec.Vendor
                ? (PartyLedgerEntry)s.PurchaseInvoice((Vendor)party, amount, discount: discount, discountDate: date, tolerance: i.ToleranceCents / 100m)
                : s.Invoice((Customer)party, amount, discount: discount, discountDate: date, tolerance: i.ToleranceCents / 100m);
        }).ToList();

        var amounts = AppliedCents(spec);
        for (var i = 0; i < spec.Lines.Length; i++)
        {
            var applications = amounts[i]
                .Select(a => (Entry: invoices[a.Invoice], Amount: (spec.Vendor ? -a.Cents : a.Cents) / 100m))
                .ToArray();
            s.PayOn(discountDate.AddDays(spec.Lines[i].DayOffset), applications.Sum(a => a.Amount), party, applications);
        }

        return (s, invoices);
    }
}
