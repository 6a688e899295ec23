using BankRecon.Domain.Common;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BankRecon.Application.Ledger;

/// <summary>
/// Runs a posting in one database transaction, all or nothing. When another posting took the same ledger counters or
/// changed the same entries at the same moment (optimistic concurrency), the work is thrown away and done again on
/// fresh data, a few times, before the user is told.
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
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), cancellationToken);
            }
            catch (Exception ex) when (IsTransient(ex))
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return Result<T>.Conflict("posting.concurrent", "Someone else posted to the same records at the same moment. Nothing was posted; please try again.");
            }
        }
    }
}
