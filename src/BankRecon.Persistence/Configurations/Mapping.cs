using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BankRecon.Persistence.Configurations;

/// <summary>Column conventions shared by the configurations, so every table spells them the same way.</summary>
internal static class Mapping
{
    public const int NoLength = 20;
    public const int NameLength = 100;
    public const int DocumentNoLength = 35;
    public const int DescriptionLength = 250;
    public const int CurrencyLength = 3;
    public const int AccountNumberLength = 34;
    public const int UserNameLength = 100;

    public static PropertyBuilder<decimal> Amount(this PropertyBuilder<decimal> property) => property.HasPrecision(19, 4);

    public static PropertyBuilder<decimal?> Amount(this PropertyBuilder<decimal?> property) => property.HasPrecision(19, 4);

    public static PropertyBuilder<string> Currency(this PropertyBuilder<string> property) =>
        property.HasMaxLength(CurrencyLength).IsFixedLength().IsUnicode(false);

    public static void Versioned<T>(this EntityTypeBuilder<T> builder)
        where T : VersionedEntity =>
        builder.Property(e => e.Version).IsConcurrencyToken();

    /// <summary>The columns every posted entry has.</summary>
    public static void LedgerEntryColumns<T>(this EntityTypeBuilder<T> builder)
        where T : LedgerEntry
    {
        builder.HasKey(e => e.Id);
        builder.Versioned();
        builder.HasIndex(e => e.EntryNo).IsUnique();
        builder.HasIndex(e => e.TransactionNo);
        builder.HasIndex(e => e.DocumentNo);
        builder.Property(e => e.DocumentNo).HasMaxLength(DocumentNoLength).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(DescriptionLength).IsRequired();
        builder.Property(e => e.PostedBy).HasMaxLength(UserNameLength).IsRequired();
    }
}
