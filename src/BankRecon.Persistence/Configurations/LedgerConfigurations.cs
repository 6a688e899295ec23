using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BankRecon.Persistence.Configurations;

internal sealed class GlAccountConfiguration : IEntityTypeConfiguration<GlAccount>
{
    public void Configure(EntityTypeBuilder<GlAccount> builder)
    {
        builder.ToTable("GlAccounts");
        builder.HasKey(e => e.Id);
        builder.Versioned();
        builder.Property(e => e.No).HasMaxLength(Mapping.NoLength).IsRequired();
        builder.HasIndex(e => e.No).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(Mapping.NameLength).IsRequired();
        builder.Ignore(e => e.IsBalanceSheet);
    }
}

internal sealed class PostingSetupConfiguration : IEntityTypeConfiguration<PostingSetup>
{
    public void Configure(EntityTypeBuilder<PostingSetup> builder)
    {
        builder.ToTable("PostingSetups");
        builder.HasKey(e => e.Id);
        builder.Versioned();
        builder.Ignore(e => e.Current);
    }
}

internal sealed class NumberSeriesConfiguration : IEntityTypeConfiguration<NumberSeries>
{
    public void Configure(EntityTypeBuilder<NumberSeries> builder)
    {
        builder.ToTable("NumberSeries");
        builder.HasKey(e => e.Id);
        builder.Versioned();
        builder.Property(e => e.Code).HasMaxLength(Mapping.NoLength).IsRequired();
        builder.HasIndex(e => e.Code).IsUnique();
        builder.Property(e => e.Description).HasMaxLength(Mapping.NameLength).IsRequired();
        builder.Property(e => e.Prefix).HasMaxLength(Mapping.NoLength).IsRequired();
    }
}

internal sealed class LedgerCountersConfiguration : IEntityTypeConfiguration<LedgerCounters>
{
    public void Configure(EntityTypeBuilder<LedgerCounters> builder)
    {
        builder.ToTable("LedgerCounters");
        builder.HasKey(e => e.Id);
        builder.Versioned();
    }
}

internal sealed class GlRegisterConfiguration : IEntityTypeConfiguration<GlRegister>
{
    public void Configure(EntityTypeBuilder<GlRegister> builder)
    {
        builder.ToTable("GlRegisters");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.TransactionNo).IsUnique();
        builder.Property(e => e.SourceCode).HasMaxLength(Mapping.NoLength).IsRequired();
        builder.Property(e => e.DocumentNo).HasMaxLength(Mapping.DocumentNoLength).IsRequired();
        builder.Property(e => e.PostedBy).HasMaxLength(Mapping.UserNameLength).IsRequired();
    }
}

internal sealed class GlEntryConfiguration : IEntityTypeConfiguration<GlEntry>
{
    public void Configure(EntityTypeBuilder<GlEntry> builder)
    {
        builder.ToTable("GlEntries");
        builder.LedgerEntryColumns();
        builder.Property(e => e.Amount).Amount();
        builder.Property(e => e.SourceNo).HasMaxLength(Mapping.NoLength);
        builder.HasOne<GlAccount>().WithMany().HasForeignKey(e => e.GlAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.GlAccountId, e.PostingDate });
        builder.Ignore(e => e.DebitAmount);
        builder.Ignore(e => e.CreditAmount);
    }
}

internal sealed class CustomerLedgerEntryConfiguration : IEntityTypeConfiguration<CustomerLedgerEntry>
{
    public void Configure(EntityTypeBuilder<CustomerLedgerEntry> builder)
    {
        builder.ToTable("CustomerLedgerEntries");
        builder.PartyEntryColumns("CustomerId");
        builder.HasOne<Customer>().WithMany().HasForeignKey(e => e.PartyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VendorLedgerEntryConfiguration : IEntityTypeConfiguration<VendorLedgerEntry>
{
    public void Configure(EntityTypeBuilder<VendorLedgerEntry> builder)
    {
        builder.ToTable("VendorLedgerEntries");
        builder.PartyEntryColumns("VendorId");
        builder.HasOne<Vendor>().WithMany().HasForeignKey(e => e.PartyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal static class PartyEntryMapping
{
    public static void PartyEntryColumns<T>(this EntityTypeBuilder<T> builder, string partyColumn)
        where T : PartyLedgerEntry
    {
        builder.LedgerEntryColumns();
        builder.Property(e => e.PartyId).HasColumnName(partyColumn);
        builder.Property(e => e.ExternalDocumentNo).HasMaxLength(Mapping.DocumentNoLength);
        builder.Property(e => e.Currency).Currency().IsRequired();
        builder.Property(e => e.Amount).Amount();
        builder.Property(e => e.AmountLocal).Amount();
        builder.Property(e => e.RemainingAmount).Amount();
        builder.Property(e => e.OriginalPmtDiscountPossible).Amount();
        builder.Property(e => e.RemainingPmtDiscountPossible).Amount();
        builder.Property(e => e.MaxPaymentTolerance).Amount();
        builder.Property(e => e.PaymentReference).HasMaxLength(Mapping.DocumentNoLength);
        builder.Property(e => e.OnHold).HasMaxLength(10);
        builder.HasIndex(e => new { e.PartyId, e.Open });
        builder.HasIndex(e => new { e.Open, e.DueDate });
        builder.HasIndex(e => e.PaymentReference);
    }
}

internal sealed class DetailedLedgerEntryConfiguration : IEntityTypeConfiguration<DetailedLedgerEntry>
{
    public void Configure(EntityTypeBuilder<DetailedLedgerEntry> builder)
    {
        builder.ToTable("DetailedLedgerEntries");
        builder.LedgerEntryColumns();
        builder.Property(e => e.Currency).Currency().IsRequired();
        builder.Property(e => e.Amount).Amount();
        builder.Property(e => e.AmountLocal).Amount();
        builder.HasIndex(e => new { e.PartyType, e.LedgerEntryId });
    }
}

internal sealed class BankAccountLedgerEntryConfiguration : IEntityTypeConfiguration<BankAccountLedgerEntry>
{
    public void Configure(EntityTypeBuilder<BankAccountLedgerEntry> builder)
    {
        builder.ToTable("BankAccountLedgerEntries");
        builder.LedgerEntryColumns();
        builder.Property(e => e.Currency).Currency().IsRequired();
        builder.Property(e => e.Amount).Amount();
        builder.Property(e => e.AmountLocal).Amount();
        builder.Property(e => e.RemainingAmount).Amount();
        builder.Property(e => e.StatementNo).HasMaxLength(Mapping.NoLength);
        builder.Property(e => e.BalancingNo).HasMaxLength(Mapping.NoLength);
        builder.Property(e => e.ExternalDocumentNo).HasMaxLength(Mapping.DocumentNoLength);
        builder.HasOne<BankAccount>().WithMany().HasForeignKey(e => e.BankAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.BankAccountId, e.Open });
        builder.HasIndex(e => new { e.BankAccountId, e.PostingDate });
    }
}
