using BankRecon.Application;
using BankRecon.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BankRecon.TestKit.Databases;

/// <summary>
/// The application's real service registrations over a real test database, with a fake clock: resolve a handler
/// from a fresh scope (= a fresh DbContext, as one web request would have).
/// </summary>
public sealed class ApplicationHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ApplicationHost(TestDatabase database, FakeClock clock)
    {
        Database = database;
        Clock = clock;
        var services = new ServiceCollection();
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddBankReconApplication();
        services.AddSingleton<TimeProvider>(clock);
        services.AddScoped(_ => database.NewContext());
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    public TestDatabase Database { get; }

    public FakeClock Clock { get; }

    public static async Task<ApplicationHost> CreateAsync(string provider, FakeClock? clock = null) =>
        new(await TestDatabase.CreateAsync(provider), clock ?? new FakeClock());

    /// <summary>Runs <paramref name="work"/> with a handler from a new scope (its own DbContext).</summary>
    public async Task<TResult> RunAsync<THandler, TResult>(Func<THandler, Task<TResult>> work)
        where THandler : notnull
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<THandler>());
    }

    public async Task<TResult> QueryAsync<TResult>(Func<BankReconDbContext, Task<TResult>> query)
    {
        await using var db = Database.NewContext();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
