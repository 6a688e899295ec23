using BankRecon.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BankRecon.TestKit.Databases;

/// <summary>
/// A real, empty, migrated database for one test class: SQLite in memory (kept alive by one open connection, shared
/// cache so several contexts can work at once) or a fresh PostgreSQL database on the server named by
/// BANKRECON_TEST_POSTGRES (created before, dropped after). PostgreSQL tests fail loudly when that variable is missing:
/// they are never silently skipped.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "BANKRECON_TEST_POSTGRES";

    private readonly SqliteConnection? _keepAlive;
    private readonly string? _adminConnectionString;
    private readonly string? _databaseName;

    private TestDatabase(DatabaseProvider provider, string connectionString, SqliteConnection? keepAlive, string? adminConnectionString, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _keepAlive = keepAlive;
        _adminConnectionString = adminConnectionString;
        _databaseName = databaseName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>Creates an empty database; <paramref name="migrate"/> applies our migrations (the default), else it stays empty.</summary>
    public static async Task<TestDatabase> CreateAsync(string provider, bool migrate = true)
    {
        TestDatabase database = provider switch
        {
            "sqlite" => CreateSqlite(),
            "postgresql" => await CreatePostgresAsync(),
            _ => throw new ArgumentException($"Unknown test database provider '{provider}'.", nameof(provider)),
        };
        if (migrate)
        {
            await using var db = database.NewContext();
            await db.Database.MigrateAsync();
        }

        return database;
    }

    public BankReconDbContext NewContext() => new(DatabaseProviders.Options(Provider, ConnectionString));

    public static string RequirePostgres() =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"PostgreSQL tests need a server: set {PostgresVariable} to a connection string (the README's test command, `bash .ci/test.sh`, starts one).");

    private static TestDatabase CreateSqlite()
    {
        var connectionString = $"Data Source=file:bankrecon-test-{Guid.NewGuid():N}?mode=memory&cache=shared";
        var keepAlive = new SqliteConnection(connectionString);
        keepAlive.Open();
        return new TestDatabase(DatabaseProvider.Sqlite, connectionString, keepAlive, null, null);
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var admin = RequirePostgres();
        var name = $"bankrecon_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase(DatabaseProvider.PostgreSql, builder.ConnectionString, null, admin, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_keepAlive is not null) await _keepAlive.DisposeAsync();
        if (_adminConnectionString is not null && _databaseName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_adminConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
