using BankRecon.Web.Security;

namespace BankRecon.Web.Navigation;

/// <summary>
/// The left navigation, grouped by the work people do. An item whose page does not exist yet is shown disabled
/// (never a 404); it lights up by itself when a page with that path is added. Items the user's role may not open
/// are hidden.
/// </summary>
public static class NavigationMenu
{
    public static IReadOnlyList<NavigationGroup> Groups { get; } =
    [
        new("Nav.Group.Reconciliation",
        [
            new("Nav.PaymentReconciliationJournals", "/Journals/Index"),
            new("Nav.PostedStatements", "/PostedStatements/Index"),
            new("Nav.BankReconciliation", "/Reconciliation/BankReconciliations/Index"),
            new("Nav.ImportStatement", "/Statements/Import", Policies.CanEdit),
            new("Nav.TextMappings", "/TextMappings/Index"),
        ]),
        new("Nav.Group.Receivables",
        [
            new("Nav.Customers", "/Customers/Index"),
            new("Nav.CustomerLedgerEntries", "/Customers/Entries/Index"),
            new("Nav.PostSalesDocument", "/Documents/PostSales", Policies.CanEdit),
            new("Nav.RegisterPayments", "/Receivables/RegisterPayments", Policies.CanEdit),
            new("Nav.Reminders", "/Receivables/Reminders"),
        ]),
        new("Nav.Group.Payables",
        [
            new("Nav.Vendors", "/Vendors/Index"),
            new("Nav.VendorLedgerEntries", "/Vendors/Entries/Index"),
            new("Nav.PostPurchaseDocument", "/Documents/PostPurchase", Policies.CanEdit),
        ]),
        new("Nav.Group.Banking",
        [
            new("Nav.BankAccounts", "/BankAccounts/Index"),
            new("Nav.Transfers", "/BankAccounts/Transfers"),
        ]),
        new("Nav.Group.Ledger",
        [
            new("Nav.GlAccounts", "/Ledger/Accounts/Index"),
            new("Nav.GlEntries", "/Ledger/Entries/Index"),
        ]),
        new("Nav.Group.Administration",
        [
            new("Nav.Users", "/Admin/Users/Index", Policies.Admin),
            new("Nav.MatchingRules", "/Admin/MatchingRules/Index", Policies.Admin),
        ]),
    ];
}
