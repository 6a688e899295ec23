using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Reconciliation;
using static BankRecon.Domain.Tests.Posting.PostingScenario;

namespace BankRecon.Domain.Tests.Posting;

public sealed class PaymentApplicationPostingTests
{
    [Fact]
    public void Full_payment_closes_the_invoice_with_a_payment_entry_bank_entry_and_balanced_gl()
    {
        var s = new PostingScenario();
        var customer = s.Customer();
        var invoice = s.Invoice(customer, 1000m);
        s.Pay(1000m, customer, (invoice, 1000m));

        var posted = s.Post().Value;

        Assert.False(invoice.Open);
        Assert.Equal(0m, invoice.RemainingAmount);
        var payment = Assert.Single(posted.Transaction.PartyEntries);
        Assert.Equal(DocumentType.Payment, payment.DocumentType);
        Assert.Equal(-1000m, payment.Amount);
        Assert.False(payment.Open);
        Assert.Equal("2026-03", payment.DocumentNo);
        var bank = Assert.Single(posted.Transaction.BankEntries);
        Assert.Equal(1000m, bank.Amount);
        Assert.True(bank.Open);                                              // payments only: left for a later bank reconciliation
        Assert.Equal(1000m, GlTotal(posted, s.Bank.GlAccountId));
        Assert.Equal(-1000m, GlTotal(posted, s.Accounts.Receivables));
        Assert.Equal(0m, posted.Transaction.GlEntries.Sum(e => e.Amount));
        Assert.Equal(-1000m, Details(posted, invoice).Sum(d => d.Amount));
        Assert.Equal(0m, Details(posted, payment).Sum(d => d.Amount));       // initial −1000, application +1000
        Assert.Contains(posted.Transaction.Closures, c => c.Closed == invoice && c.ClosedBy == payment);
    }

    [Fact]
    public void Partial_payment_reduces_the_remaining_amount_and_leaves_the_invoice_open()
    {
        var s = new PostingScenario();
        var customer = s.Customer();
        var invoice = s.Invoice(customer, 1000m);
        s.Pay(400m, customer, (invoice, 400m));

        var posted = s.Post().Value;

        Assert.True(invoice.Open);
        Assert.Equal(600m, invoice.RemainingAmount);
        Assert.False(posted.Transaction.PartyEntries[0].Open);
        Assert.DoesNotContain(posted.Transaction.Closures, c => c.Closed == invoice);
    }

    [Fact]
    public void One_payment_for_several_invoices_closes_each_of_them()
    {
        var s = new PostingScenario();
        var customer = s.Customer();
        var first = s.Invoice(customer, 1000m);
        var second = s.Invoice(customer, 500m);
        s.Pay(1500m, customer, (first, 1000m), (second, 500m));

        var posted = s.Post().Value;

        Assert.False(first.Open);
        Assert.False(second.Open);
        var payment = Assert.Single(posted.Transaction.PartyEntries);
        Assert.Equal(2, Details(posted, payment).Count(d => d.EntryType == DetailedEntryType.Application));
        Assert.Equal(-1500m, GlTotal(posted, s.Accounts.Receivables));
    }

    [Fact]
    public void Discount_is_taken_when_paid_within_the_discount_date_plus_grace_days()
    {
        var s = new PostingScenario { GraceDays = 3 };
        var customer = s.Customer();
        var discountDate = new DateOnly(2026, 3, 10);
        var invoice = s.Invoice(customer, 1000m, discount: 20m, discountDate: discountDate);
        s.PayOn(discountDate.AddDays(3), 980m, customer, (invoice, 980m));

        var posted = s.Post().Value;

        Assert.False(invoice.Open);
        Assert.Equal(20m, posted.Lines[0].PaymentDiscount);
        var discount = Assert.Single(Details(posted, invoice), d => d.EntryType == DetailedEntryType.PaymentDiscount);
        Assert.Equal(-20m, discount.Amount);
        Assert.Equal(20m, GlTotal(posted, s.Accounts.PaymentDiscountGranted));
        Assert.Equal(-1000m, GlTotal(posted, s.Accounts.Receivables));
        Assert.Equal(980m, GlTotal(posted, s.Bank.GlAccountId));
    }

    [Fact]
    public void Late_payment_gets_no_discount_and_the_discount_amount_stays_open()
    {
        var s = new PostingScenario { GraceDays = 3 };
        var customer = s.Customer();
        var discountDate = new DateOnly(2026, 3, 10);
        var invoice = s.Invoice(customer, 1000m, discount: 20m, discountDate: discountDate);
        s.PayOn(discountDate.AddDays(4), 980m, customer, (invoice, 980m));

        var posted = s.Post().Value;

        Assert.True(invoice.Open);
        Assert.Equal(20m, invoice.RemainingAmount);
        Assert.Equal(0m, GlTotal(posted, s.Accounts.PaymentDiscountGranted));
        Assert.Contains(posted.Notes, n => n.Contains("no payment discount", StringComparison.Ordinal));
    }

