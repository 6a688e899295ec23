namespace BankRecon.Web.Infrastructure;

/// <summary>One step run once at startup, in its own DI scope.</summary>
public sealed record StartupTask(string Name, Func<IServiceProvider, CancellationToken, Task> RunAsync);
