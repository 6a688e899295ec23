CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId")
);

START TRANSACTION;
CREATE TABLE "CompanySettings" (
    "Id" uuid NOT NULL,
    "Name" character varying(100) NOT NULL,
    "LocalCurrency" character(3) NOT NULL,
    "CountryCode" character varying(2) NOT NULL,
    "TimeZoneId" character varying(64) NOT NULL,
    "PaymentTolerancePercent" numeric(19,4) NOT NULL,
    "MaxPaymentToleranceAmount" numeric(19,4) NOT NULL,
    "PaymentDiscountGraceDays" integer NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_CompanySettings" PRIMARY KEY ("Id")
);

CREATE TABLE "DetailedLedgerEntries" (
    "Id" uuid NOT NULL,
    "PartyType" integer NOT NULL,
    "LedgerEntryId" uuid NOT NULL,
    "PartyId" uuid NOT NULL,
    "EntryType" integer NOT NULL,
    "Currency" character(3) NOT NULL,
    "Amount" numeric(19,4) NOT NULL,
    "AmountLocal" numeric(19,4) NOT NULL,
    "AppliedLedgerEntryId" uuid,
    "Unapplied" boolean NOT NULL,
    "Version" integer NOT NULL,
    "EntryNo" bigint NOT NULL,
    "TransactionNo" bigint NOT NULL,
    "PostingDate" date NOT NULL,
    "DocumentType" integer NOT NULL,
    "DocumentNo" character varying(35) NOT NULL,
    "Description" character varying(250) NOT NULL,
    "PostedBy" character varying(100) NOT NULL,
    "PostedAtUtc" timestamp with time zone NOT NULL,
    "Reversed" boolean NOT NULL,
    "ReversedByEntryNo" bigint,
    "ReversesEntryNo" bigint,
    CONSTRAINT "PK_DetailedLedgerEntries" PRIMARY KEY ("Id")
);

CREATE TABLE "ExchangeRates" (
    "Id" uuid NOT NULL,
    "Currency" character(3) NOT NULL,
    "StartingDate" date NOT NULL,
    "LocalPerUnit" numeric(19,8) NOT NULL,
    CONSTRAINT "PK_ExchangeRates" PRIMARY KEY ("Id")
);

CREATE TABLE "GlAccounts" (
    "Id" uuid NOT NULL,
    "No" character varying(20) NOT NULL,
    "Name" character varying(100) NOT NULL,
    "AccountType" integer NOT NULL,
    "Category" integer NOT NULL,
    "DirectPosting" boolean NOT NULL,
    "Blocked" boolean NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_GlAccounts" PRIMARY KEY ("Id")
);

CREATE TABLE "GlRegisters" (
    "Id" uuid NOT NULL,
    "TransactionNo" bigint NOT NULL,
    "SourceCode" character varying(20) NOT NULL,
    "DocumentNo" character varying(35) NOT NULL,
    "PostingDate" date NOT NULL,
    "FromGlEntryNo" bigint NOT NULL,
    "ToGlEntryNo" bigint NOT NULL,
    "PostedBy" character varying(100) NOT NULL,
    "PostedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_GlRegisters" PRIMARY KEY ("Id")
);

CREATE TABLE "LedgerCounters" (
    "Id" uuid NOT NULL,
    "LastTransactionNo" bigint NOT NULL,
    "LastGlEntryNo" bigint NOT NULL,
    "LastCustomerEntryNo" bigint NOT NULL,
    "LastVendorEntryNo" bigint NOT NULL,
    "LastBankEntryNo" bigint NOT NULL,
    "LastDetailedEntryNo" bigint NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_LedgerCounters" PRIMARY KEY ("Id")
);

CREATE TABLE "NumberSeries" (
    "Id" uuid NOT NULL,
    "Code" character varying(20) NOT NULL,
    "Description" character varying(100) NOT NULL,
    "Prefix" character varying(20) NOT NULL,
    "LastNumber" bigint NOT NULL,
    "Digits" integer NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_NumberSeries" PRIMARY KEY ("Id")
);

CREATE TABLE "PaymentTerms" (
    "Id" uuid NOT NULL,
    "Code" character varying(20) NOT NULL,
    "Description" character varying(100) NOT NULL,
    "DueDateFormula" character varying(32) NOT NULL,
    "DiscountPercent" numeric(19,4) NOT NULL,
    "DiscountDateFormula" character varying(32),
    "Version" integer NOT NULL,
    CONSTRAINT "PK_PaymentTerms" PRIMARY KEY ("Id")
);

