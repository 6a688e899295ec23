using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BankRecon.Persistence.Migrations;

/// <summary>The warnings of a statement import (gaps, duplicates skipped), kept for the import result page.</summary>
[DbContext(typeof(BankReconDbContext))]
[Migration("20261122090000_AddStatementImportWarnings")]
public sealed class AddStatementImportWarnings : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>(name: "Warnings", table: "StatementImports", maxLength: 8000, nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // SQLite cannot drop a column without a table rebuild; the unused column stays there (docs/database/migrations.md).
        if (!migrationBuilder.ProviderIsSqlite())
            migrationBuilder.DropColumn(name: "Warnings", table: "StatementImports");
    }
}
