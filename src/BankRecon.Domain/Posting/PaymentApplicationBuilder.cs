using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;
using BankRecon.Domain.Reconciliation;
using static BankRecon.Domain.Posting.PaymentApplicationPosting;

namespace BankRecon.Domain.Posting;

/// <summary>
/// Second pass of <see cref="PaymentApplicationPosting"/>: turns a plan that passed every check into entries, and
/// applies the customer/vendor entries. G/L, per statement line (local currency, + debit):
/// bank account +amount; receivables/payables −amount (the payment); then, where they apply, receivables/payables
/// −discount vs discount account +discount, −tolerance vs tolerance account +tolerance (overpayment: the opposite), and
/// +FX vs the realized gain (credit) or loss (debit) account. Each of these pairs balances, so the transaction does.
/// </summary>
internal static class PaymentApplicationBuilder
{
    public static Posted Build(PaymentReconciliationJournal journal, IReadOnlyList<LinePlan> plans, References references, Context context, IReadOnlyList<string> notes)
    {
        var writer = new Writer(journal, references, context, plans.Count);
        var posted = plans.Select(writer.Add).ToList();
        var transaction = new JournalTransaction(context.PostingDate, DocumentType.Payment, journal.StatementNo, SourceCode, context.LocalCurrency,
            writer.Gl, writer.Parties, writer.Banks, writer.Detailed, closures: writer.Closures);
        return new Posted(transaction, posted, notes);
    }

    private sealed class Writer(PaymentReconciliationJournal journal, References references, Context context, int lineCount)
    {
        private readonly DateOnly _date = context.PostingDate;
        private readonly string _documentNo = journal.StatementNo;

        public List<GlEntry> Gl { get; } = new(lineCount * 2);

        public List<PartyLedgerEntry> Parties { get; } = new(lineCount);

        public List<BankAccountLedgerEntry> Banks { get; } = new(lineCount);

        public List<DetailedLedgerEntry> Detailed { get; } = new(lineCount * 3);

        public List<(PartyLedgerEntry Closed, LedgerEntry ClosedBy)> Closures { get; } = [];

        public PostedLine Add(LinePlan plan)
        {
            var line = plan.Line;
            var bank = references.Bank;
            var documentType = DocumentTypeOf(plan);
            var description = DescriptionOf(plan);
            var (balancingType, balancingNo) = plan.Kind switch
            {
                LineKind.Party => (plan.PartyType == PartyType.Customer ? SourceType.Customer : SourceType.Vendor, plan.Party!.No),
                LineKind.BankAccount => (SourceType.BankAccount, plan.OtherBank!.No),
                _ => (SourceType.None, plan.GlAccount!.No),
            };

            var bankEntry = new BankAccountLedgerEntry(bank.Id, _date, documentType, _documentNo, description, bank.CurrencyCode, line.Amount,
                plan.AmountLocal, balancingType, balancingNo, Cut(line.BankReference ?? line.EndToEndId, 35));
            if (context.Reconcile) bankEntry.Reconcile(journal.StatementNo, line.LineNo, journal.StatementDate);
            Banks.Add(bankEntry);
            Gl.Add(new GlEntry(bank.GlAccountId, _date, documentType, _documentNo, description, plan.AmountLocal, SourceType.BankAccount, bank.No));

            switch (plan.Kind)
            {
                case LineKind.GlAccount:
                    Gl.Add(new GlEntry(plan.GlAccount!.Id, _date, documentType, _documentNo, description, -plan.AmountLocal));
                    return new PostedLine(line.LineNo, documentType, null, bankEntry, 0m, 0m, 0m);

                case LineKind.BankAccount:
                    var other = plan.OtherBank!;
                    Banks.Add(new BankAccountLedgerEntry(other.Id, _date, DocumentType.Transfer, _documentNo, description, other.CurrencyCode,
                        plan.OtherBankAmount, -plan.AmountLocal, SourceType.BankAccount, bank.No));
                    Gl.Add(new GlEntry(other.GlAccountId, _date, documentType, _documentNo, description, -plan.AmountLocal, SourceType.BankAccount, other.No));
                    return new PostedLine(line.LineNo, documentType, null, bankEntry, 0m, 0m, 0m);

                default:
                    var payment = AddPayment(plan, documentType, description);
                    return new PostedLine(line.LineNo, documentType, payment, bankEntry,
                        plan.Movements.Sum(m => m.Discount), plan.Movements.Sum(m => m.Tolerance) + plan.PaymentTolerance, plan.RealizedFxLocal);
            }
        }

