using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace BankRecon.Persistence;

/// <summary>
/// SQLite's built-in lower() and upper() fold ASCII letters only: a search for "ålesund" missed "Ålesund Båtutstyr AS"
/// and "ØSTLANDET" was not the same text-to-account mapping as "østlandet", while PostgreSQL folds all of Unicode. Every
/// SQLite connection gets both functions replaced by .NET's invariant case mapping, so searches behave alike on both.
/// </summary>
public static class SqliteUnicodeCase
{
    /// <summary>Registers the functions on <paramref name="connection"/>; Microsoft.Data.Sqlite keeps them across opens.</summary>
    public static void Register(SqliteConnection connection)
    {
        connection.CreateFunction<string?, string?>("lower", static text => text?.ToLowerInvariant(), isDeterministic: true);
        connection.CreateFunction<string?, string?>("upper", static text => text?.ToUpperInvariant(), isDeterministic: true);
    }

    /// <summary>Registers the functions on each connection EF creates from a connection string.</summary>
    internal sealed class Interceptor : DbConnectionInterceptor
    {
        public static readonly Interceptor Instance = new();

        public override DbConnection ConnectionCreated(ConnectionCreatedEventData eventData, DbConnection result)
        {
            if (result is SqliteConnection sqlite) Register(sqlite);
            return result;
        }
    }
}
