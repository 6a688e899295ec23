using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BankRecon.Persistence.Tests;

/// <summary>
/// The DDL each provider generates from our migrations is kept in Snapshots/*.sql, so every schema change is reviewed
/// as SQL. Rewrite the files with BANKRECON_UPDATE_GOLDEN=1 and read the diff before committing.
/// (SQL Server: its provider cannot be restored from our registry; see docs/adr/0008.)
/// </summary>
public sealed class DdlSnapshotTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "sqlite.sql")]
    [InlineData(DatabaseProvider.PostgreSql, "postgresql.sql")]
    public void Generated_migration_script_matches_the_reviewed_snapshot(DatabaseProvider provider, string file)
    {
        var connectionString = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=bankrecon";
        using var db = new BankReconDbContext(DatabaseProviders.Options(provider, connectionString));
        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Default).ReplaceLineEndings("\n");

        var path = Path.Combine(SnapshotDirectory(), file);
        if (Environment.GetEnvironmentVariable("BANKRECON_UPDATE_GOLDEN") == "1" || !File.Exists(path))
        {
            File.WriteAllText(path, script);
            if (Environment.GetEnvironmentVariable("CI") == "true") Assert.Fail($"Snapshot {file} was missing in CI.");
        }

        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), script);
    }

    private static string SnapshotDirectory()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "BankRecon.Persistence.Tests.csproj")))
            dir = Path.GetDirectoryName(dir);
        return Path.Combine(dir ?? throw new InvalidOperationException("Test project folder not found."), "Snapshots");
    }
}
