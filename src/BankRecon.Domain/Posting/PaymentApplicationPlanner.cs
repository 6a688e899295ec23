using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;
using BankRecon.Domain.Reconciliation;
using static BankRecon.Domain.Posting.PaymentApplicationPosting;

namespace BankRecon.Domain.Posting;

/// <summary>
/// First pass of <see cref="PaymentApplicationPosting"/>: works out every amount of every line without touching an
/// entity, and collects every reason a line cannot be posted. Lines are planned in order, so several lines applying
/// to the same entry see what the lines before them took.
/// </summary>
internal sealed class PaymentApplicationPlanner(PaymentReconciliationJournal journal, References references, Context context)
{
    private readonly Dictionary<Guid, EntryState> _states = [];
    private readonly Dictionary<Guid, (int Line, int Application)> _lastUse = [];

    public List<Error> Errors { get; } = [];

    public List<string> Notes { get; } = [];

    public List<LinePlan> Plan(IReadOnlyList<StatementLine> lines)
    {
        var bank = references.Bank;
        var bankCurrency = bank.CurrencyCode;
        if (bank.Blocked) Errors.Add(new Error("journal.bank-blocked", $"Bank account {bank.No} is blocked; nothing can be posted to it.") { Args = [bank.No] });
        var bankRate = context.Rates.RateOn(bankCurrency, context.PostingDate);
        if (!bankRate.Succeeded)
        {
            Errors.AddRange(bankRate.Errors);
            return [];
        }

        if (context.Reconcile)
        {
            var total = lines.Sum(l => l.Amount);
            var expected = ExpectedReconciledTotal(journal);
            if (total != expected)
            {
                Errors.Add(new Error("journal.balance-mismatch",
                    $"The lines add up to {Format(total)} {bankCurrency}, but statement ending balance {Format(journal.StatementEndingBalance)} − " +
                    $"balance last statement {Format(journal.BalanceLastStatement)} is {Format(expected)}. Correct the balances or the lines, or post payments only.")
                {
                    Args = [total, bankCurrency.Code, journal.StatementEndingBalance, journal.BalanceLastStatement, expected],
                });
            }
        }

        // Discount and tolerance go to the last application of an entry in the journal (Business Central does the same).
        for (var li = 0; li < lines.Count; li++)
        {
            for (var ai = 0; ai < lines[li].Applications.Count; ai++)
            {
                if (lines[li].Applications[ai].LedgerEntryId is { } id) _lastUse[id] = (li, ai);
            }
        }

        var plans = new List<LinePlan>(lines.Count);
        for (var li = 0; li < lines.Count; li++)
        {
            var plan = PlanLine(lines[li], li, bankCurrency, bankRate.Value);
            if (plan is not null) plans.Add(plan);
        }

        if (plans.Count == 0 && Errors.Count == 0)
            Errors.Add(new Error("journal.empty", $"There is nothing to post: every line of journal {journal.No} is zero."));
        return plans;
    }

    private LinePlan? PlanLine(StatementLine line, int index, CurrencyCode bankCurrency, decimal bankRate)
    {
        var label = Label(line);
        if (line.Amount == 0m)
        {
            Notes.Add($"{label} is zero and was skipped.");
            return null;
        }

        if (!string.Equals(line.Currency, bankCurrency.Code, StringComparison.Ordinal))
        {
            Refuse(line, "line.currency", $"{label} is in {line.Currency}, but bank account {references.Bank.No} is in {bankCurrency}.",
                line.Currency, references.Bank.No, bankCurrency.Code);
            return null;
        }

        if (line.AccountType == ApplicationAccountType.None || string.IsNullOrWhiteSpace(line.AccountNo) || line.Applications.Count == 0)
        {
            Refuse(line, "line.not-applied", $"{label} is not applied. Apply every line, to entries or to an account, before posting.");
            return null;
        }

        if (line.Difference != 0m)
        {
            Refuse(line, "line.difference",
                $"{label} has a difference of {Format(line.Difference)}: only {Format(line.AppliedAmount)} is applied. Apply the rest, or transfer the difference to an account.",
                line.Difference, line.AppliedAmount);
            return null;
        }

        if (line.Applications.Any(a => a.AppliedAmount == 0m || Math.Sign(a.AppliedAmount) != Math.Sign(line.Amount)))
        {
            Refuse(line, "line.sign", $"{label}: every applied amount must be non-zero and have the sign of the line amount.");
            return null;
        }

        var amountLocal = Round(line.Amount * bankRate, context.LocalCurrency);
        return line.AccountType switch
        {
            ApplicationAccountType.Customer or ApplicationAccountType.Vendor => PlanParty(line, index, label, bankCurrency, bankRate, amountLocal),
            ApplicationAccountType.GlAccount => PlanGlAccount(line, label, amountLocal),
            ApplicationAccountType.BankAccount => PlanBankAccount(line, label, bankCurrency, amountLocal),
            _ => null,
        };
    }