CREATE TABLE "PostedDocuments" (
    "Id" uuid NOT NULL,
    "Kind" integer NOT NULL,
    "No" character varying(35) NOT NULL,
    "PartyId" uuid NOT NULL,
    "PartyNo" character varying(20) NOT NULL,
    "PartyName" character varying(100) NOT NULL,
    "PostingDate" date NOT NULL,
    "DocumentDate" date NOT NULL,
    "DueDate" date NOT NULL,
    "Currency" character(3) NOT NULL,
    "TotalAmount" numeric(19,4) NOT NULL,
    "ExternalDocumentNo" character varying(35),
    "PaymentReference" character varying(35),
    "PaymentBankAccountId" uuid,
    "LedgerEntryId" uuid NOT NULL,
    "PostedBy" character varying(100) NOT NULL,
    "PostedAtUtc" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_PostedDocuments" PRIMARY KEY ("Id")
);

CREATE TABLE "PostingSetups" (
    "Id" uuid NOT NULL,
    "ReceivablesAccountId" uuid NOT NULL,
    "PayablesAccountId" uuid NOT NULL,
    "SalesAccountId" uuid NOT NULL,
    "PurchasesAccountId" uuid NOT NULL,
    "PaymentDiscountGrantedAccountId" uuid NOT NULL,
    "PaymentDiscountReceivedAccountId" uuid NOT NULL,
    "PaymentToleranceAccountId" uuid NOT NULL,
    "RoundingAccountId" uuid NOT NULL,
    "RealizedFxGainAccountId" uuid NOT NULL,
    "RealizedFxLossAccountId" uuid NOT NULL,
    "BankChargesAccountId" uuid NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_PostingSetups" PRIMARY KEY ("Id")
);

