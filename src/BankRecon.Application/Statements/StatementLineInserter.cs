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
/// (in process, so calls are cheap); PostgreSQL sends multi-row INSERTs to save round trips. New lines have
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
        if (_sqlite) await InsertPreparedAsync(connection, transaction, lines, cancellationToken);
        else await InsertMultiRowAsync(connection, transaction, lines, cancellationToken);
    }

    private async Task InsertPreparedAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<StatementLine> lines, CancellationToken cancellationToken)
    {
        // One row per statement: Microsoft.Data.Sqlite matches parameters by name, which grows with the square of the
        // parameter count, so multi-row INSERTs are slower here, not faster.
        var command = Prepared(ref _prepared, connection, transaction, 1);
        for (var index = 0; index < lines.Count; index++)
        {
            Bind(command, lines, index, 1);
            await ExecuteAsync(command, cancellationToken);
        }
    }

    private static Task ExecuteAsync(DbCommand command, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // Microsoft.Data.Sqlite runs in process and has no real async I/O: the synchronous call saves a task per insert.
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    private void Bind(DbCommand command, IReadOnlyList<StatementLine> lines, int start, int rows)
    {
        var parameters = command.Parameters;
        var p = 0;
        for (var r = 0; r < rows; r++)
        {
            var line = lines[start + r];
            for (var c = 0; c < _columns.Length; c++) parameters[p++].Value = _columns[c].ProviderValue(line);
        }
    }

    private DbCommand Prepared(ref DbCommand? command, DbConnection connection, DbTransaction transaction, int rows)
    {
        if (command is not null && command.Transaction == transaction) return command;
        command?.Dispose();
        command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Insert(rows);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < _columns.Length; c++)
            {
                // Created through the type mapping so that it is configured as EF configures it (e.g. GUIDs as TEXT on SQLite).
                command.Parameters.Add(_columns[c].Mapping.CreateParameter(command, _sql.GenerateParameterName(Name(r, c)), null, _columns[c].Nullable));
            }
        }

        return command;
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
