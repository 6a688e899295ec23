using System.Collections.Concurrent;
using BankRecon.Domain.Users;
using BankRecon.Persistence;
using BankRecon.TestKit;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BankRecon.Application.Tests.Users;

/// <summary>
/// The application's real registrations (AddBankReconApplication) over one in-memory SQLite database whose schema
/// is built by our migrations. A fake clock and a log recorder replace the system ones.
/// </summary>
public sealed class UsersTestHost : IAsyncDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly ServiceProvider _services;

    private UsersTestHost(bool demoMode)
    {
        _connection.Open();
        var services = new ServiceCollection();
        services.AddBankReconApplication();
        services.AddSingleton<TimeProvider>(Clock);
        services.AddDbContext<BankReconDbContext>(o => o.UseSqlite(_connection));
        services.AddLogging(logging => logging.AddProvider(new RecordingLoggerProvider(Logs)));
        services.Configure<DatabaseOptions>(o => o.SeedDemoData = demoMode);
        // Lower work factor for test speed; same algorithm and code path as production.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 1_000);
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    public FakeClock Clock { get; } = new();

    public ConcurrentQueue<(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Properties)> Logs { get; } = new();

    public static async Task<UsersTestHost> StartAsync(bool demoMode = false)
    {
        var host = new UsersTestHost(demoMode);
        await host.RunAsync<BankReconDbContext, int>(async db =>
        {
            await db.Database.MigrateAsync();
            return 0;
        });
        return host;
    }

    /// <summary>Resolves <typeparamref name="T"/> in a fresh scope (a fresh DbContext, as in one web request).</summary>
    public async Task<TResult> RunAsync<T, TResult>(Func<T, Task<TResult>> action) where T : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<T>());
    }

    public Task<List<UserAccount>> UsersAsync() =>
        RunAsync<BankReconDbContext, List<UserAccount>>(db => db.Users.AsNoTracking().OrderBy(u => u.NormalizedUserName).ToListAsync());

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connection.DisposeAsync();
    }

    private sealed class RecordingLoggerProvider(
        ConcurrentQueue<(string, LogLevel, string, IReadOnlyDictionary<string, object?>)> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new RecordingLogger(categoryName, sink);

        public void Dispose()
        {
        }
    }

    private sealed class RecordingLogger(
        string category, ConcurrentQueue<(string, LogLevel, string, IReadOnlyDictionary<string, object?>)> sink) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var properties = (state as IReadOnlyList<KeyValuePair<string, object?>> ?? []).ToDictionary(p => p.Key, p => p.Value);
            sink.Enqueue((category, logLevel, formatter(state, exception), properties));
        }
    }
}