    [Fact]
    public void Underpayment_within_the_tolerance_closes_the_invoice_with_a_tolerance_entry()
    {
        var s = new PostingScenario();
        var customer = s.Customer();
        var invoice = s.Invoice(customer, 1000m, tolerance: 5m);
        s.Pay(996m, customer, (invoice, 996m));

        var posted = s.Post().Value;

        Assert.False(invoice.Open);
        Assert.Equal(-4m, Assert.Single(Details(posted, invoice), d => d.EntryType == DetailedEntryType.PaymentTolerance).Amount);
        Assert.Equal(4m, GlTotal(posted, s.Accounts.PaymentTolerance));
        Assert.Equal(4m, posted.Lines[0].PaymentTolerance);
    }

    [Fact]
    public void Underpayment_beyond_the_tolerance_is_a_partial_payment()
    {
        var s = new PostingScenario();
        var customer = s.Customer();
        var invoice = s.Invoice(customer, 1000m, tolerance: 5m);
        s.Pay(990m, customer, (invoice, 990m));

        var posted = s.Post().Value;

        Assert.True(invoice.Open);
        Assert.Equal(10m, invoice.RemainingAmount);
        Assert.Equal(0m, GlTotal(posted, s.Accounts.PaymentTolerance));
    }

    [Fact]
    public void Overpayment_within_the_tolerance_closes_both_the_invoice_and_the_payment()
    {
        var s = new PostingScenario();
        var customer = s.Customer();
        var invoice = s.Invoice(customer, 1000m, tolerance: 5m);
        s.Pay(1003m, customer, (invoice, 1003m));

        var posted = s.Post().Value;

        Assert.False(invoice.Open);
        var payment = posted.Transaction.PartyEntries[0];
        Assert.False(payment.Open);
        Assert.Equal(3m, Assert.Single(Details(posted, payment), d => d.EntryType == DetailedEntryType.PaymentTolerance).Amount);
        Assert.Equal(-3m, GlTotal(posted, s.Accounts.PaymentTolerance));      // income: the customer paid a little too much
        Assert.Equal(-1000m, GlTotal(posted, s.Accounts.Receivables));
    }

    [Fact]
    public void Overpayment_beyond_the_tolerance_is_refused_and_nothing_changes()
    {
        var s = new PostingScenario();
        var customer = s.Customer();
        var invoice = s.Invoice(customer, 1000m, tolerance: 5m);
        s.Pay(1010m, customer, (invoice, 1010m));

        var result = s.Post();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal("line.over-applied", error.Code);
        Assert.Equal("Lines[1]", error.Field);
        Assert.Equal(1000m, invoice.RemainingAmount);
        Assert.True(invoice.Open);
    }

    [Fact]
    public void Foreign_currency_payment_at_a_higher_rate_books_a_realized_gain()
    {
        var s = new PostingScenario("EUR").Rate("EUR", new DateOnly(2026, 1, 1), 11.00m).Rate("EUR", new DateOnly(2026, 3, 20), 11.50m);
        var customer = s.Customer("30000", "EUR");
        var invoice = s.Invoice(customer, 1000m, rate: 11.00m);
        s.Pay(1000m, customer, (invoice, 1000m));

        var posted = s.Post().Value;

        Assert.False(invoice.Open);
        Assert.Equal(11500m, posted.Transaction.BankEntries[0].AmountLocal);
        Assert.Equal(500m, posted.Lines[0].RealizedFxLocal);
        Assert.Equal(-500m, GlTotal(posted, s.Accounts.RealizedFxGain));
        Assert.Equal(0m, GlTotal(posted, s.Accounts.RealizedFxLoss));
        Assert.Equal(-11000m, GlTotal(posted, s.Accounts.Receivables));        // the invoice's 11 000 comes off receivables
        var payment = posted.Transaction.PartyEntries[0];
        Assert.Equal(0m, Details(posted, payment).Sum(d => d.AmountLocal));   // closed in local currency too
        Assert.Equal(-11000m, Details(posted, invoice).Sum(d => d.AmountLocal));
    }

