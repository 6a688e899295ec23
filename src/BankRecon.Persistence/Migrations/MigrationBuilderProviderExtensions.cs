using Microsoft.EntityFrameworkCore.Migrations;

namespace BankRecon.Persistence.Migrations;

/// <summary>The only place a migration may branch on the provider.</summary>
public static class MigrationBuilderProviderExtensions
{
    public static bool ProviderIsSqlite(this MigrationBuilder migrationBuilder) =>
        migrationBuilder.ActiveProvider == DatabaseProviders.SqliteAssembly;

    public static bool ProviderIsPostgreSql(this MigrationBuilder migrationBuilder) =>
        migrationBuilder.ActiveProvider == DatabaseProviders.PostgreSqlAssembly;

    public static bool ProviderIsSqlServer(this MigrationBuilder migrationBuilder) =>
        migrationBuilder.ActiveProvider == DatabaseProviders.SqlServerAssembly;
}
