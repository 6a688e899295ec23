CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "CompanySettings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CompanySettings" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "LocalCurrency" TEXT NOT NULL,
    "CountryCode" TEXT NOT NULL,
    "TimeZoneId" TEXT NOT NULL,
    "PaymentTolerancePercent" TEXT NOT NULL,
    "MaxPaymentToleranceAmount" TEXT NOT NULL,
    "PaymentDiscountGraceDays" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "DetailedLedgerEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_DetailedLedgerEntries" PRIMARY KEY,
    "PartyType" INTEGER NOT NULL,
    "LedgerEntryId" TEXT NOT NULL,
    "PartyId" TEXT NOT NULL,
    "EntryType" INTEGER NOT NULL,
    "Currency" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "AmountLocal" TEXT NOT NULL,
    "AppliedLedgerEntryId" TEXT NULL,
    "Unapplied" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "EntryNo" INTEGER NOT NULL,
    "TransactionNo" INTEGER NOT NULL,
    "PostingDate" TEXT NOT NULL,
    "DocumentType" INTEGER NOT NULL,
    "DocumentNo" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "PostedBy" TEXT NOT NULL,
    "PostedAtUtc" TEXT NOT NULL,
    "Reversed" INTEGER NOT NULL,
    "ReversedByEntryNo" INTEGER NULL,
    "ReversesEntryNo" INTEGER NULL
);

CREATE TABLE "ExchangeRates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ExchangeRates" PRIMARY KEY,
    "Currency" TEXT NOT NULL,
    "StartingDate" TEXT NOT NULL,
    "LocalPerUnit" TEXT NOT NULL
);

CREATE TABLE "GlAccounts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GlAccounts" PRIMARY KEY,
    "No" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "AccountType" INTEGER NOT NULL,
    "Category" INTEGER NOT NULL,
    "DirectPosting" INTEGER NOT NULL,
    "Blocked" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "GlRegisters" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GlRegisters" PRIMARY KEY,
    "TransactionNo" INTEGER NOT NULL,
    "SourceCode" TEXT NOT NULL,
    "DocumentNo" TEXT NOT NULL,
    "PostingDate" TEXT NOT NULL,
    "FromGlEntryNo" INTEGER NOT NULL,
    "ToGlEntryNo" INTEGER NOT NULL,
    "PostedBy" TEXT NOT NULL,
    "PostedAtUtc" TEXT NOT NULL
);

CREATE TABLE "LedgerCounters" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_LedgerCounters" PRIMARY KEY,
    "LastTransactionNo" INTEGER NOT NULL,
    "LastGlEntryNo" INTEGER NOT NULL,
    "LastCustomerEntryNo" INTEGER NOT NULL,
    "LastVendorEntryNo" INTEGER NOT NULL,
    "LastBankEntryNo" INTEGER NOT NULL,
    "LastDetailedEntryNo" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "NumberSeries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_NumberSeries" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "LastNumber" INTEGER NOT NULL,
    "Digits" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "PaymentTerms" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PaymentTerms" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "DueDateFormula" TEXT NOT NULL,
    "DiscountPercent" TEXT NOT NULL,
    "DiscountDateFormula" TEXT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "PostedDocuments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PostedDocuments" PRIMARY KEY,
    "Kind" INTEGER NOT NULL,
    "No" TEXT NOT NULL,
    "PartyId" TEXT NOT NULL,
    "PartyNo" TEXT NOT NULL,
    "PartyName" TEXT NOT NULL,
    "PostingDate" TEXT NOT NULL,
    "DocumentDate" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "TotalAmount" TEXT NOT NULL,
    "ExternalDocumentNo" TEXT NULL,
    "PaymentReference" TEXT NULL,
    "PaymentBankAccountId" TEXT NULL,
    "LedgerEntryId" TEXT NOT NULL,
    "PostedBy" TEXT NOT NULL,
    "PostedAtUtc" TEXT NOT NULL
);

