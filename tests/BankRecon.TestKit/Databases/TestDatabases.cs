using Xunit;

namespace BankRecon.TestKit.Databases;

/// <summary>The provider matrix for database tests: SQLite always, PostgreSQL always (it fails loudly when no server is configured).</summary>
public static class TestDatabases
{
    public static TheoryData<string> All => new() { "sqlite", "postgresql" };
}
