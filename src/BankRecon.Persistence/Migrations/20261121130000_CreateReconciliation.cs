using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BankRecon.Persistence.Migrations;

/// <summary>
/// Payment reconciliation: imported files, journals, statement lines with their applications, the payment application
/// rules (filled with Business Central's 25 defaults by the application when empty, as BC does) and text-to-account mappings; plus the bank account's saved CSV
/// profile. Hand-written and provider-neutral.
/// </summary>
[DbContext(typeof(BankReconDbContext))]
[Migration("20261121130000_CreateReconciliation")]
public sealed class CreateReconciliation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(name: "CsvProfileJson", table: "BankAccounts", maxLength: 8000, nullable: true);

        migrationBuilder.CreateTable(
            name: "MatchingRules",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Confidence = table.Column<int>(nullable: false),
                Priority = table.Column<int>(nullable: false),
                RelatedParty = table.Column<int>(nullable: false),
                DocumentNo = table.Column<int>(nullable: false),
                AmountInclTolerance = table.Column<int>(nullable: false),
                DirectDebit = table.Column<int>(nullable: false),
                ReviewRequired = table.Column<bool>(nullable: false),
                ApplyImmediately = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MatchingRules", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "TextToAccountMappings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                MappingText = table.Column<string>(nullable: false, maxLength: 250),
                AccountType = table.Column<int>(nullable: false),
                DebitAccountNo = table.Column<string>(nullable: true, maxLength: 20),
                CreditAccountNo = table.Column<string>(nullable: true, maxLength: 20),
                CreatedBy = table.Column<string>(nullable: false, maxLength: 100),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TextToAccountMappings", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "StatementImports",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                BankAccountId = table.Column<Guid>(nullable: false),
                FileName = table.Column<string>(nullable: false, maxLength: 255),
                Sha256 = table.Column<string>(nullable: false, maxLength: 64, unicode: false),
                Format = table.Column<string>(nullable: false, maxLength: 16),
                SizeBytes = table.Column<long>(nullable: false),
                ImportedBy = table.Column<string>(nullable: false, maxLength: 100),
                ImportedAtUtc = table.Column<DateTime>(nullable: false),
                StatementCount = table.Column<int>(nullable: false),
                LineCount = table.Column<int>(nullable: false),
                NewLineCount = table.Column<int>(nullable: false),
                DuplicateLineCount = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StatementImports", x => x.Id);
                table.ForeignKey(
                    name: "FK_StatementImports_BankAccounts_BankAccountId",
                    column: x => x.BankAccountId,
                    principalTable: "BankAccounts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "PaymentReconciliationJournals",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                No = table.Column<string>(nullable: false, maxLength: 20),
                BankAccountId = table.Column<Guid>(nullable: false),
                Currency = table.Column<string>(nullable: false, maxLength: 3, fixedLength: true, unicode: false),
                StatementNo = table.Column<string>(nullable: false, maxLength: 20),
                StatementDate = table.Column<DateOnly>(nullable: false),
                BalanceLastStatement = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                StatementEndingBalance = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                StatementImportId = table.Column<Guid>(nullable: true),
                Status = table.Column<int>(nullable: false),
                CreatedBy = table.Column<string>(nullable: false, maxLength: 100),
                CreatedAtUtc = table.Column<DateTime>(nullable: false),
                AppliedBy = table.Column<string>(nullable: true, maxLength: 100),
                AppliedAtUtc = table.Column<DateTime>(nullable: true),
                PostedBy = table.Column<string>(nullable: true, maxLength: 100),
                PostedAtUtc = table.Column<DateTime>(nullable: true),
                PostedTransactionNo = table.Column<long>(nullable: true),
                Reconciled = table.Column<bool>(nullable: false),
                ReversedBy = table.Column<string>(nullable: true, maxLength: 100),
                ReversedAtUtc = table.Column<DateTime>(nullable: true),
                ReversalTransactionNo = table.Column<long>(nullable: true),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PaymentReconciliationJournals", x => x.Id);
                table.ForeignKey(
                    name: "FK_PaymentReconciliationJournals_BankAccounts_BankAccountId",
                    column: x => x.BankAccountId,
                    principalTable: "BankAccounts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_PaymentReconciliationJournals_StatementImports",
                    column: x => x.StatementImportId,
                    principalTable: "StatementImports",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "StatementLines",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                JournalId = table.Column<Guid>(nullable: false),
                BankAccountId = table.Column<Guid>(nullable: false),
                LineNo = table.Column<int>(nullable: false),
                DedupKey = table.Column<string>(nullable: false, maxLength: 200),
                ParentLineId = table.Column<Guid>(nullable: true),
                BookingDate = table.Column<DateOnly>(nullable: false),
                ValueDate = table.Column<DateOnly>(nullable: true),
                Amount = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                Currency = table.Column<string>(nullable: false, maxLength: 3, fixedLength: true, unicode: false),
                OriginalAmount = table.Column<decimal>(nullable: true, precision: 19, scale: 4),
                OriginalCurrency = table.Column<string>(nullable: true, maxLength: 3, fixedLength: true, unicode: false),
                ExchangeRate = table.Column<decimal>(nullable: true, precision: 19, scale: 8),
                Description = table.Column<string>(nullable: true, maxLength: 1000),
                CounterpartyName = table.Column<string>(nullable: true, maxLength: 250),
                CounterpartyAccount = table.Column<string>(nullable: true, maxLength: 70),
                Reference = table.Column<string>(nullable: true, maxLength: 70),
                ReferenceType = table.Column<string>(nullable: true, maxLength: 35),
                EndToEndId = table.Column<string>(nullable: true, maxLength: 70),
                BankReference = table.Column<string>(nullable: true, maxLength: 70),
                BankTransactionCode = table.Column<string>(nullable: true, maxLength: 70),
                IsReversal = table.Column<bool>(nullable: false),
                SourceLocation = table.Column<string>(nullable: true, maxLength: 250),
                AccountType = table.Column<int>(nullable: false),
                AccountNo = table.Column<string>(nullable: true, maxLength: 20),
                Confidence = table.Column<int>(nullable: false),
                Rule = table.Column<string>(nullable: true, maxLength: 200),
                Explanation = table.Column<string>(nullable: true, maxLength: 8000),
                ReviewRequired = table.Column<bool>(nullable: false),
                AppliedBy = table.Column<string>(nullable: true, maxLength: 100),
                AppliedAtUtc = table.Column<DateTime>(nullable: true),
                AppliedAmount = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StatementLines", x => x.Id);
                table.ForeignKey(
                    name: "FK_StatementLines_PaymentReconciliationJournals_JournalId",
                    column: x => x.JournalId,
                    principalTable: "PaymentReconciliationJournals",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "AppliedPaymentEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                LedgerEntryId = table.Column<Guid>(nullable: true),
                DocumentNo = table.Column<string>(nullable: true, maxLength: 35),
                AppliedAmount = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                AppliedPmtDiscount = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                StatementLineId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AppliedPaymentEntries", x => x.Id);
                table.ForeignKey(
                    name: "FK_AppliedPaymentEntries_StatementLines_StatementLineId",
                    column: x => x.StatementLineId,
                    principalTable: "StatementLines",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(name: "IX_AppliedPaymentEntries_LedgerEntryId", table: "AppliedPaymentEntries", column: "LedgerEntryId");
        migrationBuilder.CreateIndex(name: "IX_AppliedPaymentEntries_StatementLineId", table: "AppliedPaymentEntries", column: "StatementLineId");
        migrationBuilder.CreateIndex(name: "IX_MatchingRules_Confidence_Priority", table: "MatchingRules", columns: new[] { "Confidence", "Priority" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_PaymentReconciliationJournals_BankAccountId_Status", table: "PaymentReconciliationJournals", columns: new[] { "BankAccountId", "Status" });
        migrationBuilder.CreateIndex(name: "IX_PaymentReconciliationJournals_No", table: "PaymentReconciliationJournals", column: "No", unique: true);
        migrationBuilder.CreateIndex(name: "IX_PaymentReconciliationJournals_StatementImportId", table: "PaymentReconciliationJournals", column: "StatementImportId");
        migrationBuilder.CreateIndex(name: "IX_StatementImports_BankAccountId", table: "StatementImports", column: "BankAccountId");
        migrationBuilder.CreateIndex(name: "IX_StatementImports_Sha256", table: "StatementImports", column: "Sha256", unique: true);
        migrationBuilder.CreateIndex(name: "IX_StatementLines_BankAccountId_DedupKey", table: "StatementLines", columns: new[] { "BankAccountId", "DedupKey" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_StatementLines_JournalId_Confidence", table: "StatementLines", columns: new[] { "JournalId", "Confidence" });
        migrationBuilder.CreateIndex(name: "IX_StatementLines_JournalId_LineNo", table: "StatementLines", columns: new[] { "JournalId", "LineNo" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_TextToAccountMappings_MappingText", table: "TextToAccountMappings", column: "MappingText", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AppliedPaymentEntries");
        migrationBuilder.DropTable(name: "StatementLines");
        migrationBuilder.DropTable(name: "PaymentReconciliationJournals");
        migrationBuilder.DropTable(name: "StatementImports");
        migrationBuilder.DropTable(name: "TextToAccountMappings");
        migrationBuilder.DropTable(name: "MatchingRules");
        if (!migrationBuilder.ProviderIsSqlite())
        {
            migrationBuilder.DropColumn(name: "CsvProfileJson", table: "BankAccounts");
        }
    }
}
