using Microsoft.EntityFrameworkCore;

namespace BankRecon.Persistence;

/// <summary>The one place that knows the three providers. Web and Cli call <see cref="UseBankRecon"/>.</summary>
public static class DatabaseProviders
{
    public const string SqliteAssembly = "Microsoft.EntityFrameworkCore.Sqlite";
    public const string PostgreSqlAssembly = "Npgsql.EntityFrameworkCore.PostgreSQL";
    public const string SqlServerAssembly = "Microsoft.EntityFrameworkCore.SqlServer";

    public static DbContextOptionsBuilder UseBankRecon(this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.CommandTimeout(120)),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString, o => o.CommandTimeout(120)),
            // The SQL Server provider's package graph (Microsoft.Data.SqlClient) cannot be restored from our registry;
            // see docs/adr/0008-sql-server-provider-pending.md. The configuration value is reserved so nobody reuses it.
            DatabaseProvider.SqlServer => throw new NotSupportedException(
                "The SQL Server provider is not included in this build (its client library cannot be restored here). Use Sqlite or PostgreSql."),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };

    public static DatabaseProvider Parse(string? name) =>
        (name ?? "").Trim().ToUpperInvariant() switch
        {
            "" or "SQLITE" => DatabaseProvider.Sqlite,
            "POSTGRESQL" or "POSTGRES" or "NPGSQL" or "PGSQL" => DatabaseProvider.PostgreSql,
            "SQLSERVER" or "MSSQL" or "SQL SERVER" => DatabaseProvider.SqlServer,
            _ => throw new ArgumentException($"Unknown database provider '{name}'. Use Sqlite, PostgreSql or SqlServer.", nameof(name)),
        };

    /// <summary>Builds context options without a live connection (for scripting DDL).</summary>
    public static DbContextOptions<BankReconDbContext> Options(DatabaseProvider provider, string connectionString) =>
        (DbContextOptions<BankReconDbContext>)new DbContextOptionsBuilder<BankReconDbContext>().UseBankRecon(provider, connectionString).Options;
}