CREATE TABLE "PostingSetups" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PostingSetups" PRIMARY KEY,
    "ReceivablesAccountId" TEXT NOT NULL,
    "PayablesAccountId" TEXT NOT NULL,
    "SalesAccountId" TEXT NOT NULL,
    "PurchasesAccountId" TEXT NOT NULL,
    "PaymentDiscountGrantedAccountId" TEXT NOT NULL,
    "PaymentDiscountReceivedAccountId" TEXT NOT NULL,
    "PaymentToleranceAccountId" TEXT NOT NULL,
    "RoundingAccountId" TEXT NOT NULL,
    "RealizedFxGainAccountId" TEXT NOT NULL,
    "RealizedFxLossAccountId" TEXT NOT NULL,
    "BankChargesAccountId" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "BankAccounts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_BankAccounts" PRIMARY KEY,
    "No" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Iban" TEXT NULL,
    "DomesticAccountNo" TEXT NULL,
    "Bic" TEXT NULL,
    "Currency" TEXT NOT NULL,
    "GlAccountId" TEXT NOT NULL,
    "LastStatementNo" TEXT NULL,
    "BalanceLastStatement" TEXT NOT NULL,
    "LastPaymentStatementNo" TEXT NULL,
    "MatchToleranceType" INTEGER NOT NULL,
    "MatchToleranceValue" TEXT NOT NULL,
    "PaymentReferenceKind" INTEGER NOT NULL,
    "Blocked" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_BankAccounts_GlAccounts_GlAccountId" FOREIGN KEY ("GlAccountId") REFERENCES "GlAccounts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GlEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_GlEntries" PRIMARY KEY,
    "GlAccountId" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "SourceType" INTEGER NOT NULL,
    "SourceNo" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "EntryNo" INTEGER NOT NULL,
    "TransactionNo" INTEGER NOT NULL,
    "PostingDate" TEXT NOT NULL,
    "DocumentType" INTEGER NOT NULL,
    "DocumentNo" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "PostedBy" TEXT NOT NULL,
    "PostedAtUtc" TEXT NOT NULL,
    "Reversed" INTEGER NOT NULL,
    "ReversedByEntryNo" INTEGER NULL,
    "ReversesEntryNo" INTEGER NULL,
    CONSTRAINT "FK_GlEntries_GlAccounts_GlAccountId" FOREIGN KEY ("GlAccountId") REFERENCES "GlAccounts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Customers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Customers" PRIMARY KEY,
    "Version" INTEGER NOT NULL,
    "No" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Address" TEXT NULL,
    "PostCode" TEXT NULL,
    "City" TEXT NULL,
    "CountryCode" TEXT NOT NULL,
    "Currency" TEXT NULL,
    "PaymentTermsId" TEXT NULL,
    "Email" TEXT NULL,
    "OrganizationNo" TEXT NULL,
    "Blocked" INTEGER NOT NULL,
    CONSTRAINT "FK_Customers_PaymentTerms_PaymentTermsId" FOREIGN KEY ("PaymentTermsId") REFERENCES "PaymentTerms" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Vendors" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Vendors" PRIMARY KEY,
    "Version" INTEGER NOT NULL,
    "No" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Address" TEXT NULL,
    "PostCode" TEXT NULL,
    "City" TEXT NULL,
    "CountryCode" TEXT NOT NULL,
    "Currency" TEXT NULL,
    "PaymentTermsId" TEXT NULL,
    "Email" TEXT NULL,
    "OrganizationNo" TEXT NULL,
    "Blocked" INTEGER NOT NULL,
    CONSTRAINT "FK_Vendors_PaymentTerms_PaymentTermsId" FOREIGN KEY ("PaymentTermsId") REFERENCES "PaymentTerms" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PostedDocumentLines" (
    "LineNo" INTEGER NOT NULL,
    "PostedDocumentId" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "GlAccountId" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    CONSTRAINT "PK_PostedDocumentLines" PRIMARY KEY ("PostedDocumentId", "LineNo"),
    CONSTRAINT "FK_PostedDocumentLines_PostedDocuments_PostedDocumentId" FOREIGN KEY ("PostedDocumentId") REFERENCES "PostedDocuments" ("Id") ON DELETE CASCADE
);