    [Fact]
    public void Foreign_currency_payment_at_a_lower_rate_books_a_realized_loss()
    {
        var s = new PostingScenario("EUR").Rate("EUR", new DateOnly(2026, 1, 1), 10.50m);
        var customer = s.Customer("30000", "EUR");
        var invoice = s.Invoice(customer, 1000m, rate: 11.00m);
        s.Pay(1000m, customer, (invoice, 1000m));

        var posted = s.Post().Value;

        Assert.Equal(-500m, posted.Lines[0].RealizedFxLocal);
        Assert.Equal(500m, GlTotal(posted, s.Accounts.RealizedFxLoss));
        Assert.Equal(10500m, GlTotal(posted, s.Bank.GlAccountId));
    }

    [Fact]
    public void Local_bank_payment_of_a_foreign_invoice_is_converted_at_the_posting_date_rate()
    {
        var s = new PostingScenario().Rate("EUR", new DateOnly(2026, 1, 1), 11.50m);
        var customer = s.Customer("30000", "EUR");
        var invoice = s.Invoice(customer, 1000m, rate: 11.00m);
        s.Pay(11500m, customer, (invoice, 11500m));

        var posted = s.Post().Value;

        Assert.False(invoice.Open);
        Assert.Equal(-1000m, Details(posted, invoice).Single(d => d.EntryType == DetailedEntryType.Application).Amount);
        Assert.Equal("NOK", posted.Transaction.PartyEntries[0].Currency);
        Assert.Equal(500m, posted.Lines[0].RealizedFxLocal);
    }

