using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BankRecon.Persistence.Conversions;

/// <summary>Instants are stored as UTC and read back with Kind = Utc (SQLite forgets the kind; Npgsql timestamptz insists on it).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