        private PartyLedgerEntry AddPayment(LinePlan plan, DocumentType documentType, string description)
        {
            var line = plan.Line;
            var party = plan.Party!;
            var isCustomer = plan.PartyType == PartyType.Customer;
            var accounts = context.Accounts;
            var control = isCustomer ? accounts.Receivables : accounts.Payables;
            var source = isCustomer ? SourceType.Customer : SourceType.Vendor;
            var bank = references.Bank;

            // The payment is the mirror of the money: money in (+) pays a customer invoice (+) with a customer payment (−).
            var values = new PartyEntryValues(_date, documentType, _documentNo, description, bank.CurrencyCode, -line.Amount, -plan.AmountLocal,
                Cut(line.BankReference ?? line.EndToEndId, 35), DocumentDate: line.BookingDate, DueDate: _date);
            PartyLedgerEntry payment = isCustomer ? new CustomerLedgerEntry(party.Id, values) : new VendorLedgerEntry(party.Id, values);
            Parties.Add(payment);
            Detailed.Add(Detail(plan.PartyType, documentType, payment, DetailedEntryType.InitialEntry, payment.Amount, payment.AmountLocal, null));
            Gl.Add(new GlEntry(control, _date, documentType, _documentNo, description, -plan.AmountLocal, source, party.No));

            PartyLedgerEntry? lastApplied = null;
            foreach (var movement in plan.Movements)
            {
                var entry = movement.State.Entry;
                Detailed.Add(Detail(plan.PartyType, documentType, entry, DetailedEntryType.Application, -movement.AppliedEntry, -movement.AppliedLocal, payment.Id));
                Detailed.Add(Detail(plan.PartyType, documentType, payment, DetailedEntryType.Application, movement.AppliedPayment, movement.AppliedLocal, entry.Id));
                Apply(entry, movement.AppliedEntry);
                Apply(payment, -movement.AppliedPayment);

                if (movement.Discount != 0m)
                {
                    Detailed.Add(Detail(plan.PartyType, documentType, entry, DetailedEntryType.PaymentDiscount, -movement.Discount, -movement.DiscountLocal, payment.Id));
                    Apply(entry, movement.Discount);
                    Pair(control, isCustomer ? accounts.PaymentDiscountGranted : accounts.PaymentDiscountReceived, -movement.DiscountLocal,
                        documentType, "Payment discount " + entry.DocumentNo, source, party.No);
                }

                if (movement.Tolerance != 0m)
                {
                    Detailed.Add(Detail(plan.PartyType, documentType, entry, DetailedEntryType.PaymentTolerance, -movement.Tolerance, -movement.ToleranceLocal, payment.Id));
                    Apply(entry, movement.Tolerance);
                    Pair(control, accounts.PaymentTolerance, -movement.ToleranceLocal, documentType, "Payment tolerance " + entry.DocumentNo, source, party.No);
                }

                if (!entry.Open) Closures.Add((entry, payment));
                lastApplied = entry;
            }

            if (plan.PaymentTolerance != 0m)
            {
                Detailed.Add(Detail(plan.PartyType, documentType, payment, DetailedEntryType.PaymentTolerance, plan.PaymentTolerance, plan.PaymentToleranceLocal, null));
                Apply(payment, -plan.PaymentTolerance);
                Pair(control, accounts.PaymentTolerance, plan.PaymentToleranceLocal, documentType, "Payment tolerance " + _documentNo, source, party.No);
            }

            if (plan.RealizedFxLocal != 0m)
            {
                var gain = plan.RealizedFxLocal > 0m;
                Detailed.Add(Detail(plan.PartyType, documentType, payment, gain ? DetailedEntryType.RealizedGain : DetailedEntryType.RealizedLoss, 0m, plan.RealizedFxLocal, null));
                Pair(control, gain ? accounts.RealizedFxGain : accounts.RealizedFxLoss, plan.RealizedFxLocal, documentType,
                    gain ? "Realized exchange gain" : "Realized exchange loss", source, party.No);
            }

            if (!payment.Open && lastApplied is not null) Closures.Add((payment, lastApplied));
            return payment;
        }

        /// <summary>Control account +<paramref name="controlAmount"/>, the other account the opposite.</summary>
        private void Pair(Guid control, Guid other, decimal controlAmount, DocumentType documentType, string description, SourceType source, string partyNo)
        {
            Gl.Add(new GlEntry(control, _date, documentType, _documentNo, description, controlAmount, source, partyNo));
            Gl.Add(new GlEntry(other, _date, documentType, _documentNo, description, -controlAmount, source, partyNo));
        }

        /// <summary>A detailed entry of this posting: document type and no. are the payment's (the applying document).</summary>
        private DetailedLedgerEntry Detail(PartyType partyType, DocumentType documentType, PartyLedgerEntry entry, DetailedEntryType type,
            decimal amount, decimal amountLocal, Guid? applied) =>
            new(partyType, entry.Id, entry.PartyId, type, _date, documentType, _documentNo, entry.Currency, amount, amountLocal, applied);

        private void Apply(PartyLedgerEntry entry, decimal amount)
        {
            var applied = entry.Apply(amount, _date, 0);

            // The plan checked every amount against the same entries: a refusal here is a bug, not a business case.
            if (!applied.Succeeded) throw new DomainException($"Posting plan and entry {entry.DocumentNo} disagree: {applied.Describe()}");
        }
    }

    private static DocumentType DocumentTypeOf(LinePlan plan) => plan.Kind switch
    {
        LineKind.BankAccount => DocumentType.Transfer,
        LineKind.GlAccount => DocumentType.Payment,
        _ => (plan.PartyType == PartyType.Customer) == (plan.Line.Amount > 0m) ? DocumentType.Payment : DocumentType.Refund,
    };

    private static string DescriptionOf(LinePlan plan)
    {
        var line = plan.Line;
        if (!string.IsNullOrWhiteSpace(line.Description)) return line.Description;
        if (plan.Movements.Count == 1) return plan.Movements[0].State.Entry.Description;
        return line.CounterpartyName ?? $"Statement line {line.LineNo}";
    }

    private static string? Cut(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length > max ? value[..max] : value;
}