    private LinePlan? PlanParty(StatementLine line, int index, string label, CurrencyCode bankCurrency, decimal bankRate, decimal amountLocal)
    {
        var isCustomer = line.AccountType == ApplicationAccountType.Customer;
        var noun = isCustomer ? "customer" : "vendor";
        var parties = isCustomer ? references.Customers : references.Vendors;
        if (!parties.TryGetValue(line.AccountNo!, out var party))
        {
            Refuse(line, "line.account-missing", $"{label}: {noun} {line.AccountNo} does not exist.", line.AccountNo!);
            return null;
        }

        if (party.Blocked)
        {
            Refuse(line, "line.party-blocked", $"{label}: {noun} {party.No} {party.Name} is blocked; no payments can be applied to it.", party.No, party.Name);
            return null;
        }

        var errorsBefore = Errors.Count;
        var plan = new LinePlan(line, LineKind.Party, amountLocal) { Party = party, PartyType = isCustomer ? PartyType.Customer : PartyType.Vendor };
        for (var ai = 0; ai < line.Applications.Count; ai++)
        {
            var application = line.Applications[ai];
            if (application.LedgerEntryId is not { } entryId)
            {
                plan.OnAccount += application.AppliedAmount;
                continue;
            }

            if (!references.Entries.TryGetValue(entryId, out var source))
            {
                Refuse(line, "line.entry-missing", $"{label}: the applied entry {application.DocumentNo ?? entryId.ToString()} does not exist.",
                    application.DocumentNo ?? entryId.ToString());
                continue;
            }

            var entry = source.Entry;
            var what = Describe(entry);
            if (entry is CustomerLedgerEntry != isCustomer || entry.PartyId != party.Id)
            {
                Refuse(line, "line.entry-party", $"{label}: {what} is not an entry of {noun} {party.No}.", entry.DocumentNo, party.No);
                continue;
            }

            if (!_states.TryGetValue(entryId, out var state)) _states[entryId] = state = new EntryState(source);
            if (!entry.Open || state.Remaining == 0m)
            {
                Refuse(line, "line.entry-closed", entry.Open
                    ? $"{label}: {what} is already settled in full by earlier lines of this journal. Remove the application."
                    : $"{label}: {what} is already closed (applied elsewhere). Remove the application and apply the line again.", entry.DocumentNo);
                continue;
            }

            if (Math.Sign(application.AppliedAmount) != Math.Sign(state.Remaining))
            {
                Refuse(line, "line.entry-sign", $"{label}: {what} has {Format(state.Remaining)} {state.Currency} remaining; a line of {Format(line.Amount)} cannot settle it.",
                    entry.DocumentNo, state.Remaining, state.Currency.Code);
                continue;
            }

            var entryRate = 1m;
            decimal appliedEntry;
            if (state.Currency == bankCurrency)
            {
                appliedEntry = application.AppliedAmount;
            }
            else if (bankCurrency == context.LocalCurrency)
            {
                // Local-currency bank, foreign-currency entry: converted at the posting date (Business Central's rule).
                var rate = context.Rates.RateOn(state.Currency, context.PostingDate);
                if (!rate.Succeeded)
                {
                    Refuse(line, "line.exchange-rate", $"{label}: {rate.Describe()}");
                    continue;
                }

                entryRate = rate.Value;
                appliedEntry = Round(application.AppliedAmount / entryRate, state.Currency);
            }
            else
            {
                Refuse(line, "line.currency-mismatch",
                    $"{label}: {what} is in {state.Currency}; bank account {references.Bank.No} in {bankCurrency} can only settle entries in {bankCurrency}.",
                    entry.DocumentNo, state.Currency.Code, references.Bank.No, bankCurrency.Code);
                continue;
            }

            var movement = new Movement(state) { IsLast = _lastUse[entryId] == (index, ai) };

            // Converting from the bank's currency can land one minor unit off the remaining amount: the last application closes it.
            if (movement.IsLast && state.Currency != bankCurrency && Math.Abs(state.Remaining - appliedEntry) <= 1m / state.Currency.MinorUnitScale)
                appliedEntry = state.Remaining;
            if (appliedEntry == 0m)
            {
                Refuse(line, "line.amount-too-small", $"{label}: {Format(application.AppliedAmount)} {bankCurrency} is less than one minor unit of {state.Currency}.", state.Currency.Code);
                continue;
            }

            movement.AppliedEntry = appliedEntry;
            movement.AppliedPayment = application.AppliedAmount;
            if (Math.Abs(appliedEntry) > Math.Abs(state.Remaining))
            {
                if (!movement.IsLast)
                {
                    Refuse(line, "line.over-applied",
                        $"{label} applies {Format(appliedEntry)} {state.Currency} to {what}, but only {Format(state.Remaining)} remains after the lines before it.");
                    continue;
                }

                movement.OverEntry = appliedEntry - state.Remaining;
                movement.AppliedEntry = state.Remaining;
                movement.AppliedPayment = state.Currency == bankCurrency
                    ? state.Remaining
                    : Round(state.Remaining * entryRate / bankRate, bankCurrency);
                movement.OverPayment = application.AppliedAmount - movement.AppliedPayment;
            }

            state.Remaining -= movement.AppliedEntry;
            if (movement.IsLast && state.Remaining != 0m) TakeDiscount(line, label, movement, what);
            movement.Gap = movement.IsLast ? state.Remaining : 0m;
            plan.Movements.Add(movement);
        }

        if (Errors.Count > errorsBefore) return null;
        if (!TakeTolerance(line, label, plan)) return null;

        foreach (var movement in plan.Movements)
        {
            movement.AppliedLocal = movement.State.TakeLocal(movement.AppliedEntry, context.LocalCurrency);
            movement.DiscountLocal = movement.State.TakeLocal(movement.Discount, context.LocalCurrency);
            movement.ToleranceLocal = movement.State.TakeLocal(movement.Tolerance, context.LocalCurrency);
        }

        plan.PaymentTolerance = plan.Movements.Sum(m => m.OverPayment);
        plan.PaymentToleranceLocal = Round(plan.PaymentTolerance * bankRate, context.LocalCurrency);
        plan.OnAccountLocal = Round(plan.OnAccount * bankRate, context.LocalCurrency);

        // What the payment is worth in local currency today, less what it settled at the entries' own rates (and what
        // stays open on it): the realized exchange gain (+) or loss (−). Zero when everything is in local currency.
        plan.RealizedFxLocal = amountLocal - plan.Movements.Sum(m => m.AppliedLocal) - plan.PaymentToleranceLocal - plan.OnAccountLocal;
        if (plan.OnAccount != 0m)
            Notes.Add($"{label}: {Format(plan.OnAccount)} {bankCurrency} stays open on {noun} {party.No} as a payment on account.");
        return plan;
    }

