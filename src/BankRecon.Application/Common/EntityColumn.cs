using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace BankRecon.Application.Common;

/// <summary>One mapped column of an <see cref="EntityTable"/>: how to read it from an entity and bind it as EF binds it.</summary>
internal sealed class EntityColumn
{
    private readonly IClrPropertyGetter? _getter;

    public EntityColumn(IProperty property, string name)
    {
        Property = property;
        Name = name;
        Mapping = property.GetRelationalTypeMapping();
        Converter = Mapping.Converter ?? property.GetValueConverter();
        Nullable = property.IsNullable;
        _getter = property.IsShadowProperty() ? null : property.GetGetter();
    }

    public IProperty Property { get; }

    /// <summary>The delimited column name.</summary>
    public string Name { get; }

    public RelationalTypeMapping Mapping { get; }

    public ValueConverter? Converter { get; }

    public bool Nullable { get; }

    /// <summary>A shadow property (e.g. an owned entity's foreign key) has no CLR member: its value comes from the caller.</summary>
    public bool IsShadow => _getter is null;

    /// <summary>The CLR value of this column on <paramref name="entity"/>.</summary>
    public object? Get(object entity) =>
        (_getter ?? throw new InvalidOperationException($"{Property.DeclaringType.DisplayName()}.{Property.Name} is a shadow property; give its value."))
        .GetClrValueUsingContainingEntity(entity);

    /// <summary>The value as EF would send it: through the property's converter; enums as their number; null as DBNull.</summary>
    public object ToProvider(object? value)
    {
        if (value is not null && Converter is not null) value = Converter.ConvertToProvider(value);
        if (value is Enum e) value = Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), CultureInfo.InvariantCulture);
        return value ?? DBNull.Value;
    }

    public object ProviderValue(object entity) => ToProvider(Get(entity));

    /// <summary>A parameter configured by the type mapping (e.g. GUIDs as TEXT on SQLite, timestamptz on PostgreSQL).</summary>
    public DbParameter CreateParameter(DbCommand command, string name) => Mapping.CreateParameter(command, name, null, Nullable);

    /// <summary>The value as a SQL literal, written by the same type mapping.</summary>
    public string Literal(object? value) => Mapping.GenerateSqlLiteral(value);
}
