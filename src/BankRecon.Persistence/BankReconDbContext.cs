using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Company;
using BankRecon.Domain.Documents;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;
using BankRecon.Domain.Reconciliation;
using BankRecon.Domain.Users;
using BankRecon.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Persistence;

public sealed class BankReconDbContext(DbContextOptions<BankReconDbContext> options) : DbContext(options)
{
    public DbSet<CompanySettings> CompanySettings => Set<CompanySettings>();
    public DbSet<ExchangeRate> ExchangeRates => Set<ExchangeRate>();
    public DbSet<GlAccount> GlAccounts => Set<GlAccount>();
    public DbSet<PostingSetup> PostingSetups => Set<PostingSetup>();
    public DbSet<NumberSeries> NumberSeries => Set<NumberSeries>();
    public DbSet<LedgerCounters> LedgerCounters => Set<LedgerCounters>();
    public DbSet<GlRegister> GlRegisters => Set<GlRegister>();
    public DbSet<GlEntry> GlEntries => Set<GlEntry>();
    public DbSet<PaymentTerms> PaymentTerms => Set<PaymentTerms>();
    public DbSet<Customer> Customers => Set<Customer>();
    public DbSet<Vendor> Vendors => Set<Vendor>();
    public DbSet<CustomerLedgerEntry> CustomerLedgerEntries => Set<CustomerLedgerEntry>();
    public DbSet<VendorLedgerEntry> VendorLedgerEntries => Set<VendorLedgerEntry>();
    public DbSet<DetailedLedgerEntry> DetailedLedgerEntries => Set<DetailedLedgerEntry>();
    public DbSet<BankAccount> BankAccounts => Set<BankAccount>();
    public DbSet<BankAccountLedgerEntry> BankAccountLedgerEntries => Set<BankAccountLedgerEntry>();
    public DbSet<PostedDocument> PostedDocuments => Set<PostedDocument>();
    public DbSet<UserAccount> Users => Set<UserAccount>();
    public DbSet<StatementImport> StatementImports => Set<StatementImport>();
    public DbSet<PaymentReconciliationJournal> PaymentReconciliationJournals => Set<PaymentReconciliationJournal>();
    public DbSet<StatementLine> StatementLines => Set<StatementLine>();
    public DbSet<MatchingRuleRow> MatchingRules => Set<MatchingRuleRow>();
    public DbSet<SavedTextMapping> TextToAccountMappings => Set<SavedTextMapping>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(250);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(BankReconDbContext).Assembly);
}
