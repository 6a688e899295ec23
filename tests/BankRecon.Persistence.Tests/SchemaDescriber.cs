using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Persistence.Tests;

/// <summary>Describes a live schema as sorted text lines (tables, columns, indexes, foreign keys) so two can be diffed.</summary>
internal static class SchemaDescriber
{
    public static async Task<IReadOnlyList<string>> DescribeAsync(BankReconDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            return db.Database.ProviderName == DatabaseProviders.SqliteAssembly
                ? await DescribeSqliteAsync(connection)
                : await DescribePostgresAsync(connection);
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<IReadOnlyList<string>> DescribeSqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'");
        foreach (var table in tables.Select(t => t[0]))
        {
            lines.Add($"table {table}");
            foreach (var c in await QueryAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')"))
                lines.Add($"column {table}.{c[0]} {c[1]} notnull={c[2]} pk={c[3]}");
            foreach (var i in await QueryAsync(connection, $"SELECT name, \"unique\", origin FROM pragma_index_list('{table}')"))
            {
                var cols = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{i[0]}') ORDER BY seqno");
                lines.Add($"index {table}.{i[0]} unique={i[1]} origin={i[2]} ({string.Join(",", cols.Select(x => x[0]))})");
            }

            foreach (var f in await QueryAsync(connection, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')"))
                lines.Add($"fk {table}.{f[1]} -> {f[0]}.{f[2]} on delete {f[3]}");
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<IReadOnlyList<string>> DescribePostgresAsync(DbConnection connection)
    {
        var lines = new List<string>();
        foreach (var c in await QueryAsync(connection, """
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, ''), coalesce(numeric_precision::text, ''),
                   coalesce(numeric_scale::text, ''), is_nullable, coalesce(column_default, '')
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory'
            """))
            lines.Add($"column {c[0]}.{c[1]} {c[2]}({c[3]},{c[4]},{c[5]}) nullable={c[6]} default={c[7]}");
        foreach (var i in await QueryAsync(connection, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '__EFMigrationsHistory'"))
            lines.Add($"index {i[0]}.{i[1]} {i[2]}");
        foreach (var k in await QueryAsync(connection, """
            SELECT tc.table_name, tc.constraint_name, tc.constraint_type, coalesce(rc.delete_rule, '')
            FROM information_schema.table_constraints tc
            LEFT JOIN information_schema.referential_constraints rc ON rc.constraint_name = tc.constraint_name AND rc.constraint_schema = tc.constraint_schema
            WHERE tc.table_schema = 'public' AND tc.table_name <> '__EFMigrationsHistory' AND tc.constraint_type IN ('PRIMARY KEY', 'FOREIGN KEY', 'UNIQUE')
            """))
            lines.Add($"constraint {k[0]}.{k[1]} {k[2]} {k[3]}");
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "";
            rows.Add(row);
        }

        return rows;
    }

    public static string Diff(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var builder = new StringBuilder();
        foreach (var line in expected.Except(actual, StringComparer.Ordinal)) builder.AppendLine("- model only:      " + line);
        foreach (var line in actual.Except(expected, StringComparer.Ordinal)) builder.AppendLine("+ migrations only: " + line);
        return builder.ToString();
    }
}
