using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Documents;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BankRecon.Persistence.Configurations;

internal sealed class PaymentTermsConfiguration : IEntityTypeConfiguration<PaymentTerms>
{
    public void Configure(EntityTypeBuilder<PaymentTerms> builder)
    {
        builder.ToTable("PaymentTerms");
        builder.HasKey(e => e.Id);
        builder.Versioned();
        builder.Property(e => e.Code).HasMaxLength(Mapping.NoLength).IsRequired();
        builder.HasIndex(e => e.Code).IsUnique();
        builder.Property(e => e.Description).HasMaxLength(Mapping.NameLength).IsRequired();
        builder.Property(e => e.DueDateFormula).HasMaxLength(32).IsRequired();
        builder.Property(e => e.DiscountDateFormula).HasMaxLength(32);
        builder.Property(e => e.DiscountPercent).Amount();
    }
}

internal sealed class CustomerConfiguration : IEntityTypeConfiguration<Customer>
{
    public void Configure(EntityTypeBuilder<Customer> builder)
    {
        builder.ToTable("Customers");
        builder.PartyColumns("CustomerBankAccounts", "CustomerId");
    }
}

internal sealed class VendorConfiguration : IEntityTypeConfiguration<Vendor>
{
    public void Configure(EntityTypeBuilder<Vendor> builder)
    {
        builder.ToTable("Vendors");
        builder.PartyColumns("VendorBankAccounts", "VendorId");
    }
}

internal static class PartyMapping
{
    public static void PartyColumns<T>(this EntityTypeBuilder<T> builder, string bankAccountTable, string ownerColumn)
        where T : Party
    {
        builder.HasKey(e => e.Id);
        builder.Versioned();
        builder.Property(e => e.No).HasMaxLength(Mapping.NoLength).IsRequired();
        builder.HasIndex(e => e.No).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(Mapping.NameLength).IsRequired();
        builder.HasIndex(e => e.Name);
        builder.Property(e => e.Address).HasMaxLength(Mapping.NameLength);
        builder.Property(e => e.PostCode).HasMaxLength(Mapping.NoLength);
        builder.Property(e => e.City).HasMaxLength(60);
        builder.Property(e => e.CountryCode).HasMaxLength(2).IsRequired();
        builder.Property(e => e.Currency).HasMaxLength(Mapping.CurrencyLength).IsFixedLength().IsUnicode(false);
        builder.Property(e => e.Email).HasMaxLength(120);
        builder.Property(e => e.OrganizationNo).HasMaxLength(30);
        builder.HasOne<PaymentTerms>().WithMany().HasForeignKey(e => e.PaymentTermsId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsMany(e => e.BankAccounts, account =>
        {
            account.ToTable(bankAccountTable);
            account.WithOwner().HasForeignKey(ownerColumn);
            account.HasKey(a => a.Id);
            account.Property(a => a.Id).ValueGeneratedNever();
            account.Property(a => a.AccountNumber).HasMaxLength(Mapping.AccountNumberLength).IsRequired();
            account.Property(a => a.Bic).HasMaxLength(11);
            account.HasIndex(a => a.AccountNumber);
            account.Ignore(a => a.IsIban);
        });
        builder.Navigation(e => e.BankAccounts).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class BankAccountConfiguration : IEntityTypeConfiguration<BankAccount>
{
    public void Configure(EntityTypeBuilder<BankAccount> builder)
    {
        builder.ToTable("BankAccounts");
        builder.HasKey(e => e.Id);
        builder.Versioned();
        builder.Property(e => e.No).HasMaxLength(Mapping.NoLength).IsRequired();
        builder.HasIndex(e => e.No).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(Mapping.NameLength).IsRequired();
        builder.Property(e => e.Iban).HasMaxLength(Mapping.AccountNumberLength);
        builder.Property(e => e.DomesticAccountNo).HasMaxLength(Mapping.AccountNumberLength);
        builder.Property(e => e.Bic).HasMaxLength(11);
        builder.Property(e => e.Currency).Currency().IsRequired();
        builder.Property(e => e.LastStatementNo).HasMaxLength(Mapping.NoLength);
        builder.Property(e => e.LastPaymentStatementNo).HasMaxLength(Mapping.NoLength);
        builder.Property(e => e.BalanceLastStatement).Amount();
        builder.Property(e => e.MatchToleranceValue).Amount();
        builder.Property(e => e.CsvProfileJson).HasMaxLength(8000);
        builder.HasOne<GlAccount>().WithMany().HasForeignKey(e => e.GlAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(e => e.CurrencyCode);
    }
}

internal sealed class PostedDocumentConfiguration : IEntityTypeConfiguration<PostedDocument>
{
    public void Configure(EntityTypeBuilder<PostedDocument> builder)
    {
        builder.ToTable("PostedDocuments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.No).HasMaxLength(Mapping.DocumentNoLength).IsRequired();
        builder.HasIndex(e => new { e.Kind, e.No }).IsUnique();
        builder.HasIndex(e => e.PartyId);
        builder.Property(e => e.PartyNo).HasMaxLength(Mapping.NoLength).IsRequired();
        builder.Property(e => e.PartyName).HasMaxLength(Mapping.NameLength).IsRequired();
        builder.Property(e => e.Currency).Currency().IsRequired();
        builder.Property(e => e.TotalAmount).Amount();
        builder.Property(e => e.ExternalDocumentNo).HasMaxLength(Mapping.DocumentNoLength);
        builder.Property(e => e.PaymentReference).HasMaxLength(Mapping.DocumentNoLength);
        builder.Property(e => e.PostedBy).HasMaxLength(Mapping.UserNameLength).IsRequired();
        builder.OwnsMany(e => e.Lines, line =>
        {
            line.ToTable("PostedDocumentLines");
            line.WithOwner().HasForeignKey("PostedDocumentId");
            line.HasKey("PostedDocumentId", nameof(PostedDocumentLine.LineNo));
            line.Property(l => l.LineNo).ValueGeneratedNever();
            line.Property(l => l.Description).HasMaxLength(Mapping.DescriptionLength).IsRequired();
            line.Property(l => l.Amount).Amount();
        });
        builder.Navigation(e => e.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
