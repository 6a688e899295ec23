using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BankRecon.Application.Common;

/// <summary>
/// One entity type's table and columns as the EF model maps them, for the few places that write many rows with
/// hand-built ADO.NET commands (bulk inserts, the proposals of "Apply automatically"): names are delimited by the
/// provider, and values and parameters go through the model's own type mappings and value converters, so a row is
/// exactly what SaveChanges would have written. Built once per model and entity type.
/// </summary>
internal sealed class EntityTable
{
    private static readonly ConcurrentDictionary<(IModel Model, Type Type), EntityTable> Cache = new();

    private readonly Dictionary<string, EntityColumn> _byProperty;

    private EntityTable(IEntityType entityType, ISqlGenerationHelper sql, bool sqlite)
    {
        Sql = sql;
        IsSqlite = sqlite;
        var store = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        Name = sql.DelimitIdentifier(store.Name, store.Schema);
        Columns = [.. entityType.GetProperties()
            .Where(p => p.GetColumnName(store) is not null)
            .Select(p => new EntityColumn(p, sql.DelimitIdentifier(p.GetColumnName(store)!)))];
        _byProperty = Columns.ToDictionary(c => c.Property.Name, StringComparer.Ordinal);
    }

    /// <summary>The delimited table name (with its schema, if any).</summary>
    public string Name { get; }

    public IReadOnlyList<EntityColumn> Columns { get; }

    public ISqlGenerationHelper Sql { get; }

    /// <summary>
    /// Microsoft.Data.Sqlite runs in process and binds parameters by name with a linear search: one-row statements,
    /// prepared once and re-executed, beat multi-row ones there. Other providers want fewer round trips.
    /// </summary>
    public bool IsSqlite { get; }

    public static EntityTable For(DbContext db, Type clrType) =>
        Cache.GetOrAdd((db.Model, clrType), key => new EntityTable(
            key.Model.FindEntityType(key.Type) ?? throw new InvalidOperationException($"{key.Type.Name} is not part of the model."),
            db.GetService<ISqlGenerationHelper>(),
            db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite"));

    public EntityColumn Column(string propertyName) =>
        _byProperty.TryGetValue(propertyName, out var column) ? column : throw new InvalidOperationException($"{propertyName} is not a column of {Name}.");

    /// <summary>A parameter placeholder in SQL ("@p3_1" or "$1"-style, as the provider writes it).</summary>
    public string Placeholder(string name) => Sql.GenerateParameterNamePlaceholder(name);

    /// <summary>"p{row}_{column}": unique within one command.</summary>
    public static string ParameterName(int row, int column) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"p{row}_{column}");

    /// <summary>A command on the context's connection, enlisted in its current transaction.</summary>
    public static DbCommand Command(DbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Bulk writes run only inside the caller's database transaction.");
        command.CommandTimeout = db.Database.GetCommandTimeout() ?? 120;
        command.CommandText = sql;
        return command;
    }
}