CREATE TABLE "BankAccountLedgerEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_BankAccountLedgerEntries" PRIMARY KEY,
    "BankAccountId" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "AmountLocal" TEXT NOT NULL,
    "RemainingAmount" TEXT NOT NULL,
    "Open" INTEGER NOT NULL,
    "StatementStatus" INTEGER NOT NULL,
    "StatementNo" TEXT NULL,
    "StatementLineNo" INTEGER NULL,
    "ClosedAtDate" TEXT NULL,
    "BalancingType" INTEGER NOT NULL,
    "BalancingNo" TEXT NULL,
    "ExternalDocumentNo" TEXT NULL,
    "Version" INTEGER NOT NULL,
    "EntryNo" INTEGER NOT NULL,
    "TransactionNo" INTEGER NOT NULL,
    "PostingDate" TEXT NOT NULL,
    "DocumentType" INTEGER NOT NULL,
    "DocumentNo" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "PostedBy" TEXT NOT NULL,
    "PostedAtUtc" TEXT NOT NULL,
    "Reversed" INTEGER NOT NULL,
    "ReversedByEntryNo" INTEGER NULL,
    "ReversesEntryNo" INTEGER NULL,
    CONSTRAINT "FK_BankAccountLedgerEntries_BankAccounts_BankAccountId" FOREIGN KEY ("BankAccountId") REFERENCES "BankAccounts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CustomerBankAccounts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CustomerBankAccounts" PRIMARY KEY,
    "AccountNumber" TEXT NOT NULL,
    "Bic" TEXT NULL,
    "CustomerId" TEXT NOT NULL,
    CONSTRAINT "FK_CustomerBankAccounts_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CustomerLedgerEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CustomerLedgerEntries" PRIMARY KEY,
    "LastIssuedReminderLevel" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    "EntryNo" INTEGER NOT NULL,
    "TransactionNo" INTEGER NOT NULL,
    "PostingDate" TEXT NOT NULL,
    "DocumentType" INTEGER NOT NULL,
    "DocumentNo" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "PostedBy" TEXT NOT NULL,
    "PostedAtUtc" TEXT NOT NULL,
    "Reversed" INTEGER NOT NULL,
    "ReversedByEntryNo" INTEGER NULL,
    "ReversesEntryNo" INTEGER NULL,
    "CustomerId" TEXT NOT NULL,
    "ExternalDocumentNo" TEXT NULL,
    "DocumentDate" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "AmountLocal" TEXT NOT NULL,
    "RemainingAmount" TEXT NOT NULL,
    "Open" INTEGER NOT NULL,
    "PmtDiscountDate" TEXT NULL,
    "OriginalPmtDiscountPossible" TEXT NOT NULL,
    "RemainingPmtDiscountPossible" TEXT NOT NULL,
    "MaxPaymentTolerance" TEXT NOT NULL,
    "PaymentReference" TEXT NULL,
    "ClosedAtDate" TEXT NULL,
    "ClosedByEntryNo" INTEGER NULL,
    "OnHold" TEXT NULL,
    CONSTRAINT "FK_CustomerLedgerEntries_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "VendorBankAccounts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_VendorBankAccounts" PRIMARY KEY,
    "AccountNumber" TEXT NOT NULL,
    "Bic" TEXT NULL,
    "VendorId" TEXT NOT NULL,
    CONSTRAINT "FK_VendorBankAccounts_Vendors_VendorId" FOREIGN KEY ("VendorId") REFERENCES "Vendors" ("Id") ON DELETE CASCADE
);

CREATE TABLE "VendorLedgerEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_VendorLedgerEntries" PRIMARY KEY,
    "Version" INTEGER NOT NULL,
    "EntryNo" INTEGER NOT NULL,
    "TransactionNo" INTEGER NOT NULL,
    "PostingDate" TEXT NOT NULL,
    "DocumentType" INTEGER NOT NULL,
    "DocumentNo" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "PostedBy" TEXT NOT NULL,
    "PostedAtUtc" TEXT NOT NULL,
    "Reversed" INTEGER NOT NULL,
    "ReversedByEntryNo" INTEGER NULL,
    "ReversesEntryNo" INTEGER NULL,
    "VendorId" TEXT NOT NULL,
    "ExternalDocumentNo" TEXT NULL,
    "DocumentDate" TEXT NOT NULL,
    "DueDate" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "Amount" TEXT NOT NULL,
    "AmountLocal" TEXT NOT NULL,
    "RemainingAmount" TEXT NOT NULL,
    "Open" INTEGER NOT NULL,
    "PmtDiscountDate" TEXT NULL,
    "OriginalPmtDiscountPossible" TEXT NOT NULL,
    "RemainingPmtDiscountPossible" TEXT NOT NULL,
    "MaxPaymentTolerance" TEXT NOT NULL,
    "PaymentReference" TEXT NULL,
    "ClosedAtDate" TEXT NULL,
    "ClosedByEntryNo" INTEGER NULL,
    "OnHold" TEXT NULL,
    CONSTRAINT "FK_VendorLedgerEntries_Vendors_VendorId" FOREIGN KEY ("VendorId") REFERENCES "Vendors" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_BankAccountLedgerEntries_BankAccountId_Open" ON "BankAccountLedgerEntries" ("BankAccountId", "Open");

