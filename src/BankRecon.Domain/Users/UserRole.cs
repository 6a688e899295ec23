namespace BankRecon.Domain.Users;

/// <summary>
/// What a signed-in person may do. Stored by name (not number) so reordering members never changes anyone's rights.
/// </summary>
public enum UserRole
{
    /// <summary>Everything, including users and matching rules.</summary>
    Administrator = 0,

    /// <summary>Reconciles, posts and maintains master data.</summary>
    Accountant = 1,

    /// <summary>Imports statements, registers payments and prepares journals.</summary>
    Bookkeeper = 2,

    /// <summary>Reads everything, changes nothing.</summary>
    Auditor = 3,
}