CREATE TABLE "BankAccounts" (
    "Id" uuid NOT NULL,
    "No" character varying(20) NOT NULL,
    "Name" character varying(100) NOT NULL,
    "Iban" character varying(34),
    "DomesticAccountNo" character varying(34),
    "Bic" character varying(11),
    "Currency" character(3) NOT NULL,
    "GlAccountId" uuid NOT NULL,
    "LastStatementNo" character varying(20),
    "BalanceLastStatement" numeric(19,4) NOT NULL,
    "LastPaymentStatementNo" character varying(20),
    "MatchToleranceType" integer NOT NULL,
    "MatchToleranceValue" numeric(19,4) NOT NULL,
    "PaymentReferenceKind" integer NOT NULL,
    "Blocked" boolean NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_BankAccounts" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_BankAccounts_GlAccounts_GlAccountId" FOREIGN KEY ("GlAccountId") REFERENCES "GlAccounts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "GlEntries" (
    "Id" uuid NOT NULL,
    "GlAccountId" uuid NOT NULL,
    "Amount" numeric(19,4) NOT NULL,
    "SourceType" integer NOT NULL,
    "SourceNo" character varying(20),
    "Version" integer NOT NULL,
    "EntryNo" bigint NOT NULL,
    "TransactionNo" bigint NOT NULL,
    "PostingDate" date NOT NULL,
    "DocumentType" integer NOT NULL,
    "DocumentNo" character varying(35) NOT NULL,
    "Description" character varying(250) NOT NULL,
    "PostedBy" character varying(100) NOT NULL,
    "PostedAtUtc" timestamp with time zone NOT NULL,
    "Reversed" boolean NOT NULL,
    "ReversedByEntryNo" bigint,
    "ReversesEntryNo" bigint,
    CONSTRAINT "PK_GlEntries" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_GlEntries_GlAccounts_GlAccountId" FOREIGN KEY ("GlAccountId") REFERENCES "GlAccounts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Customers" (
    "Id" uuid NOT NULL,
    "Version" integer NOT NULL,
    "No" character varying(20) NOT NULL,
    "Name" character varying(100) NOT NULL,
    "Address" character varying(100),
    "PostCode" character varying(20),
    "City" character varying(60),
    "CountryCode" character varying(2) NOT NULL,
    "Currency" character(3),
    "PaymentTermsId" uuid,
    "Email" character varying(120),
    "OrganizationNo" character varying(30),
    "Blocked" boolean NOT NULL,
    CONSTRAINT "PK_Customers" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Customers_PaymentTerms_PaymentTermsId" FOREIGN KEY ("PaymentTermsId") REFERENCES "PaymentTerms" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Vendors" (
    "Id" uuid NOT NULL,
    "Version" integer NOT NULL,
    "No" character varying(20) NOT NULL,
    "Name" character varying(100) NOT NULL,
    "Address" character varying(100),
    "PostCode" character varying(20),
    "City" character varying(60),
    "CountryCode" character varying(2) NOT NULL,
    "Currency" character(3),
    "PaymentTermsId" uuid,
    "Email" character varying(120),
    "OrganizationNo" character varying(30),
    "Blocked" boolean NOT NULL,
    CONSTRAINT "PK_Vendors" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Vendors_PaymentTerms_PaymentTermsId" FOREIGN KEY ("PaymentTermsId") REFERENCES "PaymentTerms" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PostedDocumentLines" (
    "LineNo" integer NOT NULL,
    "PostedDocumentId" uuid NOT NULL,
    "Description" character varying(250) NOT NULL,
    "GlAccountId" uuid NOT NULL,
    "Amount" numeric(19,4) NOT NULL,
    CONSTRAINT "PK_PostedDocumentLines" PRIMARY KEY ("PostedDocumentId", "LineNo"),
    CONSTRAINT "FK_PostedDocumentLines_PostedDocuments_PostedDocumentId" FOREIGN KEY ("PostedDocumentId") REFERENCES "PostedDocuments" ("Id") ON DELETE CASCADE
);

CREATE TABLE "BankAccountLedgerEntries" (
    "Id" uuid NOT NULL,
    "BankAccountId" uuid NOT NULL,
    "Currency" character(3) NOT NULL,
    "Amount" numeric(19,4) NOT NULL,
    "AmountLocal" numeric(19,4) NOT NULL,
    "RemainingAmount" numeric(19,4) NOT NULL,
    "Open" boolean NOT NULL,
    "StatementStatus" integer NOT NULL,
    "StatementNo" character varying(20),
    "StatementLineNo" integer,
    "ClosedAtDate" date,
    "BalancingType" integer NOT NULL,
    "BalancingNo" character varying(20),
    "ExternalDocumentNo" character varying(35),
    "Version" integer NOT NULL,
    "EntryNo" bigint NOT NULL,
    "TransactionNo" bigint NOT NULL,
    "PostingDate" date NOT NULL,
    "DocumentType" integer NOT NULL,
    "DocumentNo" character varying(35) NOT NULL,
    "Description" character varying(250) NOT NULL,
    "PostedBy" character varying(100) NOT NULL,
    "PostedAtUtc" timestamp with time zone NOT NULL,
    "Reversed" boolean NOT NULL,
    "ReversedByEntryNo" bigint,
    "ReversesEntryNo" bigint,
    CONSTRAINT "PK_BankAccountLedgerEntries" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_BankAccountLedgerEntries_BankAccounts_BankAccountId" FOREIGN KEY ("BankAccountId") REFERENCES "BankAccounts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CustomerBankAccounts" (
    "Id" uuid NOT NULL,
    "AccountNumber" character varying(34) NOT NULL,
    "Bic" character varying(11),
    "CustomerId" uuid NOT NULL,
    CONSTRAINT "PK_CustomerBankAccounts" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_CustomerBankAccounts_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "CustomerLedgerEntries" (
    "Id" uuid NOT NULL,
    "LastIssuedReminderLevel" integer NOT NULL,
    "Version" integer NOT NULL,
    "EntryNo" bigint NOT NULL,
    "TransactionNo" bigint NOT NULL,
    "PostingDate" date NOT NULL,
    "DocumentType" integer NOT NULL,
    "DocumentNo" character varying(35) NOT NULL,
    "Description" character varying(250) NOT NULL,
    "PostedBy" character varying(100) NOT NULL,
    "PostedAtUtc" timestamp with time zone NOT NULL,
    "Reversed" boolean NOT NULL,
    "ReversedByEntryNo" bigint,
    "ReversesEntryNo" bigint,
    "CustomerId" uuid NOT NULL,
    "ExternalDocumentNo" character varying(35),
    "DocumentDate" date NOT NULL,
    "DueDate" date NOT NULL,
    "Currency" character(3) NOT NULL,
    "Amount" numeric(19,4) NOT NULL,
    "AmountLocal" numeric(19,4) NOT NULL,
    "RemainingAmount" numeric(19,4) NOT NULL,
    "Open" boolean NOT NULL,
    "PmtDiscountDate" date,
    "OriginalPmtDiscountPossible" numeric(19,4) NOT NULL,
    "RemainingPmtDiscountPossible" numeric(19,4) NOT NULL,
    "MaxPaymentTolerance" numeric(19,4) NOT NULL,
    "PaymentReference" character varying(35),
    "ClosedAtDate" date,
    "ClosedByEntryNo" bigint,
    "OnHold" character varying(10),
    CONSTRAINT "PK_CustomerLedgerEntries" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_CustomerLedgerEntries_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "VendorBankAccounts" (
    "Id" uuid NOT NULL,
    "AccountNumber" character varying(34) NOT NULL,
    "Bic" character varying(11),
    "VendorId" uuid NOT NULL,
    CONSTRAINT "PK_VendorBankAccounts" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_VendorBankAccounts_Vendors_VendorId" FOREIGN KEY ("VendorId") REFERENCES "Vendors" ("Id") ON DELETE CASCADE
);

CREATE TABLE "VendorLedgerEntries" (
    "Id" uuid NOT NULL,
    "Version" integer NOT NULL,
    "EntryNo" bigint NOT NULL,
    "TransactionNo" bigint NOT NULL,
    "PostingDate" date NOT NULL,
    "DocumentType" integer NOT NULL,
    "DocumentNo" character varying(35) NOT NULL,
    "Description" character varying(250) NOT NULL,
    "PostedBy" character varying(100) NOT NULL,
    "PostedAtUtc" timestamp with time zone NOT NULL,
    "Reversed" boolean NOT NULL,
    "ReversedByEntryNo" bigint,
    "ReversesEntryNo" bigint,
    "VendorId" uuid NOT NULL,
    "ExternalDocumentNo" character varying(35),
    "DocumentDate" date NOT NULL,
    "DueDate" date NOT NULL,
    "Currency" character(3) NOT NULL,
    "Amount" numeric(19,4) NOT NULL,
    "AmountLocal" numeric(19,4) NOT NULL,
    "RemainingAmount" numeric(19,4) NOT NULL,
    "Open" boolean NOT NULL,
    "PmtDiscountDate" date,
    "OriginalPmtDiscountPossible" numeric(19,4) NOT NULL,
    "RemainingPmtDiscountPossible" numeric(19,4) NOT NULL,
    "MaxPaymentTolerance" numeric(19,4) NOT NULL,
    "PaymentReference" character varying(35),
    "ClosedAtDate" date,
    "ClosedByEntryNo" bigint,
    "OnHold" character varying(10),
    CONSTRAINT "PK_VendorLedgerEntries" PRIMARY KEY ("Id"),
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

START TRANSACTION;
CREATE TABLE "UserAccounts" (
    "Id" uuid NOT NULL,
    "UserName" character varying(64) NOT NULL,
    "NormalizedUserName" character varying(64) NOT NULL,
    "DisplayName" character varying(128) NOT NULL,
    "Role" character varying(32) NOT NULL,
    "PasswordHash" character varying(512) NOT NULL,
    "SecurityStamp" character varying(36) NOT NULL,
    "FailedSignInCount" integer NOT NULL,
    "LockoutEndUtc" timestamp with time zone,
    "PreferredCulture" character varying(16),
    "IsDemo" boolean NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_UserAccounts" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_UserAccounts_NormalizedUserName" ON "UserAccounts" ("NormalizedUserName");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121120000_CreateUserAccounts', '10.0.14');

COMMIT;

START TRANSACTION;
ALTER TABLE "BankAccounts" ADD "CsvProfileJson" character varying(8000);

CREATE TABLE "MatchingRules" (
    "Id" uuid NOT NULL,
    "Confidence" integer NOT NULL,
    "Priority" integer NOT NULL,
    "RelatedParty" integer NOT NULL,
    "DocumentNo" integer NOT NULL,
    "AmountInclTolerance" integer NOT NULL,
    "DirectDebit" integer NOT NULL,
    "ReviewRequired" boolean NOT NULL,
    "ApplyImmediately" boolean NOT NULL,
    CONSTRAINT "PK_MatchingRules" PRIMARY KEY ("Id")
);

CREATE TABLE "TextToAccountMappings" (
    "Id" uuid NOT NULL,
    "MappingText" character varying(250) NOT NULL,
    "AccountType" integer NOT NULL,
    "DebitAccountNo" character varying(20),
    "CreditAccountNo" character varying(20),
    "CreatedBy" character varying(100) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_TextToAccountMappings" PRIMARY KEY ("Id")
);

CREATE TABLE "StatementImports" (
    "Id" uuid NOT NULL,
    "BankAccountId" uuid NOT NULL,
    "FileName" character varying(255) NOT NULL,
    "Sha256" character varying(64) NOT NULL,
    "Format" character varying(16) NOT NULL,
    "SizeBytes" bigint NOT NULL,
    "ImportedBy" character varying(100) NOT NULL,
    "ImportedAtUtc" timestamp with time zone NOT NULL,
    "StatementCount" integer NOT NULL,
    "LineCount" integer NOT NULL,
    "NewLineCount" integer NOT NULL,
    "DuplicateLineCount" integer NOT NULL,
    CONSTRAINT "PK_StatementImports" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_StatementImports_BankAccounts_BankAccountId" FOREIGN KEY ("BankAccountId") REFERENCES "BankAccounts" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "PaymentReconciliationJournals" (
    "Id" uuid NOT NULL,
    "No" character varying(20) NOT NULL,
    "BankAccountId" uuid NOT NULL,
    "Currency" character(3) NOT NULL,
    "StatementNo" character varying(20) NOT NULL,
    "StatementDate" date NOT NULL,
    "BalanceLastStatement" numeric(19,4) NOT NULL,
    "StatementEndingBalance" numeric(19,4) NOT NULL,
    "StatementImportId" uuid,
    "Status" integer NOT NULL,
    "CreatedBy" character varying(100) NOT NULL,
    "CreatedAtUtc" timestamp with time zone NOT NULL,
    "AppliedBy" character varying(100),
    "AppliedAtUtc" timestamp with time zone,
    "PostedBy" character varying(100),
    "PostedAtUtc" timestamp with time zone,
    "PostedTransactionNo" bigint,
    "Reconciled" boolean NOT NULL,
    "ReversedBy" character varying(100),
    "ReversedAtUtc" timestamp with time zone,
    "ReversalTransactionNo" bigint,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_PaymentReconciliationJournals" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_PaymentReconciliationJournals_BankAccounts_BankAccountId" FOREIGN KEY ("BankAccountId") REFERENCES "BankAccounts" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_PaymentReconciliationJournals_StatementImports" FOREIGN KEY ("StatementImportId") REFERENCES "StatementImports" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "StatementLines" (
    "Id" uuid NOT NULL,
    "JournalId" uuid NOT NULL,
    "BankAccountId" uuid NOT NULL,
    "LineNo" integer NOT NULL,
    "DedupKey" character varying(200) NOT NULL,
    "ParentLineId" uuid,
    "BookingDate" date NOT NULL,
    "ValueDate" date,
    "Amount" numeric(19,4) NOT NULL,
    "Currency" character(3) NOT NULL,
    "OriginalAmount" numeric(19,4),
    "OriginalCurrency" character(3),
    "ExchangeRate" numeric(19,8),
    "Description" character varying(1000),
    "CounterpartyName" character varying(250),
    "CounterpartyAccount" character varying(70),
    "Reference" character varying(70),
    "ReferenceType" character varying(35),
    "EndToEndId" character varying(70),
    "BankReference" character varying(70),
    "BankTransactionCode" character varying(70),
    "IsReversal" boolean NOT NULL,
    "SourceLocation" character varying(250),
    "AccountType" integer NOT NULL,
    "AccountNo" character varying(20),
    "Confidence" integer NOT NULL,
    "Rule" character varying(200),
    "Explanation" character varying(8000),
    "ReviewRequired" boolean NOT NULL,
    "AppliedBy" character varying(100),
    "AppliedAtUtc" timestamp with time zone,
    "AppliedAmount" numeric(19,4) NOT NULL,
    "Version" integer NOT NULL,
    CONSTRAINT "PK_StatementLines" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_StatementLines_PaymentReconciliationJournals_JournalId" FOREIGN KEY ("JournalId") REFERENCES "PaymentReconciliationJournals" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "AppliedPaymentEntries" (
    "Id" uuid NOT NULL,
    "LedgerEntryId" uuid,
    "DocumentNo" character varying(35),
    "AppliedAmount" numeric(19,4) NOT NULL,
    "AppliedPmtDiscount" numeric(19,4) NOT NULL,
    "StatementLineId" uuid NOT NULL,
    CONSTRAINT "PK_AppliedPaymentEntries" PRIMARY KEY ("Id"),
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

START TRANSACTION;
ALTER TABLE "StatementImports" ADD "Warnings" character varying(8000);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122090000_AddStatementImportWarnings', '10.0.14');

COMMIT;

START TRANSACTION;
CREATE INDEX "IX_StatementLines_Figures" ON "StatementLines" ("JournalId", "AccountType", "ReviewRequired", "Amount", "AppliedAmount");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122100000_AddStatementLineFiguresIndex', '10.0.14');

COMMIT;

START TRANSACTION;
CREATE INDEX "IX_StatementLines_BankAccountId_Confidence" ON "StatementLines" ("BankAccountId", "Confidence");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261122110000_AddStatementLineManualIndex', '10.0.14');

COMMIT;

