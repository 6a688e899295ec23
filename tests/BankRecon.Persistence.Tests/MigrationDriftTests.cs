using BankRecon.TestKit.Databases;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Persistence.Tests;

/// <summary>
/// Our replacement for `has-pending-model-changes`: the schema our hand-written migrations build must be exactly the
/// schema EF derives from the model, on a live SQLite and a live PostgreSQL.
/// </summary>
public sealed class MigrationDriftTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Migrations_build_exactly_the_schema_of_the_model(string provider)
    {
        await using var migrated = await TestDatabase.CreateAsync(provider, migrate: true);
        await using var created = await TestDatabase.CreateAsync(provider, migrate: false);
        await using (var db = created.NewContext())
        {
            Assert.True(await db.Database.EnsureCreatedAsync());
        }

        await using var fromMigrations = migrated.NewContext();
        await using var fromModel = created.NewContext();
        var expected = await SchemaDescriber.DescribeAsync(fromModel);
        var actual = await SchemaDescriber.DescribeAsync(fromMigrations);

        Assert.True(expected.Count > 50, "The model schema should not be empty.");
        var diff = SchemaDescriber.Diff(expected, actual);
        Assert.True(diff.Length == 0, $"Migrations and model differ on {provider}:\n{diff}");
    }

    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task No_migration_is_pending_after_migrate(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.NewContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }
}
