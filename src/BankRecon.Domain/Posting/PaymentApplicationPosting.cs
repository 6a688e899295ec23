using System.Globalization;
using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Common;
using BankRecon.Domain.Company;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;
using BankRecon.Domain.Reconciliation;

namespace BankRecon.Domain.Posting;

/// <summary>
/// Posts a payment reconciliation journal (Business Central codeunit 370, "Post Payments Only" / "Post Payments and
/// Reconcile"): one balanced <see cref="JournalTransaction"/> for the whole journal, document no. = the statement no.,
/// posting date = the statement date.
/// <para>
/// Why one transaction and one posting date: the posted statement is one audit object, with one transaction number
/// and one G/L register row to trace, and one reversal that undoes all of it. Business Central posts one journal line
/// per statement line at the line's transaction date; we keep each line's own date as the payment entry's document
/// date and use it where it matters to the customer: whether a payment discount was earned.
/// </para>
/// Per statement line, by the line's account type:
/// <list type="bullet">
/// <item>Customer / vendor: a payment (or refund) entry in the bank's currency, applied to the entries the line names
/// (detailed Application entries on both sides), payment discount when the terms allow it, payment tolerance when the
/// shortfall or excess is within the entries' maximum tolerance, and a realized FX gain/loss detailed entry when the
/// payment's local value differs from the invoices' (all in local currency on the G/L).</item>
/// <item>G/L account (fees, mapped texts): straight to the account.</item>
/// <item>Bank account (transfer between own accounts): an entry on the other bank account as well.</item>
/// </list>
/// Every line gets a bank account ledger entry (closed against the statement when reconciling). Nothing is changed
/// unless every line can be posted: the lines are planned first (all refusals collected, per line), then built.
/// </summary>
public static class PaymentApplicationPosting
{
    public const string SourceCode = "PAYMENT-RECON";

    /// <param name="LocalCurrency">The G/L's currency.</param>
    /// <param name="Accounts">Posting setup (receivables, payables, discount, tolerance and FX accounts).</param>
    /// <param name="Rates">Exchange rates for every currency involved.</param>
    /// <param name="PaymentDiscountGraceDays">Days after the discount date a discount is still granted.</param>
    /// <param name="PostingDate">Posting date of every entry (the statement date).</param>
    /// <param name="Reconcile">"Post payments and reconcile": lines must add up to ending − last balance; bank entries are closed.</param>
    public sealed record Context(
        CurrencyCode LocalCurrency,
        PostingSetup.Accounts Accounts,
        ExchangeRateTable Rates,
        int PaymentDiscountGraceDays,
        DateOnly PostingDate,
        bool Reconcile);

    /// <summary>A customer or vendor entry a line applies to, with its remaining amount in local currency (Σ of its detailed entries).</summary>
    public sealed record EntryToApply(PartyLedgerEntry Entry, decimal RemainingAmountLocal);

    /// <summary>Everything the lines refer to, loaded by the caller (inside its database transaction).</summary>
    /// <param name="Bank">The journal's bank account.</param>
    /// <param name="Customers">Customers by number.</param>
    /// <param name="Vendors">Vendors by number.</param>
    /// <param name="Entries">Applied customer/vendor entries by id.</param>
    /// <param name="GlAccounts">G/L accounts by number.</param>
    /// <param name="BankAccounts">Other bank accounts by number (transfers).</param>
    public sealed record References(
        BankAccount Bank,
        IReadOnlyDictionary<string, Party> Customers,
        IReadOnlyDictionary<string, Party> Vendors,
        IReadOnlyDictionary<Guid, EntryToApply> Entries,
        IReadOnlyDictionary<string, GlAccount> GlAccounts,
        IReadOnlyDictionary<string, BankAccount> BankAccounts);

    /// <summary>What one statement line became.</summary>
    public sealed record PostedLine(
        int LineNo,
        DocumentType DocumentType,
        PartyLedgerEntry? PaymentEntry,
        BankAccountLedgerEntry BankEntry,
        decimal PaymentDiscount,
        decimal PaymentTolerance,
        decimal RealizedFxLocal);

    /// <summary>The transaction to write, per-line results, and notes worth telling the user (discounts not taken, payments on account).</summary>
    public sealed record Posted(JournalTransaction Transaction, IReadOnlyList<PostedLine> Lines, IReadOnlyList<string> Notes);

