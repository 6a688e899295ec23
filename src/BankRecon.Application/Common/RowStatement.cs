using System.Text;
using BankRecon.Persistence;

namespace BankRecon.Application.Common;

/// <summary>
/// One single-row statement (an UPDATE or DELETE by key) run for many rows inside the caller's transaction, with
/// parameters bound through the EF model's type mappings (<see cref="EntityColumn"/>). SQLite prepares it once and
/// re-executes it per row (in process, no round trip); other providers get the rows' statements joined into one
/// command per chunk, which the driver sends as one batch (one round trip).
/// </summary>
internal static class RowStatement
{
    private const int MaxParametersPerCommand = 30_000;
    private const int MaxRowsPerCommand = 500;

    /// <summary>Runs the statement for every row and returns the number of rows the database reports as affected.</summary>
    /// <param name="db">The context whose connection and current transaction are used.</param>
    /// <param name="table">The table, for its provider and SQL helper.</param>
    /// <param name="sql">The statement for one row; the placeholder of its i-th parameter is <c>name(i)</c>.</param>
    /// <param name="parameters">The column whose type mapping binds each parameter (a column may appear twice: new and old value).</param>
    /// <param name="rows">Per row, the CLR values of the parameters, in order.</param>
    /// <param name="cancellationToken">Cancels between commands.</param>
    public static async Task<int> ExecuteAsync(BankReconDbContext db, EntityTable table, Func<Func<int, string>, string> sql,
        IReadOnlyList<EntityColumn> parameters, IReadOnlyList<object?[]> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0) return 0;
        var affected = 0;
        if (table.IsSqlite)
        {
            await using var command = EntityTable.Command(db, sql(i => table.Placeholder(EntityTable.ParameterName(0, i))));
            for (var i = 0; i < parameters.Count; i++) command.Parameters.Add(parameters[i].CreateParameter(command, table.Sql.GenerateParameterName(EntityTable.ParameterName(0, i))));
            foreach (var row in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                for (var i = 0; i < parameters.Count; i++) command.Parameters[i].Value = parameters[i].ToProvider(row[i]);
                // Microsoft.Data.Sqlite has no real async I/O: the synchronous call saves a task per row.
                affected += command.ExecuteNonQuery();
            }

            return affected;
        }

        var rowsPerCommand = Math.Clamp(MaxParametersPerCommand / Math.Max(1, parameters.Count), 1, MaxRowsPerCommand);
        for (var start = 0; start < rows.Count; start += rowsPerCommand)
        {
            var count = Math.Min(rowsPerCommand, rows.Count - start);
            var text = new StringBuilder();
            for (var r = 0; r < count; r++)
            {
                var row = r;
                text.Append(sql(i => table.Placeholder(EntityTable.ParameterName(row, i)))).Append(";\n");
            }

            await using var command = EntityTable.Command(db, text.ToString());
            for (var r = 0; r < count; r++)
            {
                for (var i = 0; i < parameters.Count; i++)
                {
                    var parameter = parameters[i].CreateParameter(command, table.Sql.GenerateParameterName(EntityTable.ParameterName(r, i)));
                    parameter.Value = parameters[i].ToProvider(rows[start + r][i]);
                    command.Parameters.Add(parameter);
                }
            }

            affected += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return affected;
    }
}
