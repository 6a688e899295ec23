using BankRecon.Domain.Common;

namespace BankRecon.Domain.Ledger;

public enum GlAccountType
{
    /// <summary>Entries are posted to it.</summary>
    Posting = 0,

    /// <summary>A caption in the chart; nothing is posted to it.</summary>
    Heading = 1,
}

public enum GlAccountCategory
{
    Assets = 0,
    Liabilities = 1,
    Equity = 2,
    Income = 3,
    Expense = 4,
}

/// <summary>An account in the chart of accounts.</summary>
public sealed class GlAccount : VersionedEntity
{
    private GlAccount() { }

    public GlAccount(string no, string name, GlAccountCategory category, GlAccountType type = GlAccountType.Posting)
    {
        No = RequireNo(no);
        Update(name, category, type, directPosting: true, blocked: false);
    }

    public string No { get; private set; } = "";

    public string Name { get; private set; } = "";

    public GlAccountType AccountType { get; private set; }

    public GlAccountCategory Category { get; private set; }

    /// <summary>Balance sheet (assets, liabilities, equity) or income statement (income, expense).</summary>
    public bool IsBalanceSheet => Category is GlAccountCategory.Assets or GlAccountCategory.Liabilities or GlAccountCategory.Equity;

    /// <summary>Journals may post to it directly (control accounts such as receivables are posted only through sub-ledgers).</summary>
    public bool DirectPosting { get; private set; } = true;

    public bool Blocked { get; private set; }

    public void Update(string name, GlAccountCategory category, GlAccountType type, bool directPosting, bool blocked)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new DomainException("A G/L account needs a name.");
        Name = name.Trim();
        Category = category;
        AccountType = type;
        DirectPosting = directPosting;
        Blocked = blocked;
        Touch();
    }

    internal static string RequireNo(string no) =>
        string.IsNullOrWhiteSpace(no) ? throw new DomainException("A number is required.") : no.Trim();
}
