using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BankRecon.Application.Ledger;

/// <summary>
/// Runs a posting in one database transaction, all or nothing. Postings queue for the ledger counters first, as
/// Business Central locks its G/L Entry table: on SQLite the write transaction does that, on PostgreSQL a row lock
/// on the counters. When another posting still changed the same entries at the same moment (optimistic concurrency),
/// the work is thrown away and done again on fresh data, a few times, before the user is told.
/// </summary>
public static class PostingRetry
{
    public const int Attempts = 5;

    /// <summary>Optimistic-concurrency conflicts, SQLite's "database is locked", PostgreSQL serialization failures, deadlocks and number-series races.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        DbUpdateConcurrencyException => true,
        DbUpdateException { InnerException: { } inner } => IsTransient(inner),
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode is 5 or 6,
        // 23505: two postings took the same document number from a number series before either saved.
        Npgsql.PostgresException postgres => postgres.SqlState is "40001" or "40P01" or "23505",
        _ => false,
    };

    public static async Task<Result<T>> RunAsync<T>(BankReconDbContext db, Func<CancellationToken, Task<Result<T>>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using IDbContextTransaction transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                await QueueForTheCountersAsync(db, cancellationToken);
                var result = await work(cancellationToken);
                if (!result.Succeeded)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    return result;
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception ex) when (IsTransient(ex) && attempt < Attempts)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                // Jittered, so that posters who collided once do not collide again in step.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(10, 30) * attempt), cancellationToken);
            }
            catch (Exception ex) when (IsTransient(ex))
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return Result<T>.Conflict("posting.concurrent", "Someone else posted to the same records at the same moment. Nothing was posted; please try again.");
            }
        }
    }

    /// <summary>
    /// On PostgreSQL (read committed) every statement sees the latest commits, so a posting that waited for the lock
    /// reads the counters its predecessor left and does not conflict. SQLite's transaction is a write lock already.
    /// </summary>
    private static async Task QueueForTheCountersAsync(BankReconDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql()) return;
        await db.Database.ExecuteSqlRawAsync(
            "SELECT 1 FROM \"LedgerCounters\" WHERE \"Id\" = {0} FOR UPDATE", [LedgerCounters.SingletonId], cancellationToken);
    }
}
