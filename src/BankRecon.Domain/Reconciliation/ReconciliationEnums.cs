namespace BankRecon.Domain.Reconciliation;

/// <summary>Life of a payment reconciliation journal: worked on, then posted (kept read-only), possibly reversed.</summary>
public enum JournalStatus
{
    Open = 0,
    Posted = 1,
    Reversed = 2,
}

/// <summary>What a statement line is applied to (Business Central's "Account Type" on the line).</summary>
public enum ApplicationAccountType
{
    None = 0,
    Customer = 1,
    Vendor = 2,
    GlAccount = 3,
    BankAccount = 4,
}

/// <summary>How sure we are of a line's application, and who decided (BC's Match Confidence, incl. Manual and Accepted).</summary>
public enum LineConfidence
{
    None = 0,
    Low = 1,
    Medium = 2,
    High = 3,

    /// <summary>Applied by a saved text-to-account mapping.</summary>
    HighTextMapping = 4,

    /// <summary>Applied by hand.</summary>
    Manual = 5,

    /// <summary>Proposed by the engine and accepted by a person.</summary>
    Accepted = 6,
}