CREATE INDEX "IX_BankAccountLedgerEntries_BankAccountId_PostingDate" ON "BankAccountLedgerEntries" ("BankAccountId", "PostingDate");

CREATE INDEX "IX_BankAccountLedgerEntries_DocumentNo" ON "BankAccountLedgerEntries" ("DocumentNo");

CREATE UNIQUE INDEX "IX_BankAccountLedgerEntries_EntryNo" ON "BankAccountLedgerEntries" ("EntryNo");

CREATE INDEX "IX_BankAccountLedgerEntries_TransactionNo" ON "BankAccountLedgerEntries" ("TransactionNo");

CREATE INDEX "IX_BankAccounts_GlAccountId" ON "BankAccounts" ("GlAccountId");

CREATE UNIQUE INDEX "IX_BankAccounts_No" ON "BankAccounts" ("No");

CREATE INDEX "IX_CustomerBankAccounts_AccountNumber" ON "CustomerBankAccounts" ("AccountNumber");

CREATE INDEX "IX_CustomerBankAccounts_CustomerId" ON "CustomerBankAccounts" ("CustomerId");

CREATE INDEX "IX_CustomerLedgerEntries_CustomerId_Open" ON "CustomerLedgerEntries" ("CustomerId", "Open");

CREATE INDEX "IX_CustomerLedgerEntries_DocumentNo" ON "CustomerLedgerEntries" ("DocumentNo");

CREATE UNIQUE INDEX "IX_CustomerLedgerEntries_EntryNo" ON "CustomerLedgerEntries" ("EntryNo");

CREATE INDEX "IX_CustomerLedgerEntries_Open_DueDate" ON "CustomerLedgerEntries" ("Open", "DueDate");

CREATE INDEX "IX_CustomerLedgerEntries_PaymentReference" ON "CustomerLedgerEntries" ("PaymentReference");

CREATE INDEX "IX_CustomerLedgerEntries_TransactionNo" ON "CustomerLedgerEntries" ("TransactionNo");

CREATE INDEX "IX_Customers_Name" ON "Customers" ("Name");

CREATE UNIQUE INDEX "IX_Customers_No" ON "Customers" ("No");

CREATE INDEX "IX_Customers_PaymentTermsId" ON "Customers" ("PaymentTermsId");

CREATE INDEX "IX_DetailedLedgerEntries_DocumentNo" ON "DetailedLedgerEntries" ("DocumentNo");

CREATE UNIQUE INDEX "IX_DetailedLedgerEntries_EntryNo" ON "DetailedLedgerEntries" ("EntryNo");

CREATE INDEX "IX_DetailedLedgerEntries_PartyType_LedgerEntryId" ON "DetailedLedgerEntries" ("PartyType", "LedgerEntryId");

CREATE INDEX "IX_DetailedLedgerEntries_TransactionNo" ON "DetailedLedgerEntries" ("TransactionNo");

CREATE UNIQUE INDEX "IX_ExchangeRates_Currency_StartingDate" ON "ExchangeRates" ("Currency", "StartingDate");

CREATE UNIQUE INDEX "IX_GlAccounts_No" ON "GlAccounts" ("No");

CREATE INDEX "IX_GlEntries_DocumentNo" ON "GlEntries" ("DocumentNo");

CREATE UNIQUE INDEX "IX_GlEntries_EntryNo" ON "GlEntries" ("EntryNo");

CREATE INDEX "IX_GlEntries_GlAccountId_PostingDate" ON "GlEntries" ("GlAccountId", "PostingDate");

CREATE INDEX "IX_GlEntries_TransactionNo" ON "GlEntries" ("TransactionNo");

CREATE UNIQUE INDEX "IX_GlRegisters_TransactionNo" ON "GlRegisters" ("TransactionNo");

CREATE UNIQUE INDEX "IX_NumberSeries_Code" ON "NumberSeries" ("Code");

CREATE UNIQUE INDEX "IX_PaymentTerms_Code" ON "PaymentTerms" ("Code");

CREATE UNIQUE INDEX "IX_PostedDocuments_Kind_No" ON "PostedDocuments" ("Kind", "No");

CREATE INDEX "IX_PostedDocuments_PartyId" ON "PostedDocuments" ("PartyId");

CREATE INDEX "IX_VendorBankAccounts_AccountNumber" ON "VendorBankAccounts" ("AccountNumber");

CREATE INDEX "IX_VendorBankAccounts_VendorId" ON "VendorBankAccounts" ("VendorId");

