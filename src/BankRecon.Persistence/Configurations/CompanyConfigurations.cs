using BankRecon.Domain.Company;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BankRecon.Persistence.Configurations;

internal sealed class CompanySettingsConfiguration : IEntityTypeConfiguration<CompanySettings>
{
    public void Configure(EntityTypeBuilder<CompanySettings> builder)
    {
        builder.ToTable("CompanySettings");
        builder.HasKey(e => e.Id);
        builder.Versioned();
        builder.Property(e => e.Name).HasMaxLength(Mapping.NameLength).IsRequired();
        builder.Property(e => e.LocalCurrency).Currency().IsRequired();
        builder.Property(e => e.CountryCode).HasMaxLength(2).IsRequired();
        builder.Property(e => e.TimeZoneId).HasMaxLength(64).IsRequired();
        builder.Property(e => e.PaymentTolerancePercent).Amount();
        builder.Property(e => e.MaxPaymentToleranceAmount).Amount();
        builder.Ignore(e => e.LocalCurrencyCode);
    }
}

internal sealed class ExchangeRateConfiguration : IEntityTypeConfiguration<ExchangeRate>
{
    public void Configure(EntityTypeBuilder<ExchangeRate> builder)
    {
        builder.ToTable("ExchangeRates");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Currency).Currency().IsRequired();
        builder.Property(e => e.LocalPerUnit).HasPrecision(19, 8);
        builder.HasIndex(e => new { e.Currency, e.StartingDate }).IsUnique();
    }
}
