using BankRecon.Domain.Users;

namespace BankRecon.Application.Users;

/// <summary>
/// The published demo accounts (docs/running.md). They exist only in a database created in demo mode; the password
/// is public on purpose, so never seed them anywhere else.
/// </summary>
public static class DemoUsers
{
    public const string Password = "bankrecon-demo";

    public static IReadOnlyList<DemoUser> All { get; } =
    [
        new("admin", "Astrid Lund", UserRole.Administrator),
        new("accountant", "Nils Berg", UserRole.Accountant),
        new("bookkeeper", "Karin Dahl", UserRole.Bookkeeper),
        new("auditor", "Erik Strand", UserRole.Auditor),
    ];
}
