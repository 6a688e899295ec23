using System.Data.Common;
using System.Globalization;
using BankRecon.Application.Statements;
using BankRecon.Persistence;
using BankRecon.TestKit.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace BankRecon.Application.Tests.Statements;

public sealed class ImportPageCacheTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.All), MemberType = typeof(TestDatabases))]
    public async Task Import_cache_is_raised_for_the_transaction_and_put_back_afterwards(string provider)
    {
        await using var host = await ApplicationHost.CreateAsync(provider);

        var sizes = await host.QueryAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var before = db.Database.IsSqlite() ? await CacheSizeAsync(db) : 0L;
            var previous = await ImportPageCache.EnlargeAsync(db, CancellationToken.None);
            var during = db.Database.IsSqlite() ? await CacheSizeAsync(db) : 0L;
            await ImportPageCache.RestoreAsync(db, previous);
            var after = db.Database.IsSqlite() ? await CacheSizeAsync(db) : 0L;
            return (Sqlite: db.Database.IsSqlite(), Previous: previous, Before: before, During: during, After: after);
        });

        if (sizes.Sqlite)
        {
            Assert.Equal(sizes.Before, sizes.Previous);
            Assert.Equal(-ImportPageCache.ImportCacheKib, sizes.During);
            Assert.Equal(sizes.Before, sizes.After);
        }
        else
        {
            // Only SQLite's page cache is per connection and small by default; other providers are left alone.
            Assert.Null(sizes.Previous);
        }
    }

    private static async Task<long> CacheSizeAsync(BankReconDbContext db)
    {
        await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = "PRAGMA cache_size";
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }
}
