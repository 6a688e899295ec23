using BankRecon.Domain.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BankRecon.Persistence.Configurations;

/// <summary>Table "UserAccounts"; migration 20261121120000_CreateUserAccounts must match this exactly.</summary>
public sealed class UserAccountConfiguration : IEntityTypeConfiguration<UserAccount>
{
    public const int RoleMaxLength = 32;

    // Instants go in as UTC and must come out as UTC (SQLite stores text without a kind; Npgsql's timestamptz
    // insists on Kind=Utc). Kept local to this configuration so it does not collide with a shared converter.
    private static readonly ValueConverter<DateTime, DateTime> Utc =
        new(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private static readonly ValueConverter<DateTime?, DateTime?> NullableUtc =
        new(v => v, v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);

    public void Configure(EntityTypeBuilder<UserAccount> builder)
    {
        builder.ToTable("UserAccounts");
        builder.HasKey(u => u.Id);
        builder.Property(u => u.Id).ValueGeneratedNever();

        builder.Property(u => u.UserName).HasMaxLength(UserAccount.UserNameMaxLength).IsRequired();
        builder.Property(u => u.NormalizedUserName).HasMaxLength(UserAccount.UserNameMaxLength).IsRequired();
        builder.Property(u => u.DisplayName).HasMaxLength(UserAccount.DisplayNameMaxLength).IsRequired();

        // By name, so the stored value survives reordering of the enum.
        builder.Property(u => u.Role).HasConversion<string>().HasMaxLength(RoleMaxLength).IsRequired();

        builder.Property(u => u.PasswordHash).HasMaxLength(UserAccount.PasswordHashMaxLength).IsRequired();
        builder.Property(u => u.SecurityStamp).HasMaxLength(UserAccount.SecurityStampMaxLength).IsRequired();
        builder.Property(u => u.FailedSignInCount).IsRequired();
        builder.Property(u => u.LockoutEndUtc).HasConversion(NullableUtc);
        builder.Property(u => u.PreferredCulture).HasMaxLength(UserAccount.CultureMaxLength);
        builder.Property(u => u.IsDemo).IsRequired();
        builder.Property(u => u.CreatedAtUtc).HasConversion(Utc).IsRequired();
        builder.Property(u => u.Version).IsConcurrencyToken().IsRequired();

        builder.HasIndex(u => u.NormalizedUserName).IsUnique().HasDatabaseName("IX_UserAccounts_NormalizedUserName");
    }
}