    /// <summary>Payment discount: on time (discount date + grace days, by the line's booking date), the gap up to the discount possible.</summary>
    private void TakeDiscount(StatementLine line, string label, Movement movement, string what)
    {
        var entry = movement.State.Entry;
        var gap = movement.State.Remaining;
        var possible = entry.RemainingPmtDiscountPossible;
        if (possible == 0m || entry.PmtDiscountDate is not { } discountDate) return;
        if (Math.Sign(possible) != Math.Sign(gap) || Math.Abs(gap) > Math.Abs(possible)) return;

        var lastDay = discountDate.AddDays(context.PaymentDiscountGraceDays);
        if (line.BookingDate <= lastDay)
        {
            movement.Discount = gap;
            movement.State.Remaining = 0m;
            return;
        }

        var grace = context.PaymentDiscountGraceDays > 0 ? $" + {context.PaymentDiscountGraceDays} days' grace" : "";
        Notes.Add($"{label}: no payment discount on {what}: paid {line.BookingDate:yyyy-MM-dd}, after the discount date {discountDate:yyyy-MM-dd}{grace}.");
    }

    /// <summary>
    /// Payment tolerance (Business Central's rule): an under- or overpayment within the sum of the applied entries'
    /// maximum tolerance closes them; an overpayment beyond it is refused (it would over-apply the entries).
    /// </summary>
    private bool TakeTolerance(StatementLine line, string label, LinePlan plan)
    {
        var last = plan.Movements.Where(m => m.IsLast).ToList();
        var allowed = last.Select(m => m.State).Distinct().Sum(s => Math.Abs(s.Entry.MaxPaymentTolerance));
        var over = plan.Movements.Sum(m => Math.Abs(m.OverEntry));
        var under = last.Sum(m => Math.Abs(m.Gap));
        if (over > allowed)
        {
            var overApplied = plan.Movements.Where(m => m.OverEntry != 0m).Select(m => Describe(m.State.Entry));
            Refuse(line, "line.over-applied",
                $"{label} pays {Format(over)} more than the remaining amount of {string.Join(", ", overApplied)}, more than the payment tolerance of {Format(allowed)}. " +
                "Apply less, or transfer the excess to an account.");
            return false;
        }

        if (under > 0m && under + over <= allowed)
        {
            foreach (var movement in last.Where(m => m.Gap != 0m))
            {
                movement.Tolerance = movement.Gap;
                movement.State.Remaining -= movement.Gap;
                movement.Gap = 0m;
            }
        }

        return true;
    }

