using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace BankRecon.Web.Infrastructure;

/// <summary>Healthy when the database accepts a connection and answers a query against our own schema.</summary>
public sealed class DatabaseHealthCheck(BankReconDbContext db, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
                return HealthCheckResult.Unhealthy("The database does not accept connections.");

            // A trivial query on a migrated table: proves the schema is there, not only the server.
            _ = await db.Users.AsNoTracking().AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy("The database answers queries.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The exception goes to the log, not into the public response (it can name hosts and databases).
            logger.LogError(ex, "Database health check failed");
            return HealthCheckResult.Unhealthy("The database query failed.");
        }
    }
}
