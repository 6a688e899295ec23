using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BankRecon.Persistence.Migrations;

/// <summary>
/// A covering index for the journal page's figures: counting and summing a 10 000-line journal reads this index
/// (a few hundred KB) instead of every wide line row (explanations included), on every page view.
/// </summary>
[DbContext(typeof(BankReconDbContext))]
[Migration("20261122100000_AddStatementLineFiguresIndex")]
public sealed class AddStatementLineFiguresIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.CreateIndex(
            name: "IX_StatementLines_Figures",
            table: "StatementLines",
            columns: ["JournalId", "AccountType", "ReviewRequired", "Amount", "AppliedAmount"]);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropIndex(name: "IX_StatementLines_Figures", table: "StatementLines");
}
