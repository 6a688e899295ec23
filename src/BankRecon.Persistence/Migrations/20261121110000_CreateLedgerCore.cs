using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace BankRecon.Persistence.Migrations;

/// <summary>
/// The ledger core: company, currencies, chart of accounts, posting setup, number series, customers and vendors with
/// their bank accounts, company bank accounts, G/L / customer / vendor / detailed / bank ledger entries, G/L registers
/// and posted documents. Hand-written and provider-neutral (CLR types, lengths and precision only; keys are
/// application-generated GUIDs, so there are no identity columns).
/// </summary>
[DbContext(typeof(BankReconDbContext))]
[Migration("20261121110000_CreateLedgerCore")]
public sealed class CreateLedgerCore : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "CompanySettings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(nullable: false, maxLength: 100),
                LocalCurrency = table.Column<string>(nullable: false, maxLength: 3, fixedLength: true, unicode: false),
                CountryCode = table.Column<string>(nullable: false, maxLength: 2),
                TimeZoneId = table.Column<string>(nullable: false, maxLength: 64),
                PaymentTolerancePercent = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                MaxPaymentToleranceAmount = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                PaymentDiscountGraceDays = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CompanySettings", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "DetailedLedgerEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PartyType = table.Column<int>(nullable: false),
                LedgerEntryId = table.Column<Guid>(nullable: false),
                PartyId = table.Column<Guid>(nullable: false),
                EntryType = table.Column<int>(nullable: false),
                Currency = table.Column<string>(nullable: false, maxLength: 3, fixedLength: true, unicode: false),
                Amount = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                AmountLocal = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                AppliedLedgerEntryId = table.Column<Guid>(nullable: true),
                Unapplied = table.Column<bool>(nullable: false),
                Version = table.Column<int>(nullable: false),
                EntryNo = table.Column<long>(nullable: false),
                TransactionNo = table.Column<long>(nullable: false),
                PostingDate = table.Column<DateOnly>(nullable: false),
                DocumentType = table.Column<int>(nullable: false),
                DocumentNo = table.Column<string>(nullable: false, maxLength: 35),
                Description = table.Column<string>(nullable: false, maxLength: 250),
                PostedBy = table.Column<string>(nullable: false, maxLength: 100),
                PostedAtUtc = table.Column<DateTime>(nullable: false),
                Reversed = table.Column<bool>(nullable: false),
                ReversedByEntryNo = table.Column<long>(nullable: true),
                ReversesEntryNo = table.Column<long>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DetailedLedgerEntries", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "ExchangeRates",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Currency = table.Column<string>(nullable: false, maxLength: 3, fixedLength: true, unicode: false),
                StartingDate = table.Column<DateOnly>(nullable: false),
                LocalPerUnit = table.Column<decimal>(nullable: false, precision: 19, scale: 8),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ExchangeRates", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "GlAccounts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                No = table.Column<string>(nullable: false, maxLength: 20),
                Name = table.Column<string>(nullable: false, maxLength: 100),
                AccountType = table.Column<int>(nullable: false),
                Category = table.Column<int>(nullable: false),
                DirectPosting = table.Column<bool>(nullable: false),
                Blocked = table.Column<bool>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GlAccounts", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "GlRegisters",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                TransactionNo = table.Column<long>(nullable: false),
                SourceCode = table.Column<string>(nullable: false, maxLength: 20),
                DocumentNo = table.Column<string>(nullable: false, maxLength: 35),
                PostingDate = table.Column<DateOnly>(nullable: false),
                FromGlEntryNo = table.Column<long>(nullable: false),
                ToGlEntryNo = table.Column<long>(nullable: false),
                PostedBy = table.Column<string>(nullable: false, maxLength: 100),
                PostedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GlRegisters", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "LedgerCounters",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                LastTransactionNo = table.Column<long>(nullable: false),
                LastGlEntryNo = table.Column<long>(nullable: false),
                LastCustomerEntryNo = table.Column<long>(nullable: false),
                LastVendorEntryNo = table.Column<long>(nullable: false),
                LastBankEntryNo = table.Column<long>(nullable: false),
                LastDetailedEntryNo = table.Column<long>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_LedgerCounters", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "NumberSeries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(nullable: false, maxLength: 20),
                Description = table.Column<string>(nullable: false, maxLength: 100),
                Prefix = table.Column<string>(nullable: false, maxLength: 20),
                LastNumber = table.Column<long>(nullable: false),
                Digits = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_NumberSeries", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "PaymentTerms",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Code = table.Column<string>(nullable: false, maxLength: 20),
                Description = table.Column<string>(nullable: false, maxLength: 100),
                DueDateFormula = table.Column<string>(nullable: false, maxLength: 32),
                DiscountPercent = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                DiscountDateFormula = table.Column<string>(nullable: true, maxLength: 32),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PaymentTerms", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "PostedDocuments",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Kind = table.Column<int>(nullable: false),
                No = table.Column<string>(nullable: false, maxLength: 35),
                PartyId = table.Column<Guid>(nullable: false),
                PartyNo = table.Column<string>(nullable: false, maxLength: 20),
                PartyName = table.Column<string>(nullable: false, maxLength: 100),
                PostingDate = table.Column<DateOnly>(nullable: false),
                DocumentDate = table.Column<DateOnly>(nullable: false),
                DueDate = table.Column<DateOnly>(nullable: false),
                Currency = table.Column<string>(nullable: false, maxLength: 3, fixedLength: true, unicode: false),
                TotalAmount = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                ExternalDocumentNo = table.Column<string>(nullable: true, maxLength: 35),
                PaymentReference = table.Column<string>(nullable: true, maxLength: 35),
                PaymentBankAccountId = table.Column<Guid>(nullable: true),
                LedgerEntryId = table.Column<Guid>(nullable: false),
                PostedBy = table.Column<string>(nullable: false, maxLength: 100),
                PostedAtUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PostedDocuments", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "PostingSetups",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ReceivablesAccountId = table.Column<Guid>(nullable: false),
                PayablesAccountId = table.Column<Guid>(nullable: false),
                SalesAccountId = table.Column<Guid>(nullable: false),
                PurchasesAccountId = table.Column<Guid>(nullable: false),
                PaymentDiscountGrantedAccountId = table.Column<Guid>(nullable: false),
                PaymentDiscountReceivedAccountId = table.Column<Guid>(nullable: false),
                PaymentToleranceAccountId = table.Column<Guid>(nullable: false),
                RoundingAccountId = table.Column<Guid>(nullable: false),
                RealizedFxGainAccountId = table.Column<Guid>(nullable: false),
                RealizedFxLossAccountId = table.Column<Guid>(nullable: false),
                BankChargesAccountId = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PostingSetups", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "BankAccounts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                No = table.Column<string>(nullable: false, maxLength: 20),
                Name = table.Column<string>(nullable: false, maxLength: 100),
                Iban = table.Column<string>(nullable: true, maxLength: 34),
                DomesticAccountNo = table.Column<string>(nullable: true, maxLength: 34),
                Bic = table.Column<string>(nullable: true, maxLength: 11),
                Currency = table.Column<string>(nullable: false, maxLength: 3, fixedLength: true, unicode: false),
                GlAccountId = table.Column<Guid>(nullable: false),
                LastStatementNo = table.Column<string>(nullable: true, maxLength: 20),
                BalanceLastStatement = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                LastPaymentStatementNo = table.Column<string>(nullable: true, maxLength: 20),
                MatchToleranceType = table.Column<int>(nullable: false),
                MatchToleranceValue = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                PaymentReferenceKind = table.Column<int>(nullable: false),
                Blocked = table.Column<bool>(nullable: false),
                Version = table.Column<int>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BankAccounts", x => x.Id);
                table.ForeignKey(
                    name: "FK_BankAccounts_GlAccounts_GlAccountId",
                    column: x => x.GlAccountId,
                    principalTable: "GlAccounts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "GlEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                GlAccountId = table.Column<Guid>(nullable: false),
                Amount = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                SourceType = table.Column<int>(nullable: false),
                SourceNo = table.Column<string>(nullable: true, maxLength: 20),
                Version = table.Column<int>(nullable: false),
                EntryNo = table.Column<long>(nullable: false),
                TransactionNo = table.Column<long>(nullable: false),
                PostingDate = table.Column<DateOnly>(nullable: false),
                DocumentType = table.Column<int>(nullable: false),
                DocumentNo = table.Column<string>(nullable: false, maxLength: 35),
                Description = table.Column<string>(nullable: false, maxLength: 250),
                PostedBy = table.Column<string>(nullable: false, maxLength: 100),
                PostedAtUtc = table.Column<DateTime>(nullable: false),
                Reversed = table.Column<bool>(nullable: false),
                ReversedByEntryNo = table.Column<long>(nullable: true),
                ReversesEntryNo = table.Column<long>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_GlEntries", x => x.Id);
                table.ForeignKey(
                    name: "FK_GlEntries_GlAccounts_GlAccountId",
                    column: x => x.GlAccountId,
                    principalTable: "GlAccounts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Customers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                No = table.Column<string>(nullable: false, maxLength: 20),
                Name = table.Column<string>(nullable: false, maxLength: 100),
                Address = table.Column<string>(nullable: true, maxLength: 100),
                PostCode = table.Column<string>(nullable: true, maxLength: 20),
                City = table.Column<string>(nullable: true, maxLength: 60),
                CountryCode = table.Column<string>(nullable: false, maxLength: 2),
                Currency = table.Column<string>(nullable: true, maxLength: 3, fixedLength: true, unicode: false),
                PaymentTermsId = table.Column<Guid>(nullable: true),
                Email = table.Column<string>(nullable: true, maxLength: 120),
                OrganizationNo = table.Column<string>(nullable: true, maxLength: 30),
                Blocked = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Customers", x => x.Id);
                table.ForeignKey(
                    name: "FK_Customers_PaymentTerms_PaymentTermsId",
                    column: x => x.PaymentTermsId,
                    principalTable: "PaymentTerms",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Vendors",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                No = table.Column<string>(nullable: false, maxLength: 20),
                Name = table.Column<string>(nullable: false, maxLength: 100),
                Address = table.Column<string>(nullable: true, maxLength: 100),
                PostCode = table.Column<string>(nullable: true, maxLength: 20),
                City = table.Column<string>(nullable: true, maxLength: 60),
                CountryCode = table.Column<string>(nullable: false, maxLength: 2),
                Currency = table.Column<string>(nullable: true, maxLength: 3, fixedLength: true, unicode: false),
                PaymentTermsId = table.Column<Guid>(nullable: true),
                Email = table.Column<string>(nullable: true, maxLength: 120),
                OrganizationNo = table.Column<string>(nullable: true, maxLength: 30),
                Blocked = table.Column<bool>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Vendors", x => x.Id);
                table.ForeignKey(
                    name: "FK_Vendors_PaymentTerms_PaymentTermsId",
                    column: x => x.PaymentTermsId,
                    principalTable: "PaymentTerms",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "PostedDocumentLines",
            columns: table => new
            {
                LineNo = table.Column<int>(nullable: false),
                PostedDocumentId = table.Column<Guid>(nullable: false),
                Description = table.Column<string>(nullable: false, maxLength: 250),
                GlAccountId = table.Column<Guid>(nullable: false),
                Amount = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_PostedDocumentLines", x => new { x.PostedDocumentId, x.LineNo });
                table.ForeignKey(
                    name: "FK_PostedDocumentLines_PostedDocuments_PostedDocumentId",
                    column: x => x.PostedDocumentId,
                    principalTable: "PostedDocuments",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "BankAccountLedgerEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                BankAccountId = table.Column<Guid>(nullable: false),
                Currency = table.Column<string>(nullable: false, maxLength: 3, fixedLength: true, unicode: false),
                Amount = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                AmountLocal = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                RemainingAmount = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                Open = table.Column<bool>(nullable: false),
                StatementStatus = table.Column<int>(nullable: false),
                StatementNo = table.Column<string>(nullable: true, maxLength: 20),
                StatementLineNo = table.Column<int>(nullable: true),
                ClosedAtDate = table.Column<DateOnly>(nullable: true),
                BalancingType = table.Column<int>(nullable: false),
                BalancingNo = table.Column<string>(nullable: true, maxLength: 20),
                ExternalDocumentNo = table.Column<string>(nullable: true, maxLength: 35),
                Version = table.Column<int>(nullable: false),
                EntryNo = table.Column<long>(nullable: false),
                TransactionNo = table.Column<long>(nullable: false),
                PostingDate = table.Column<DateOnly>(nullable: false),
                DocumentType = table.Column<int>(nullable: false),
                DocumentNo = table.Column<string>(nullable: false, maxLength: 35),
                Description = table.Column<string>(nullable: false, maxLength: 250),
                PostedBy = table.Column<string>(nullable: false, maxLength: 100),
                PostedAtUtc = table.Column<DateTime>(nullable: false),
                Reversed = table.Column<bool>(nullable: false),
                ReversedByEntryNo = table.Column<long>(nullable: true),
                ReversesEntryNo = table.Column<long>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_BankAccountLedgerEntries", x => x.Id);
                table.ForeignKey(
                    name: "FK_BankAccountLedgerEntries_BankAccounts_BankAccountId",
                    column: x => x.BankAccountId,
                    principalTable: "BankAccounts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "CustomerBankAccounts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AccountNumber = table.Column<string>(nullable: false, maxLength: 34),
                Bic = table.Column<string>(nullable: true, maxLength: 11),
                CustomerId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CustomerBankAccounts", x => x.Id);
                table.ForeignKey(
                    name: "FK_CustomerBankAccounts_Customers_CustomerId",
                    column: x => x.CustomerId,
                    principalTable: "Customers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "CustomerLedgerEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                LastIssuedReminderLevel = table.Column<int>(nullable: false),
                Version = table.Column<int>(nullable: false),
                EntryNo = table.Column<long>(nullable: false),
                TransactionNo = table.Column<long>(nullable: false),
                PostingDate = table.Column<DateOnly>(nullable: false),
                DocumentType = table.Column<int>(nullable: false),
                DocumentNo = table.Column<string>(nullable: false, maxLength: 35),
                Description = table.Column<string>(nullable: false, maxLength: 250),
                PostedBy = table.Column<string>(nullable: false, maxLength: 100),
                PostedAtUtc = table.Column<DateTime>(nullable: false),
                Reversed = table.Column<bool>(nullable: false),
                ReversedByEntryNo = table.Column<long>(nullable: true),
                ReversesEntryNo = table.Column<long>(nullable: true),
                CustomerId = table.Column<Guid>(nullable: false),
                ExternalDocumentNo = table.Column<string>(nullable: true, maxLength: 35),
                DocumentDate = table.Column<DateOnly>(nullable: false),
                DueDate = table.Column<DateOnly>(nullable: false),
                Currency = table.Column<string>(nullable: false, maxLength: 3, fixedLength: true, unicode: false),
                Amount = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                AmountLocal = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                RemainingAmount = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                Open = table.Column<bool>(nullable: false),
                PmtDiscountDate = table.Column<DateOnly>(nullable: true),
                OriginalPmtDiscountPossible = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                RemainingPmtDiscountPossible = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                MaxPaymentTolerance = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                PaymentReference = table.Column<string>(nullable: true, maxLength: 35),
                ClosedAtDate = table.Column<DateOnly>(nullable: true),
                ClosedByEntryNo = table.Column<long>(nullable: true),
                OnHold = table.Column<string>(nullable: true, maxLength: 10),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CustomerLedgerEntries", x => x.Id);
                table.ForeignKey(
                    name: "FK_CustomerLedgerEntries_Customers_CustomerId",
                    column: x => x.CustomerId,
                    principalTable: "Customers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "VendorBankAccounts",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                AccountNumber = table.Column<string>(nullable: false, maxLength: 34),
                Bic = table.Column<string>(nullable: true, maxLength: 11),
                VendorId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_VendorBankAccounts", x => x.Id);
                table.ForeignKey(
                    name: "FK_VendorBankAccounts_Vendors_VendorId",
                    column: x => x.VendorId,
                    principalTable: "Vendors",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "VendorLedgerEntries",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                EntryNo = table.Column<long>(nullable: false),
                TransactionNo = table.Column<long>(nullable: false),
                PostingDate = table.Column<DateOnly>(nullable: false),
                DocumentType = table.Column<int>(nullable: false),
                DocumentNo = table.Column<string>(nullable: false, maxLength: 35),
                Description = table.Column<string>(nullable: false, maxLength: 250),
                PostedBy = table.Column<string>(nullable: false, maxLength: 100),
                PostedAtUtc = table.Column<DateTime>(nullable: false),
                Reversed = table.Column<bool>(nullable: false),
                ReversedByEntryNo = table.Column<long>(nullable: true),
                ReversesEntryNo = table.Column<long>(nullable: true),
                VendorId = table.Column<Guid>(nullable: false),
                ExternalDocumentNo = table.Column<string>(nullable: true, maxLength: 35),
                DocumentDate = table.Column<DateOnly>(nullable: false),
                DueDate = table.Column<DateOnly>(nullable: false),
                Currency = table.Column<string>(nullable: false, maxLength: 3, fixedLength: true, unicode: false),
                Amount = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                AmountLocal = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                RemainingAmount = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                Open = table.Column<bool>(nullable: false),
                PmtDiscountDate = table.Column<DateOnly>(nullable: true),
                OriginalPmtDiscountPossible = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                RemainingPmtDiscountPossible = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                MaxPaymentTolerance = table.Column<decimal>(nullable: false, precision: 19, scale: 4),
                PaymentReference = table.Column<string>(nullable: true, maxLength: 35),
                ClosedAtDate = table.Column<DateOnly>(nullable: true),
                ClosedByEntryNo = table.Column<long>(nullable: true),
                OnHold = table.Column<string>(nullable: true, maxLength: 10),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_VendorLedgerEntries", x => x.Id);
                table.ForeignKey(
                    name: "FK_VendorLedgerEntries_Vendors_VendorId",
                    column: x => x.VendorId,
                    principalTable: "Vendors",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(name: "IX_BankAccountLedgerEntries_BankAccountId_Open", table: "BankAccountLedgerEntries", columns: new[] { "BankAccountId", "Open" });
        migrationBuilder.CreateIndex(name: "IX_BankAccountLedgerEntries_BankAccountId_PostingDate", table: "BankAccountLedgerEntries", columns: new[] { "BankAccountId", "PostingDate" });
        migrationBuilder.CreateIndex(name: "IX_BankAccountLedgerEntries_DocumentNo", table: "BankAccountLedgerEntries", column: "DocumentNo");
        migrationBuilder.CreateIndex(name: "IX_BankAccountLedgerEntries_EntryNo", table: "BankAccountLedgerEntries", column: "EntryNo", unique: true);
        migrationBuilder.CreateIndex(name: "IX_BankAccountLedgerEntries_TransactionNo", table: "BankAccountLedgerEntries", column: "TransactionNo");
        migrationBuilder.CreateIndex(name: "IX_BankAccounts_GlAccountId", table: "BankAccounts", column: "GlAccountId");
        migrationBuilder.CreateIndex(name: "IX_BankAccounts_No", table: "BankAccounts", column: "No", unique: true);
        migrationBuilder.CreateIndex(name: "IX_CustomerBankAccounts_AccountNumber", table: "CustomerBankAccounts", column: "AccountNumber");
        migrationBuilder.CreateIndex(name: "IX_CustomerBankAccounts_CustomerId", table: "CustomerBankAccounts", column: "CustomerId");
        migrationBuilder.CreateIndex(name: "IX_CustomerLedgerEntries_CustomerId_Open", table: "CustomerLedgerEntries", columns: new[] { "CustomerId", "Open" });
        migrationBuilder.CreateIndex(name: "IX_CustomerLedgerEntries_DocumentNo", table: "CustomerLedgerEntries", column: "DocumentNo");
        migrationBuilder.CreateIndex(name: "IX_CustomerLedgerEntries_EntryNo", table: "CustomerLedgerEntries", column: "EntryNo", unique: true);
        migrationBuilder.CreateIndex(name: "IX_CustomerLedgerEntries_Open_DueDate", table: "CustomerLedgerEntries", columns: new[] { "Open", "DueDate" });
        migrationBuilder.CreateIndex(name: "IX_CustomerLedgerEntries_PaymentReference", table: "CustomerLedgerEntries", column: "PaymentReference");
        migrationBuilder.CreateIndex(name: "IX_CustomerLedgerEntries_TransactionNo", table: "CustomerLedgerEntries", column: "TransactionNo");
        migrationBuilder.CreateIndex(name: "IX_Customers_Name", table: "Customers", column: "Name");
        migrationBuilder.CreateIndex(name: "IX_Customers_No", table: "Customers", column: "No", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Customers_PaymentTermsId", table: "Customers", column: "PaymentTermsId");
        migrationBuilder.CreateIndex(name: "IX_DetailedLedgerEntries_DocumentNo", table: "DetailedLedgerEntries", column: "DocumentNo");
        migrationBuilder.CreateIndex(name: "IX_DetailedLedgerEntries_EntryNo", table: "DetailedLedgerEntries", column: "EntryNo", unique: true);
        migrationBuilder.CreateIndex(name: "IX_DetailedLedgerEntries_PartyType_LedgerEntryId", table: "DetailedLedgerEntries", columns: new[] { "PartyType", "LedgerEntryId" });
        migrationBuilder.CreateIndex(name: "IX_DetailedLedgerEntries_TransactionNo", table: "DetailedLedgerEntries", column: "TransactionNo");
        migrationBuilder.CreateIndex(name: "IX_ExchangeRates_Currency_StartingDate", table: "ExchangeRates", columns: new[] { "Currency", "StartingDate" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_GlAccounts_No", table: "GlAccounts", column: "No", unique: true);
        migrationBuilder.CreateIndex(name: "IX_GlEntries_DocumentNo", table: "GlEntries", column: "DocumentNo");
        migrationBuilder.CreateIndex(name: "IX_GlEntries_EntryNo", table: "GlEntries", column: "EntryNo", unique: true);
        migrationBuilder.CreateIndex(name: "IX_GlEntries_GlAccountId_PostingDate", table: "GlEntries", columns: new[] { "GlAccountId", "PostingDate" });
        migrationBuilder.CreateIndex(name: "IX_GlEntries_TransactionNo", table: "GlEntries", column: "TransactionNo");
        migrationBuilder.CreateIndex(name: "IX_GlRegisters_TransactionNo", table: "GlRegisters", column: "TransactionNo", unique: true);
        migrationBuilder.CreateIndex(name: "IX_NumberSeries_Code", table: "NumberSeries", column: "Code", unique: true);
        migrationBuilder.CreateIndex(name: "IX_PaymentTerms_Code", table: "PaymentTerms", column: "Code", unique: true);
        migrationBuilder.CreateIndex(name: "IX_PostedDocuments_Kind_No", table: "PostedDocuments", columns: new[] { "Kind", "No" }, unique: true);
        migrationBuilder.CreateIndex(name: "IX_PostedDocuments_PartyId", table: "PostedDocuments", column: "PartyId");
        migrationBuilder.CreateIndex(name: "IX_VendorBankAccounts_AccountNumber", table: "VendorBankAccounts", column: "AccountNumber");
        migrationBuilder.CreateIndex(name: "IX_VendorBankAccounts_VendorId", table: "VendorBankAccounts", column: "VendorId");
        migrationBuilder.CreateIndex(name: "IX_VendorLedgerEntries_DocumentNo", table: "VendorLedgerEntries", column: "DocumentNo");
        migrationBuilder.CreateIndex(name: "IX_VendorLedgerEntries_EntryNo", table: "VendorLedgerEntries", column: "EntryNo", unique: true);
        migrationBuilder.CreateIndex(name: "IX_VendorLedgerEntries_Open_DueDate", table: "VendorLedgerEntries", columns: new[] { "Open", "DueDate" });
        migrationBuilder.CreateIndex(name: "IX_VendorLedgerEntries_PaymentReference", table: "VendorLedgerEntries", column: "PaymentReference");
        migrationBuilder.CreateIndex(name: "IX_VendorLedgerEntries_TransactionNo", table: "VendorLedgerEntries", column: "TransactionNo");
        migrationBuilder.CreateIndex(name: "IX_VendorLedgerEntries_VendorId_Open", table: "VendorLedgerEntries", columns: new[] { "VendorId", "Open" });
        migrationBuilder.CreateIndex(name: "IX_Vendors_Name", table: "Vendors", column: "Name");
        migrationBuilder.CreateIndex(name: "IX_Vendors_No", table: "Vendors", column: "No", unique: true);
        migrationBuilder.CreateIndex(name: "IX_Vendors_PaymentTermsId", table: "Vendors", column: "PaymentTermsId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "VendorLedgerEntries");
        migrationBuilder.DropTable(name: "VendorBankAccounts");
        migrationBuilder.DropTable(name: "CustomerLedgerEntries");
        migrationBuilder.DropTable(name: "CustomerBankAccounts");
        migrationBuilder.DropTable(name: "BankAccountLedgerEntries");
        migrationBuilder.DropTable(name: "PostedDocumentLines");
        migrationBuilder.DropTable(name: "Vendors");
        migrationBuilder.DropTable(name: "Customers");
        migrationBuilder.DropTable(name: "GlEntries");
        migrationBuilder.DropTable(name: "BankAccounts");
        migrationBuilder.DropTable(name: "PostingSetups");
        migrationBuilder.DropTable(name: "PostedDocuments");
        migrationBuilder.DropTable(name: "PaymentTerms");
        migrationBuilder.DropTable(name: "NumberSeries");
        migrationBuilder.DropTable(name: "LedgerCounters");
        migrationBuilder.DropTable(name: "GlRegisters");
        migrationBuilder.DropTable(name: "GlAccounts");
        migrationBuilder.DropTable(name: "ExchangeRates");
        migrationBuilder.DropTable(name: "DetailedLedgerEntries");
        migrationBuilder.DropTable(name: "CompanySettings");
    }
}