    private LinePlan? PlanGlAccount(StatementLine line, string label, decimal amountLocal)
    {
        if (!references.GlAccounts.TryGetValue(line.AccountNo!, out var account))
        {
            Refuse(line, "line.account-missing", $"{label}: G/L account {line.AccountNo} does not exist.", line.AccountNo!);
            return null;
        }

        if (account.Blocked || account.AccountType != GlAccountType.Posting || !account.DirectPosting)
        {
            Refuse(line, "line.gl-account-direct", $"{label}: G/L account {account.No} {account.Name} does not accept direct postings; choose another account.", account.No, account.Name);
            return null;
        }

        return new LinePlan(line, LineKind.GlAccount, amountLocal) { GlAccount = account };
    }

    private LinePlan? PlanBankAccount(StatementLine line, string label, CurrencyCode bankCurrency, decimal amountLocal)
    {
        if (!references.BankAccounts.TryGetValue(line.AccountNo!, out var other))
        {
            Refuse(line, "line.account-missing", $"{label}: bank account {line.AccountNo} does not exist.", line.AccountNo!);
            return null;
        }

        if (other.Id == references.Bank.Id)
        {
            Refuse(line, "line.same-bank", $"{label} transfers to its own bank account {other.No}; choose the other account of the transfer.", other.No);
            return null;
        }

        if (other.Blocked)
        {
            Refuse(line, "line.bank-blocked", $"{label}: bank account {other.No} is blocked.", other.No);
            return null;
        }

        var amount = -line.Amount;
        if (other.CurrencyCode != bankCurrency)
        {
            var rate = context.Rates.RateOn(other.CurrencyCode, context.PostingDate);
            if (!rate.Succeeded)
            {
                Refuse(line, "line.exchange-rate", $"{label}: {rate.Describe()}");
                return null;
            }

            amount = -Round(amountLocal / rate.Value, other.CurrencyCode);
            if (amount == 0m)
            {
                Refuse(line, "line.amount-too-small", $"{label} is less than one minor unit of {other.Currency}.", other.Currency);
                return null;
            }
        }

        return new LinePlan(line, LineKind.BankAccount, amountLocal) { OtherBank = other, OtherBankAmount = amount };
    }

    /// <summary>A line's refusal; its values for a translation are the line's number, booking date, amount and currency, then <paramref name="args"/>.</summary>
    private void Refuse(StatementLine line, string code, string message, params object[] args) =>
        Errors.Add(new Error(code, message, LineField(line)) { Args = [line.LineNo, line.BookingDate, line.Amount, line.Currency, .. args] });

    private static string Label(StatementLine line) =>
        $"Line {line.LineNo} ({line.BookingDate:yyyy-MM-dd}, {Format(line.Amount)} {line.Currency})";

    internal static string Describe(PartyLedgerEntry entry) => entry.DocumentType switch
    {
        DocumentType.Invoice => "invoice",
        DocumentType.CreditMemo => "credit memo",
        DocumentType.Payment => "payment",
        DocumentType.Refund => "refund",
        DocumentType.FinanceChargeMemo => "finance charge memo",
        DocumentType.Reminder => "reminder",
        _ => "entry",
    } + " " + entry.DocumentNo;
}
