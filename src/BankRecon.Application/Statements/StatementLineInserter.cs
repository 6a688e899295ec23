using System.Data.Common;
using System.Linq.Expressions;
using System.Text;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BankRecon.Application.Statements;

/// <summary>
/// Inserts new statement lines in bulk, inside the import's transaction, without the change tracker: at 100 000 lines
/// EF's per-entity tracking and command building cost several times more than the whole parse. The INSERT is built
/// from the EF model (table, columns, type mappings, value converters), so it follows the configuration and the
/// migrations exactly, and parameters are bound the way EF binds them. SQLite reuses one prepared single-row INSERT
/// (in-process, so per-row calls are cheap); PostgreSQL sends multi-row INSERTs to save round trips. New lines have
/// no applications yet, so only the StatementLines table is written.
/// </summary>
internal sealed class StatementLineInserter
{
    private const int MaxParametersPerCommand = 30_000;

    private readonly BankReconDbContext _db;
    private readonly Column[] _columns;
    private readonly string _table;
    private readonly ISqlGenerationHelper _sql;
    private readonly bool _sqlite;
    private DbCommand? _prepared;

    public StatementLineInserter(BankReconDbContext db)
    {
        _db = db;
        _sql = db.GetService<ISqlGenerationHelper>();
        _sqlite = db.Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";
        var entity = db.Model.FindEntityType(typeof(StatementLine)) ?? throw new InvalidOperationException("StatementLine is not in the model.");
        var tableName = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(tableName, entity.GetSchema());
        _table = _sql.DelimitIdentifier(tableName, entity.GetSchema());
        var parameter = Expression.Parameter(typeof(StatementLine), "line");
        _columns = [.. entity.GetProperties().Select(p =>
        {
            var property = p.PropertyInfo ?? throw new InvalidOperationException($"StatementLine.{p.Name} is a shadow property; the bulk insert cannot read it.");
            var getter = Expression.Lambda<Func<StatementLine, object?>>(Expression.Convert(Expression.Property(parameter, property), typeof(object)), parameter).Compile();
            var mapping = p.GetRelationalTypeMapping();
            return new Column(_sql.DelimitIdentifier(p.GetColumnName(store)!), getter, mapping, mapping.Converter ?? p.GetValueConverter(), p.IsNullable);
        })];
    }

    public async Task InsertAsync(IReadOnlyList<StatementLine> lines, CancellationToken cancellationToken)
    {
        if (lines.Count == 0) return;
        var connection = _db.Database.GetDbConnection();
        var transaction = _db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Statement lines are only inserted inside the import's transaction.");
        if (_sqlite) await InsertOneByOneAsync(connection, transaction, lines, cancellationToken);
        else await InsertMultiRowAsync(connection, transaction, lines, cancellationToken);
    }

    private async Task InsertOneByOneAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<StatementLine> lines, CancellationToken cancellationToken)
    {
        if (_prepared is null || _prepared.Transaction != transaction)
        {
            _prepared?.Dispose();
            _prepared = connection.CreateCommand();
            _prepared.CommandText = Insert(1);
            for (var c = 0; c < _columns.Length; c++)
            {
                // Created through the type mapping so that it is configured as EF configures it (e.g. GUIDs as TEXT on SQLite).
                _prepared.Parameters.Add(_columns[c].Mapping.CreateParameter(_prepared, _sql.GenerateParameterName(Name(0, c)), null, _columns[c].Nullable));
            }
        }

        _prepared.Transaction = transaction;
        foreach (var line in lines)
        {
            for (var c = 0; c < _columns.Length; c++) _prepared.Parameters[c].Value = _columns[c].ProviderValue(line);
            await _prepared.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task InsertMultiRowAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<StatementLine> lines, CancellationToken cancellationToken)
    {
        var rowsPerCommand = Math.Max(1, MaxParametersPerCommand / _columns.Length);
        for (var start = 0; start < lines.Count; start += rowsPerCommand)
        {
            var count = Math.Min(rowsPerCommand, lines.Count - start);
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Insert(count);
            for (var r = 0; r < count; r++)
            {
                var line = lines[start + r];
                for (var c = 0; c < _columns.Length; c++)
                {
                    var parameter = _columns[c].Mapping.CreateParameter(command, _sql.GenerateParameterName(Name(r, c)), null, _columns[c].Nullable);
                    parameter.Value = _columns[c].ProviderValue(line);
                    command.Parameters.Add(parameter);
                }
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private string Insert(int rows)
    {
        var sql = new StringBuilder("INSERT INTO ").Append(_table).Append(" (").AppendJoin(", ", _columns.Select(c => c.Name)).Append(") VALUES ");
        for (var r = 0; r < rows; r++)
        {
            if (r > 0) sql.Append(", ");
            sql.Append('(');
            for (var c = 0; c < _columns.Length; c++)
            {
                if (c > 0) sql.Append(", ");
                sql.Append(_sql.GenerateParameterNamePlaceholder(Name(r, c)));
            }

            sql.Append(')');
        }

        return sql.ToString();
    }

    private static string Name(int row, int column) => "p" + row.ToString(System.Globalization.CultureInfo.InvariantCulture) + "_" + column.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private sealed record Column(string Name, Func<StatementLine, object?> Get, RelationalTypeMapping Mapping, ValueConverter? Converter, bool Nullable)
    {
        /// <summary>The value as EF would send it: through the property's converter; enums as their number.</summary>
        public object ProviderValue(StatementLine line)
        {
            var value = Get(line);
            if (value is not null && Converter is not null) value = Converter.ConvertToProvider(value);
            if (value is Enum e) value = Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), System.Globalization.CultureInfo.InvariantCulture);
            return value ?? DBNull.Value;
        }
    }
}
