using System.Data.Common;
using System.Text;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore.Storage;

namespace BankRecon.Application.Common;

/// <summary>
/// Inserts many new rows of one entity type inside the caller's open database transaction, without the change
/// tracker: EF's per-entity tracking and command building cost several times more than the inserts themselves at
/// tens of thousands of rows (statement import, large postings, the applications of "Apply automatically"). The
/// INSERT is built from the EF model (<see cref="EntityTable"/>), so it follows the configuration and the migrations
/// exactly. The rows are not tracked afterwards.
/// <para>
/// SQLite reuses one prepared single-row INSERT (in process, so calls are cheap; Microsoft.Data.Sqlite matches
/// parameters by name with a linear search, so multi-row statements are slower there, not faster), and columns that
/// hold the same value on every row of the call are SQL literals, which leaves fewer parameters to bind. Other
/// providers get multi-row INSERTs, to save round trips.
/// </para>
/// </summary>
internal sealed class BulkInserter : IDisposable
{
    // SQLite allows 32 766 parameters per statement, PostgreSQL 65 535: stay well below both.
    private const int MaxParametersPerCommand = 30_000;
    private const int MaxRowsPerCommand = 1_000;
    private const int MaxPrepared = 16;

    private readonly BankReconDbContext _db;
    private readonly EntityTable _table;
    private readonly Func<object, EntityColumn, object?>? _shadow;
    private readonly Dictionary<string, DbCommand> _prepared = new(StringComparer.Ordinal);
    private DbTransaction? _preparedTransaction;

    /// <param name="db">The context whose connection and current transaction are used.</param>
    /// <param name="entityType">The entity's CLR type.</param>
    /// <param name="shadow">Values of shadow columns (e.g. an owned entity's foreign key), by row; required when the entity has any.</param>
    public BulkInserter(BankReconDbContext db, Type entityType, Func<object, EntityColumn, object?>? shadow = null)
    {
        _db = db;
        _table = EntityTable.For(db, entityType);
        _shadow = shadow;
        if (shadow is null && _table.Columns.Any(c => c.IsShadow))
            throw new InvalidOperationException($"{entityType.Name} has shadow properties; give their values to bulk-insert it.");
    }

    public async Task InsertAsync(IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return;
        if (_table.IsSqlite) InsertPrepared(rows, cancellationToken);
        else await InsertMultiRowAsync(rows, cancellationToken);
    }

    public void Dispose()
    {
        foreach (var command in _prepared.Values) command.Dispose();
        _prepared.Clear();
    }

    private object? Value(object row, EntityColumn column) => column.IsShadow ? _shadow!(row, column) : column.Get(row);

    private void InsertPrepared(IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        var columns = _table.Columns;
        var variable = new List<int>(columns.Count);
        var literals = new string?[columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var first = Value(rows[0], columns[c]);
            var same = true;
            for (var i = 1; i < rows.Count && same; i++) same = Equals(first, Value(rows[i], columns[c]));
            if (same) literals[c] = columns[c].Literal(first);
            else variable.Add(c);
        }

        var command = PreparedFor(literals, variable);
        var parameters = command.Parameters;
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var p = 0; p < variable.Count; p++) parameters[p].Value = columns[variable[p]].ToProvider(Value(row, columns[variable[p]]));
            // Microsoft.Data.Sqlite has no real async I/O: the synchronous call saves a task per row.
            command.ExecuteNonQuery();
        }
    }

    private DbCommand PreparedFor(string?[] literals, List<int> variable)
    {
        var columns = _table.Columns;
        var sql = new StringBuilder("INSERT INTO ").Append(_table.Name).Append(" (").AppendJoin(", ", columns.Select(c => c.Name)).Append(") VALUES (");
        for (var c = 0; c < columns.Count; c++)
        {
            if (c > 0) sql.Append(", ");
            sql.Append(literals[c] ?? _table.Placeholder(EntityTable.ParameterName(0, c)));
        }

        var text = sql.Append(')').ToString();
        var transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        if (_preparedTransaction != transaction || _prepared.Count > MaxPrepared)
        {
            foreach (var old in _prepared.Values) old.Dispose();
            _prepared.Clear();
            _preparedTransaction = transaction;
        }

        if (_prepared.TryGetValue(text, out var command)) return command;
        command = EntityTable.Command(_db, text);
        foreach (var c in variable) command.Parameters.Add(columns[c].CreateParameter(command, _table.Sql.GenerateParameterName(EntityTable.ParameterName(0, c))));
        _prepared[text] = command;
        return command;
    }

    private async Task InsertMultiRowAsync(IReadOnlyList<object> rows, CancellationToken cancellationToken)
    {
        var columns = _table.Columns;
        var rowsPerCommand = Math.Clamp(MaxParametersPerCommand / columns.Count, 1, MaxRowsPerCommand);
        for (var start = 0; start < rows.Count; start += rowsPerCommand)
        {
            var count = Math.Min(rowsPerCommand, rows.Count - start);
            var sql = new StringBuilder("INSERT INTO ").Append(_table.Name).Append(" (").AppendJoin(", ", columns.Select(c => c.Name)).Append(") VALUES ");
            for (var r = 0; r < count; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    if (c > 0) sql.Append(", ");
                    sql.Append(_table.Placeholder(EntityTable.ParameterName(r, c)));
                }

                sql.Append(')');
            }

            await using var command = EntityTable.Command(_db, sql.ToString());
            for (var r = 0; r < count; r++)
            {
                var row = rows[start + r];
                for (var c = 0; c < columns.Count; c++)
                {
                    var parameter = columns[c].CreateParameter(command, _table.Sql.GenerateParameterName(EntityTable.ParameterName(r, c)));
                    parameter.Value = columns[c].ToProvider(Value(row, columns[c]));
                    command.Parameters.Add(parameter);
                }
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