CREATE INDEX "IX_VendorLedgerEntries_DocumentNo" ON "VendorLedgerEntries" ("DocumentNo");

CREATE UNIQUE INDEX "IX_VendorLedgerEntries_EntryNo" ON "VendorLedgerEntries" ("EntryNo");

CREATE INDEX "IX_VendorLedgerEntries_Open_DueDate" ON "VendorLedgerEntries" ("Open", "DueDate");

CREATE INDEX "IX_VendorLedgerEntries_PaymentReference" ON "VendorLedgerEntries" ("PaymentReference");

CREATE INDEX "IX_VendorLedgerEntries_TransactionNo" ON "VendorLedgerEntries" ("TransactionNo");

CREATE INDEX "IX_VendorLedgerEntries_VendorId_Open" ON "VendorLedgerEntries" ("VendorId", "Open");

CREATE INDEX "IX_Vendors_Name" ON "Vendors" ("Name");

CREATE UNIQUE INDEX "IX_Vendors_No" ON "Vendors" ("No");

CREATE INDEX "IX_Vendors_PaymentTermsId" ON "Vendors" ("PaymentTermsId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121110000_CreateLedgerCore', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "UserAccounts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_UserAccounts" PRIMARY KEY,
    "UserName" TEXT NOT NULL,
    "NormalizedUserName" TEXT NOT NULL,
    "DisplayName" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "PasswordHash" TEXT NOT NULL,
    "SecurityStamp" TEXT NOT NULL,
    "FailedSignInCount" INTEGER NOT NULL,
    "LockoutEndUtc" TEXT NULL,
    "PreferredCulture" TEXT NULL,
    "IsDemo" INTEGER NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE UNIQUE INDEX "IX_UserAccounts_NormalizedUserName" ON "UserAccounts" ("NormalizedUserName");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121120000_CreateUserAccounts', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "BankAccounts" ADD "CsvProfileJson" TEXT NULL;

CREATE TABLE "MatchingRules" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MatchingRules" PRIMARY KEY,
    "Confidence" INTEGER NOT NULL,
    "Priority" INTEGER NOT NULL,
    "RelatedParty" INTEGER NOT NULL,
    "DocumentNo" INTEGER NOT NULL,
    "AmountInclTolerance" INTEGER NOT NULL,
    "DirectDebit" INTEGER NOT NULL,
    "ReviewRequired" INTEGER NOT NULL,
    "ApplyImmediately" INTEGER NOT NULL
);

