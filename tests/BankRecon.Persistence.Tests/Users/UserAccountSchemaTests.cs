using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Persistence.Tests.Users;

/// <summary>
/// The hand-written migration 20261121120000_CreateUserAccounts must produce exactly the table the EF model
/// describes: same columns in the same order, types, nullability, key and indexes.
/// </summary>
public sealed class UserAccountSchemaTests
{
    [Fact]
    public async Task Migrated_table_matches_the_model()
    {
        var migrated = await DescribeAsync(migrate: true);
        var modelled = await DescribeAsync(migrate: false);

        Assert.Equal(modelled.Columns, migrated.Columns);
        Assert.Equal(modelled.Indexes, migrated.Indexes);
        Assert.Contains("UserName|TEXT|1|0", migrated.Columns);
        Assert.Contains("IX_UserAccounts_NormalizedUserName|unique=1|NormalizedUserName", migrated.Indexes);
    }

    [Fact]
    public void Migration_is_registered_under_its_id()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var db = new BankReconDbContext(new DbContextOptionsBuilder<BankReconDbContext>().UseSqlite(connection).Options);

        Assert.Contains("20261121120000_CreateUserAccounts", db.Database.GetMigrations());
    }

    private static async Task<(List<string> Columns, List<string> Indexes)> DescribeAsync(bool migrate)
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using (var db = new BankReconDbContext(new DbContextOptionsBuilder<BankReconDbContext>().UseSqlite(connection).Options))
        {
            if (migrate) await db.Database.MigrateAsync();
            else await db.Database.EnsureCreatedAsync();
        }

        var columns = await QueryAsync(connection, "SELECT cid, name, type, \"notnull\", pk FROM pragma_table_info('UserAccounts') ORDER BY cid",
            r => $"{r.GetString(1)}|{r.GetString(2)}|{r.GetInt64(3)}|{r.GetInt64(4)}");
        var indexes = await QueryAsync(connection,
            "SELECT il.name, il.\"unique\", group_concat(ii.name, ',') FROM pragma_index_list('UserAccounts') il " +
            "JOIN pragma_index_info(il.name) ii GROUP BY il.name, il.\"unique\" ORDER BY il.name",
            r => $"{r.GetString(0)}|unique={r.GetInt64(1)}|{r.GetString(2)}");
        return (columns, indexes);
    }

    private static async Task<List<string>> QueryAsync(SqliteConnection connection, string sql, Func<SqliteDataReader, string> read)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }
}
