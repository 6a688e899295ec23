using Microsoft.Data.Sqlite;
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
            DatabaseProvider.Sqlite => builder.UseSqlite(connectionString, o => o.CommandTimeout(120)).AddInterceptors(SqliteUnicodeCase.Interceptor.Instance),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(connectionString, o => o.CommandTimeout(120)),
            // The SQL Server provider's package graph (Microsoft.Data.SqlClient) cannot be restored from our registry;
            // see docs/adr/0008-sql-server-provider-pending.md. The configuration value is reserved so nobody reuses it.
            DatabaseProvider.SqlServer => throw new NotSupportedException(
                "The SQL Server provider is not included in this build (its client library cannot be restored here). Use Sqlite or PostgreSql."),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };

    /// <summary>
    /// As <see cref="UseBankRecon"/>, for a context that lives for one request. On SQLite the connection is opened here
    /// and kept open until the context is disposed (then it goes back to the pool): EF registers its SQL functions on
    /// every open of a SQLite connection (about 150 µs and 40 KB each time), and a page view runs several queries.
    /// No transaction is held open by this, so other writers are not blocked.
    /// </summary>
    public static DbContextOptionsBuilder UseBankReconForOneRequest(this DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString)
    {
        if (provider != DatabaseProvider.Sqlite) return builder.UseBankRecon(provider, connectionString);
        var connection = new SqliteConnection(connectionString);
        SqliteUnicodeCase.Register(connection);
        connection.Open();
        return builder.UseSqlite(connection, contextOwnsConnection: true, o => o.CommandTimeout(120));
    }

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