CREATE TABLE "TextToAccountMappings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_TextToAccountMappings" PRIMARY KEY,
    "MappingText" TEXT NOT NULL,
    "AccountType" INTEGER NOT NULL,
    "DebitAccountNo" TEXT NULL,
    "CreditAccountNo" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "StatementImports" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StatementImports" PRIMARY KEY,
    "BankAccountId" TEXT NOT NULL,
    "FileName" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Format" TEXT NOT NULL,
    "SizeBytes" INTEGER NOT NULL,
    "ImportedBy" TEXT NOT NULL,
    "ImportedAtUtc" TEXT NOT NULL,
    "StatementCount" INTEGER NOT NULL,
    "LineCount" INTEGER NOT NULL,
    "NewLineCount" INTEGER NOT NULL,
    "DuplicateLineCount" INTEGER NOT NULL,
    CONSTRAINT "FK_StatementImports_BankAccounts_BankAccountId" FOREIGN KEY ("BankAccountId") REFERENCES "BankAccounts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PaymentReconciliationJournals" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_PaymentReconciliationJournals" PRIMARY KEY,
    "No" TEXT NOT NULL,
    "BankAccountId" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "StatementNo" TEXT NOT NULL,
    "StatementDate" TEXT NOT NULL,
    "BalanceLastStatement" TEXT NOT NULL,
    "StatementEndingBalance" TEXT NOT NULL,
    "StatementImportId" TEXT NULL,
    "Status" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "AppliedBy" TEXT NULL,
    "AppliedAtUtc" TEXT NULL,
    "PostedBy" TEXT NULL,
    "PostedAtUtc" TEXT NULL,
    "PostedTransactionNo" INTEGER NULL,
    "Reconciled" INTEGER NOT NULL,
    "ReversedBy" TEXT NULL,
    "ReversedAtUtc" TEXT NULL,
    "ReversalTransactionNo" INTEGER NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_PaymentReconciliationJournals_BankAccounts_BankAccountId" FOREIGN KEY ("BankAccountId") REFERENCES "BankAccounts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PaymentReconciliationJournals_StatementImports" FOREIGN KEY ("StatementImportId") REFERENCES "StatementImports" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "StatementLines" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_StatementLines" PRIMARY KEY,
    "JournalId" TEXT NOT NULL,
    "BankAccountId" TEXT NOT NULL,
    "LineNo" INTEGER NOT NULL,
    "DedupKey" TEXT NOT NULL,
    "ParentLineId" TEXT NULL,
    "BookingDate" TEXT NOT NULL,
    "ValueDate" TEXT NULL,
    "Amount" TEXT NOT NULL,
    "Currency" TEXT NOT NULL,
    "OriginalAmount" TEXT NULL,
    "OriginalCurrency" TEXT NULL,
    "ExchangeRate" TEXT NULL,
    "Description" TEXT NULL,
    "CounterpartyName" TEXT NULL,
    "CounterpartyAccount" TEXT NULL,
    "Reference" TEXT NULL,
    "ReferenceType" TEXT NULL,
    "EndToEndId" TEXT NULL,
    "BankReference" TEXT NULL,
    "BankTransactionCode" TEXT NULL,
    "IsReversal" INTEGER NOT NULL,
    "SourceLocation" TEXT NULL,
    "AccountType" INTEGER NOT NULL,
    "AccountNo" TEXT NULL,
    "Confidence" INTEGER NOT NULL,
    "Rule" TEXT NULL,
    "Explanation" TEXT NULL,
    "ReviewRequired" INTEGER NOT NULL,
    "AppliedBy" TEXT NULL,
    "AppliedAtUtc" TEXT NULL,
    "AppliedAmount" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_StatementLines_PaymentReconciliationJournals_JournalId" FOREIGN KEY ("JournalId") REFERENCES "PaymentReconciliationJournals" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "AppliedPaymentEntries" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AppliedPaymentEntries" PRIMARY KEY,
    "LedgerEntryId" TEXT NULL,
    "DocumentNo" TEXT NULL,
    "AppliedAmount" TEXT NOT NULL,
    "AppliedPmtDiscount" TEXT NOT NULL,
    "StatementLineId" TEXT NOT NULL,
    CONSTRAINT "FK_AppliedPaymentEntries_StatementLines_StatementLineId" FOREIGN KEY ("StatementLineId") REFERENCES "StatementLines" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AppliedPaymentEntries_LedgerEntryId" ON "AppliedPaymentEntries" ("LedgerEntryId");

CREATE INDEX "IX_AppliedPaymentEntries_StatementLineId" ON "AppliedPaymentEntries" ("StatementLineId");

CREATE UNIQUE INDEX "IX_MatchingRules_Confidence_Priority" ON "MatchingRules" ("Confidence", "Priority");

CREATE INDEX "IX_PaymentReconciliationJournals_BankAccountId_Status" ON "PaymentReconciliationJournals" ("BankAccountId", "Status");

CREATE UNIQUE INDEX "IX_PaymentReconciliationJournals_No" ON "PaymentReconciliationJournals" ("No");

CREATE INDEX "IX_PaymentReconciliationJournals_StatementImportId" ON "PaymentReconciliationJournals" ("StatementImportId");

CREATE INDEX "IX_StatementImports_BankAccountId" ON "StatementImports" ("BankAccountId");

CREATE UNIQUE INDEX "IX_StatementImports_Sha256" ON "StatementImports" ("Sha256");

CREATE UNIQUE INDEX "IX_StatementLines_BankAccountId_DedupKey" ON "StatementLines" ("BankAccountId", "DedupKey");

CREATE INDEX "IX_StatementLines_JournalId_Confidence" ON "StatementLines" ("JournalId", "Confidence");

CREATE UNIQUE INDEX "IX_StatementLines_JournalId_LineNo" ON "StatementLines" ("JournalId", "LineNo");

CREATE UNIQUE INDEX "IX_TextToAccountMappings_MappingText" ON "TextToAccountMappings" ("MappingText");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121130000_CreateReconciliation', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "StatementImports" ADD "Warnings" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122090000_AddStatementImportWarnings', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE INDEX "IX_StatementLines_Figures" ON "StatementLines" ("JournalId", "AccountType", "ReviewRequired", "Amount", "AppliedAmount");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122100000_AddStatementLineFiguresIndex', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE INDEX "IX_StatementLines_BankAccountId_Confidence" ON "StatementLines" ("BankAccountId", "Confidence");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122110000_AddStatementLineManualIndex', '10.0.14');

COMMIT;

