using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BankRecon.Persistence.Migrations;

/// <summary>Users who can sign in (see Configurations/UserAccountConfiguration.cs).</summary>
[DbContext(typeof(BankReconDbContext))]
[Migration("20261121120000_CreateUserAccounts")]
public sealed class CreateUserAccounts : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "UserAccounts",
            columns: table => new
            {
                // Column order follows the entity's property order, as EF's own migrations would (drift test).
                Id = table.Column<Guid>(nullable: false),
                UserName = table.Column<string>(maxLength: 64, nullable: false),
                NormalizedUserName = table.Column<string>(maxLength: 64, nullable: false),
                DisplayName = table.Column<string>(maxLength: 128, nullable: false),
                Role = table.Column<string>(maxLength: 32, nullable: false),
                PasswordHash = table.Column<string>(maxLength: 512, nullable: false),
                SecurityStamp = table.Column<string>(maxLength: 36, nullable: false),
                FailedSignInCount = table.Column<int>(nullable: false),
                LockoutEndUtc = table.Column<DateTime>(nullable: true),
                PreferredCulture = table.Column<string>(maxLength: 16, nullable: true),
                IsDemo = table.Column<bool>(nullable: false),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_UserAccounts", x => x.Id));

        migrationBuilder.CreateIndex(
            name: "IX_UserAccounts_NormalizedUserName",
            table: "UserAccounts",
            column: "NormalizedUserName",
            unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropTable(name: "UserAccounts");
}
