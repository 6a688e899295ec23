using System.Data.Common;
using System.Globalization;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BankRecon.Application.Statements;

/// <summary>
/// Gives SQLite a larger page cache for the duration of one import, on the import's own connection. The lines go into
/// the unique (bank account, dedup key) index in hash order when a file has no bank references (every CSV), so with
/// SQLite's default 2 MB cache a large import keeps evicting and re-reading index pages and spills dirty pages to disk
/// in the middle of the transaction. The cache size is memory only: durability (journal, synchronous) is unchanged.
/// The previous size is put back afterwards, because the connection returns to the pool.
/// </summary>
internal static class ImportPageCache
{
    /// <summary>64 MB, in SQLite's "negative means KiB" notation.</summary>
    internal const long ImportCacheKib = 64 * 1024;

    /// <summary>Raises the cache when it is smaller; returns the value to restore, or null when nothing was changed.</summary>
    public static async Task<long?> EnlargeAsync(BankReconDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsSqlite()) return null;
        var previous = Convert.ToInt64(await ScalarAsync(db, "PRAGMA cache_size", cancellationToken), CultureInfo.InvariantCulture);
        // Positive values count pages (4 KiB by default), negative ones KiB.
        var previousKib = previous < 0 ? -previous : previous * 4;
        if (previousKib >= ImportCacheKib) return null;
        await ScalarAsync(db, "PRAGMA cache_size = " + (-ImportCacheKib).ToString(CultureInfo.InvariantCulture), cancellationToken);
        return previous;
    }

    public static async Task RestoreAsync(BankReconDbContext db, long? previous)
    {
        if (previous is not { } value) return;
        try
        {
            await ScalarAsync(db, "PRAGMA cache_size = " + value.ToString(CultureInfo.InvariantCulture), CancellationToken.None);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            // Runs in the import's finally: a broken connection must not hide the import's own error. A connection that
            // keeps the larger cache only uses more memory, and is discarded when broken anyway.
        }
    }

    private static async Task<object?> ScalarAsync(BankReconDbContext db, string sql, CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        await using DbCommand command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }
}
