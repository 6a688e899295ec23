using System.Data.Common;
using System.Text;
using BankRecon.Domain.Ledger;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BankRecon.Application.Ledger;

/// <summary>
/// Inserts many new ledger entries with multi-row INSERT statements inside the caller's open database transaction.
/// EF Core's change tracker sends one INSERT per entity, which makes a 10 000-line statement (about 70 000 entries)
/// take several seconds; this does the same in a few hundred statements. Columns, value conversions (dates, UTC
/// instants, decimals on SQLite, enums) and parameters all come from the EF model's own type mappings, so the rows
/// are exactly what SaveChanges would have written. The entities are not tracked afterwards: they are new and final.
/// </summary>
internal static class LedgerBulkInsert
{
    /// <summary>Below this many entries the change tracker is fast enough and simpler to reason about.</summary>
    public const int Threshold = 256;

    // SQLite allows 32 766 parameters per statement, PostgreSQL 65 535: stay well below both.
    private const int MaxParameters = 30_000;
    private const int MaxRowsPerStatement = 1_000;

    public static async Task InsertAsync(BankReconDbContext db, IEnumerable<LedgerEntry> entries, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Ledger entries are bulk-inserted only inside the posting's database transaction.");
        var connection = db.Database.GetDbConnection();
        var sql = db.GetService<ISqlGenerationHelper>();

        // SQLite looks parameters up by name with a linear search, so a statement with many of them costs quadratic time:
        // SQLite gets a one-row statement, prepared once and re-executed (in-process, no round trip); PostgreSQL gets
        // large multi-row statements (one round trip each).
        var synchronous = db.Database.IsSqlite();
        var maxRows = synchronous ? 1 : MaxRowsPerStatement;
        foreach (var group in entries.GroupBy(e => e.GetType()))
        {
            var entityType = db.Model.FindEntityType(group.Key)
                ?? throw new InvalidOperationException($"{group.Key.Name} is not part of the model.");
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var columns = entityType.GetProperties().Where(p => p.GetColumnName(table) is not null).ToList();
            if (columns.Any(p => p.IsShadowProperty()))
                throw new InvalidOperationException($"{group.Key.Name} has shadow properties; it cannot be bulk-inserted.");

            var rowsPerStatement = Math.Max(1, Math.Min(maxRows, MaxParameters / columns.Count));
            var getters = columns.Select(c => c.GetGetter()).ToArray();
            var converters = columns.Select(c => c.GetRelationalTypeMapping().Converter).ToArray();
            DbCommand? command = null;
            try
            {
                foreach (var chunk in group.Chunk(rowsPerStatement))
                {
                    if (command is null || command.Parameters.Count != chunk.Length * columns.Count)
                    {
                        if (command is not null) await command.DisposeAsync();
                        command = CreateCommand(connection, transaction.GetDbTransaction(), sql, table, columns, chunk);
                        cancellationToken.ThrowIfCancellationRequested();
                    }
                    else
                    {
                        SetValues(command, getters, converters, chunk);
                    }

                    // SQLite runs in-process and its async API is synchronous underneath: skip the async overhead per row.
                    if (synchronous) command.ExecuteNonQuery();
                    else await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }
            finally
            {
                if (command is not null) await command.DisposeAsync();
            }
        }
    }

    private static DbCommand CreateCommand(DbConnection connection, DbTransaction transaction, ISqlGenerationHelper sql, StoreObjectIdentifier table,
        List<IProperty> columns, LedgerEntry[] rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandTimeout = 120;
        var text = new StringBuilder($"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.GetColumnName(table)!)))}) VALUES ");
        var index = 0;
        for (var row = 0; row < rows.Length; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                var name = "p" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
                index++;
                if (c > 0) text.Append(", ");
                text.Append(sql.GenerateParameterNamePlaceholder(name));
                var value = columns[c].GetGetter().GetClrValueUsingContainingEntity(rows[row]);
                command.Parameters.Add(CreateParameter(command, columns[c], sql.GenerateParameterName(name), value));
            }

            text.Append(')');
        }

        command.CommandText = text.ToString();
        return command;
    }

    /// <summary>Re-uses a prepared statement of the same shape: new values, converted as the type mapping converts them.</summary>
    private static void SetValues(DbCommand command, IClrPropertyGetter[] getters, ValueConverter?[] converters, LedgerEntry[] rows)
    {
        var index = 0;
        foreach (var row in rows)
        {
            for (var c = 0; c < getters.Length; c++)
            {
                var value = getters[c].GetClrValueUsingContainingEntity(row);
                if (converters[c] is { } converter && value is not null) value = converter.ConvertToProvider(value);
                command.Parameters[index++].Value = value ?? DBNull.Value;
            }
        }
    }

    /// <summary>The parameter EF itself would send: the property's type mapping applies its value converter.</summary>
    private static DbParameter CreateParameter(DbCommand command, IProperty property, string name, object? value) =>
        property.GetRelationalTypeMapping().CreateParameter(command, name, value, property.IsNullable);
}
