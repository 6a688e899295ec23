using System.Globalization;
using BankRecon.Domain.Common;

namespace BankRecon.Domain.Ledger;

/// <summary>
/// Hands out human-facing document numbers ("SI-100042"), as Business Central's No. Series. Two posters taking a number
/// at once conflict on <see cref="VersionedEntity.Version"/>; the loser retries, so numbers are never handed out twice.
/// </summary>
public sealed class NumberSeries : VersionedEntity
{
    private NumberSeries() { }

    public NumberSeries(string code, string description, string prefix, long startingNumber, int digits)
    {
        Code = GlAccount.RequireNo(code).ToUpperInvariant();
        Description = description;
        Prefix = prefix;
        LastNumber = startingNumber - 1;
        Digits = digits;
    }

    public string Code { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string Prefix { get; private set; } = "";

    public long LastNumber { get; private set; }

    /// <summary>Zero-padded width of the numeric part.</summary>
    public int Digits { get; private set; }

    public string Next()
    {
        LastNumber++;
        Touch();
        return Format(LastNumber);
    }

    /// <summary>The number <see cref="Next"/> would give, without taking it.</summary>
    public string Peek() => Format(LastNumber + 1);

    private string Format(long number) => Prefix + number.ToString(new string('0', Math.Max(1, Digits)), CultureInfo.InvariantCulture);
}