    /// <summary>
    /// Plans and builds the posting. Refusals come back as <see cref="Error"/>s whose <see cref="Error.Field"/> is
    /// <c>Lines[n]</c> (n = the line's LineNo) for line problems, or null for the journal as a whole.
    /// </summary>
    public static Result<Posted> Build(PaymentReconciliationJournal journal, IReadOnlyList<StatementLine> lines, References references, Context context)
    {
        if (!journal.IsOpen)
            return Result<Posted>.Invalid("journal.not-open", $"Journal {journal.No} is {journal.Status.ToString().ToLowerInvariant()}; only an open journal can be posted.").WithArgs(journal.No);
        if (lines.Count == 0)
            return Result<Posted>.Invalid("journal.empty", $"There is nothing to post: journal {journal.No} has no lines.").WithArgs(journal.No);

        var planner = new PaymentApplicationPlanner(journal, references, context);
        var ordered = lines.OrderBy(l => l.LineNo).ToList();
        var plans = planner.Plan(ordered);
        if (planner.Errors.Count > 0) return Result<Posted>.Invalid(planner.Errors);
        return Result.Success(PaymentApplicationBuilder.Build(journal, plans, references, context, planner.Notes));
    }

    /// <summary>Line total a reconciling post requires: statement ending balance − balance last statement.</summary>
    public static decimal ExpectedReconciledTotal(PaymentReconciliationJournal journal) =>
        journal.StatementEndingBalance - journal.BalanceLastStatement;

    internal static string Format(decimal amount) => amount.ToString("0.00##", CultureInfo.InvariantCulture);

    internal static string LineField(StatementLine line) => $"Lines[{line.LineNo.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>Rounds to a currency's minor units, half away from zero (docs/domain/sign-conventions.md).</summary>
    internal static decimal Round(decimal amount, CurrencyCode currency) => Math.Round(amount, currency.MinorUnits, MidpointRounding.AwayFromZero);

    internal enum LineKind
    {
        Party,
        GlAccount,
        BankAccount,
    }

    /// <summary>A customer/vendor entry as the plan moves through it (several lines may apply to the same entry).</summary>
    internal sealed class EntryState(EntryToApply source)
    {
        public PartyLedgerEntry Entry { get; } = source.Entry;

        public CurrencyCode Currency { get; } = CurrencyCode.Parse(source.Entry.Currency);

        /// <summary>Remaining amount after the applications planned so far (entry currency).</summary>
        public decimal Remaining { get; set; } = source.Entry.RemainingAmount;

        /// <summary>Remaining amount, and its local value, still to be apportioned to movements' local amounts.</summary>
        public decimal LocalCursor { get; set; } = source.Entry.RemainingAmount;

        public decimal RemainingLocal { get; set; } = source.RemainingAmountLocal;

        /// <summary>
        /// The local value of <paramref name="amount"/> of this entry at the entry's own (historical) rate: a share of
        /// the remaining local amount, and exactly what is left when the movement closes the entry (no rounding residue).
        /// </summary>
        public decimal TakeLocal(decimal amount, CurrencyCode local)
        {
            if (amount == 0m) return 0m;
            var share = amount == LocalCursor || LocalCursor == 0m ? RemainingLocal : Round(amount * RemainingLocal / LocalCursor, local);
            LocalCursor -= amount;
            RemainingLocal -= share;
            return share;
        }
    }

    /// <summary>One application of a line to one entry, in entry currency (E) and payment currency (P); all signed like the line.</summary>
    internal sealed class Movement(EntryState state)
    {
        public EntryState State { get; } = state;

        public decimal AppliedEntry { get; set; }

        public decimal AppliedPayment { get; set; }

        public decimal Discount { get; set; }

        public decimal Tolerance { get; set; }

        /// <summary>Applied beyond the remaining amount (entry / payment currency); closed as payment tolerance on the payment.</summary>
        public decimal OverEntry { get; set; }

        public decimal OverPayment { get; set; }

        /// <summary>Still open on the entry after this line (before tolerance).</summary>
        public decimal Gap { get; set; }

        public bool IsLast { get; set; }

        public decimal AppliedLocal { get; set; }

        public decimal DiscountLocal { get; set; }

        public decimal ToleranceLocal { get; set; }
    }

    internal sealed class LinePlan(StatementLine line, LineKind kind, decimal amountLocal)
    {
        public StatementLine Line { get; } = line;

        public LineKind Kind { get; } = kind;

        /// <summary>The line amount in local currency at the posting date's rate.</summary>
        public decimal AmountLocal { get; } = amountLocal;

        public Party? Party { get; init; }

        public PartyType PartyType { get; init; }

        public GlAccount? GlAccount { get; init; }

        public BankAccount? OtherBank { get; init; }

        public decimal OtherBankAmount { get; init; }

        public List<Movement> Movements { get; } = [];

        /// <summary>Part of a customer/vendor line not applied to any entry: stays open on the payment (on account).</summary>
        public decimal OnAccount { get; set; }

        public decimal OnAccountLocal { get; set; }

        public decimal PaymentTolerance { get; set; }

        public decimal PaymentToleranceLocal { get; set; }

        public decimal RealizedFxLocal { get; set; }
    }
}
