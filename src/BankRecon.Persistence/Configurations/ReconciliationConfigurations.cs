using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Reconciliation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BankRecon.Persistence.Configurations;

internal sealed class StatementImportConfiguration : IEntityTypeConfiguration<StatementImport>
{
    public void Configure(EntityTypeBuilder<StatementImport> builder)
    {
        builder.ToTable("StatementImports");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.FileName).HasMaxLength(255).IsRequired();
        builder.Property(e => e.Sha256).HasMaxLength(64).IsUnicode(false).IsRequired();
        builder.HasIndex(e => e.Sha256).IsUnique();
        builder.Property(e => e.Format).HasMaxLength(16).IsRequired();
        builder.Property(e => e.ImportedBy).HasMaxLength(Mapping.UserNameLength).IsRequired();
        builder.Property(e => e.Warnings).HasMaxLength(StatementImport.WarningsMaxLength);
        builder.HasOne<BankAccount>().WithMany().HasForeignKey(e => e.BankAccountId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PaymentReconciliationJournalConfiguration : IEntityTypeConfiguration<PaymentReconciliationJournal>
{
    public void Configure(EntityTypeBuilder<PaymentReconciliationJournal> builder)
    {
        builder.ToTable("PaymentReconciliationJournals");
        builder.HasKey(e => e.Id);
        builder.Versioned();
        builder.Property(e => e.No).HasMaxLength(Mapping.NoLength).IsRequired();
        builder.HasIndex(e => e.No).IsUnique();
        builder.Property(e => e.Currency).Currency().IsRequired();
        builder.Property(e => e.StatementNo).HasMaxLength(Mapping.NoLength).IsRequired();
        builder.HasIndex(e => new { e.BankAccountId, e.Status });
        builder.Property(e => e.BalanceLastStatement).Amount();
        builder.Property(e => e.StatementEndingBalance).Amount();
        builder.Property(e => e.CreatedBy).HasMaxLength(Mapping.UserNameLength).IsRequired();
        builder.Property(e => e.AppliedBy).HasMaxLength(Mapping.UserNameLength);
        builder.Property(e => e.PostedBy).HasMaxLength(Mapping.UserNameLength);
        builder.Property(e => e.ReversedBy).HasMaxLength(Mapping.UserNameLength);
        builder.HasOne<BankAccount>().WithMany().HasForeignKey(e => e.BankAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<StatementImport>().WithMany().HasForeignKey(e => e.StatementImportId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("FK_PaymentReconciliationJournals_StatementImports");
        builder.Ignore(e => e.IsOpen);
    }
}

internal sealed class StatementLineConfiguration : IEntityTypeConfiguration<StatementLine>
{
    public void Configure(EntityTypeBuilder<StatementLine> builder)
    {
        builder.ToTable("StatementLines");
        builder.HasKey(e => e.Id);
        builder.Versioned();
        builder.HasIndex(e => new { e.JournalId, e.LineNo }).IsUnique();
        builder.Property(e => e.DedupKey).HasMaxLength(200).IsRequired();
        builder.HasIndex(e => new { e.BankAccountId, e.DedupKey }).IsUnique();
        builder.Property(e => e.Amount).Amount();
        builder.Property(e => e.AppliedAmount).Amount();
        builder.Property(e => e.OriginalAmount).Amount();
        builder.Property(e => e.ExchangeRate).HasPrecision(19, 8);
        builder.Property(e => e.Currency).Currency().IsRequired();
        builder.Property(e => e.OriginalCurrency).HasMaxLength(Mapping.CurrencyLength).IsFixedLength().IsUnicode(false);
        builder.Property(e => e.Description).HasMaxLength(1000);
        builder.Property(e => e.CounterpartyName).HasMaxLength(250);
        builder.Property(e => e.CounterpartyAccount).HasMaxLength(70);
        builder.Property(e => e.Reference).HasMaxLength(70);
        builder.Property(e => e.ReferenceType).HasMaxLength(35);
        builder.Property(e => e.EndToEndId).HasMaxLength(70);
        builder.Property(e => e.BankReference).HasMaxLength(70);
        builder.Property(e => e.BankTransactionCode).HasMaxLength(70);
        builder.Property(e => e.SourceLocation).HasMaxLength(250);
        builder.Property(e => e.AccountNo).HasMaxLength(Mapping.NoLength);
        builder.Property(e => e.Rule).HasMaxLength(200);
        builder.Property(e => e.Explanation).HasMaxLength(8000);
        builder.Property(e => e.AppliedBy).HasMaxLength(Mapping.UserNameLength);
        builder.HasOne<PaymentReconciliationJournal>().WithMany().HasForeignKey(e => e.JournalId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.JournalId, e.Confidence });
        // The line page's text-to-account suggestion reads the bank account's lines applied by hand (a few), not all of its lines ever imported.
        builder.HasIndex(e => new { e.BankAccountId, e.Confidence });
        // Covers the journal page's totals and filter counts (lines, applied, to review, with difference, Σ amounts), so a
        // 10k-line journal's figures are read from this index instead of the wide rows (explanations are ~1 KB each).
        builder.HasIndex(e => new { e.JournalId, e.AccountType, e.ReviewRequired, e.Amount, e.AppliedAmount }).HasDatabaseName("IX_StatementLines_Figures");
        builder.Ignore(e => e.Difference);
        builder.Ignore(e => e.IsDecidedByPerson);
        builder.OwnsMany(e => e.Applications, application =>
        {
            application.ToTable("AppliedPaymentEntries");
            application.WithOwner().HasForeignKey("StatementLineId");
            application.HasKey(a => a.Id);
            application.Property(a => a.Id).ValueGeneratedNever();
            application.Property(a => a.AppliedAmount).Amount();
            application.Property(a => a.AppliedPmtDiscount).Amount();
            application.Property(a => a.DocumentNo).HasMaxLength(Mapping.DocumentNoLength);
            application.HasIndex(a => a.LedgerEntryId);
        });
        builder.Navigation(e => e.Applications).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class MatchingRuleRowConfiguration : IEntityTypeConfiguration<MatchingRuleRow>
{
    public void Configure(EntityTypeBuilder<MatchingRuleRow> builder)
    {
        builder.ToTable("MatchingRules");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => new { e.Confidence, e.Priority }).IsUnique();
    }
}

internal sealed class SavedTextMappingConfiguration : IEntityTypeConfiguration<SavedTextMapping>
{
    public void Configure(EntityTypeBuilder<SavedTextMapping> builder)
    {
        builder.ToTable("TextToAccountMappings");
        builder.HasKey(e => e.Id);
        builder.Versioned();
        builder.Property(e => e.MappingText).HasMaxLength(250).IsRequired();
        builder.HasIndex(e => e.MappingText).IsUnique();
        builder.Property(e => e.DebitAccountNo).HasMaxLength(Mapping.NoLength);
        builder.Property(e => e.CreditAccountNo).HasMaxLength(Mapping.NoLength);
        builder.Property(e => e.CreatedBy).HasMaxLength(Mapping.UserNameLength).IsRequired();
    }
}