    [Fact]
    public void Foreign_bank_cannot_settle_an_entry_in_another_currency()
    {
        var s = new PostingScenario("EUR").Rate("EUR", new DateOnly(2026, 1, 1), 11.50m);
        var customer = s.Customer();
        var invoice = s.Invoice(customer, 1000m);
        s.Pay(100m, customer, (invoice, 100m));

        var result = s.Post();

        Assert.Equal("line.currency-mismatch", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Vendor_payment_closes_the_purchase_invoice_and_debits_payables()
    {
        var s = new PostingScenario();
        var vendor = s.Vendor();
        var invoice = s.PurchaseInvoice(vendor, 2000m);
        s.Pay(-2000m, vendor, (invoice, -2000m));

        var posted = s.Post().Value;

        Assert.False(invoice.Open);
        var payment = Assert.IsType<VendorLedgerEntry>(Assert.Single(posted.Transaction.PartyEntries));
        Assert.Equal(DocumentType.Payment, payment.DocumentType);
        Assert.Equal(2000m, payment.Amount);
        Assert.Equal(2000m, GlTotal(posted, s.Accounts.Payables));
        Assert.Equal(-2000m, GlTotal(posted, s.Bank.GlAccountId));
    }

    [Fact]
    public void Vendor_discount_goes_to_the_discount_received_account()
    {
        var s = new PostingScenario();
        var vendor = s.Vendor();
        var invoice = s.PurchaseInvoice(vendor, 1000m, discount: 20m, discountDate: StatementDate);
        s.Pay(-980m, vendor, (invoice, -980m));

        var posted = s.Post().Value;

        Assert.False(invoice.Open);
        Assert.Equal(-20m, GlTotal(posted, s.Accounts.PaymentDiscountReceived));
        Assert.Equal(1000m, GlTotal(posted, s.Accounts.Payables));
    }

    [Fact]
    public void Money_out_to_a_customer_credit_memo_is_a_refund()
    {
        var s = new PostingScenario();
        var customer = s.Customer();
        var creditMemo = s.Invoice(customer, -300m);
        s.Pay(-300m, customer, (creditMemo, -300m));

        var posted = s.Post().Value;

        Assert.False(creditMemo.Open);
        Assert.Equal(DocumentType.Refund, posted.Transaction.PartyEntries[0].DocumentType);
        Assert.Equal(300m, GlTotal(posted, s.Accounts.Receivables));
    }

    [Fact]
    public void Bank_fee_line_goes_straight_to_the_gl_account()
    {
        var s = new PostingScenario();
        var fees = s.GlAccount("7770");
        s.ToAccount(-50m, ApplicationAccountType.GlAccount, "7770");

        var posted = s.Post().Value;

        Assert.Empty(posted.Transaction.PartyEntries);
        Assert.Equal(50m, GlTotal(posted, fees.Id));
        Assert.Equal(-50m, GlTotal(posted, s.Bank.GlAccountId));
        Assert.Equal(-50m, Assert.Single(posted.Transaction.BankEntries).Amount);
    }

    [Fact]
    public void Gl_account_without_direct_posting_is_refused()
    {
        var s = new PostingScenario();
        s.GlAccount("1500", directPosting: false);
        s.ToAccount(-50m, ApplicationAccountType.GlAccount, "1500");

        Assert.Equal("line.gl-account-direct", Assert.Single(s.Post().Errors).Code);
    }

    [Fact]
    public void Transfer_to_another_own_account_writes_a_bank_entry_on_both_accounts()
    {
        var s = new PostingScenario().Rate("EUR", new DateOnly(2026, 1, 1), 11.50m);
        var savings = s.OtherBank("EUR-SAVINGS", "EUR");
        s.ToAccount(-11500m, ApplicationAccountType.BankAccount, savings.No);

        var posted = s.Post().Value;

        var other = Assert.Single(posted.Transaction.BankEntries, e => e.BankAccountId == savings.Id);
        Assert.Equal(1000m, other.Amount);
        Assert.Equal(11500m, other.AmountLocal);
        Assert.Equal(11500m, GlTotal(posted, savings.GlAccountId));
    }

    [Fact]
    public void Lines_with_a_difference_or_without_an_account_are_refused_with_a_reason_per_line()
    {
        var s = new PostingScenario();
        var customer = s.Customer();
        var invoice = s.Invoice(customer, 1000m);
        s.Pay(1200m, customer, (invoice, 1000m));
        s.Line(75m);
        s.Pay(1000m, customer, (invoice, 1000m));

        var result = s.Post();

        Assert.False(result.Succeeded);
        Assert.Collection(result.Errors,
            e => Assert.Equal(("line.difference", "Lines[1]"), (e.Code, e.Field)),
            e => Assert.Equal(("line.not-applied", "Lines[2]"), (e.Code, e.Field)));
        Assert.Contains("difference of 200.00", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(1000m, invoice.RemainingAmount);
    }

    [Fact]
    public void Two_lines_applying_more_than_an_invoice_holds_are_refused_on_the_second()
    {
        var s = new PostingScenario();
        var customer = s.Customer();
        var invoice = s.Invoice(customer, 1000m);
        s.Pay(600m, customer, (invoice, 600m));
        s.Pay(600m, customer, (invoice, 600m));

        var result = s.Post();

        var error = Assert.Single(result.Errors);
        Assert.Equal(("line.over-applied", "Lines[2]"), (error.Code, error.Field));
    }

    [Fact]
    public void Entry_closed_elsewhere_is_refused_for_that_line()
    {
        var s = new PostingScenario();
        var customer = s.Customer();
        var invoice = s.Invoice(customer, 1000m);
        s.Pay(1000m, customer, (invoice, 1000m));
        Assert.True(invoice.Apply(1000m, StatementDate, 99).Succeeded);       // another journal got there first

        var error = Assert.Single(s.Post().Errors);

        Assert.Equal("line.entry-closed", error.Code);
        Assert.Contains("already closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reconciling_requires_the_lines_to_add_up_to_the_statement_balances()
    {
        var s = new PostingScenario(balanceLastStatement: 5000m, endingBalance: 6000m);
        var customer = s.Customer();
        var invoice = s.Invoice(customer, 1000m);
        s.Pay(900m, customer, (invoice, 900m));

        var result = s.Post(reconcile: true);

        Assert.Equal("journal.balance-mismatch", Assert.Single(result.Errors).Code);
        Assert.True(s.Post(reconcile: false).Succeeded);
    }

    [Fact]
    public void Reconciling_closes_the_bank_entries_against_the_statement()
    {
        var s = new PostingScenario(balanceLastStatement: 5000m, endingBalance: 5950m);
        var customer = s.Customer();
        var invoice = s.Invoice(customer, 1000m);
        s.Pay(1000m, customer, (invoice, 1000m));
        s.GlAccount("7770");
        s.ToAccount(-50m, ApplicationAccountType.GlAccount, "7770");

        var posted = s.Post(reconcile: true).Value;

        Assert.All(posted.Transaction.BankEntries, e =>
        {
            Assert.False(e.Open);
            Assert.Equal(StatementStatus.Closed, e.StatementStatus);
            Assert.Equal("2026-03", e.StatementNo);
        });
        Assert.Equal([1, 2], posted.Transaction.BankEntries.Select(e => e.StatementLineNo ?? 0));
    }

    [Fact]
    public void Posted_journal_cannot_be_posted_again()
    {
        var s = new PostingScenario();
        s.GlAccount("7770");
        s.ToAccount(-50m, ApplicationAccountType.GlAccount, "7770");
        s.Journal.MarkPosted("someone", Now, 1, reconciled: false);

        Assert.Equal("journal.not-open", Assert.Single(s.Post().Errors).Code);
    }
}
