using System.Globalization;

namespace BankRecon.Domain.Common;

/// <summary>
/// An amount in one currency. Arithmetic refuses to mix currencies. Rounding to minor units happens only at
/// boundaries (import, posting, display), always half away from zero (docs/domain/sign-conventions.md).
/// </summary>
public readonly record struct Money(decimal Amount, CurrencyCode Currency) : IComparable<Money>
{
    public static Money Zero(CurrencyCode currency) => new(0m, currency);

    public bool IsZero => Amount == 0m;

    public bool IsPositive => Amount > 0m;

    public bool IsNegative => Amount < 0m;

    public Money Abs() => this with { Amount = Math.Abs(Amount) };

    public Money Negate() => this with { Amount = -Amount };

    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount, SameCurrency(left, right));

    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount, SameCurrency(left, right));

    public static Money operator -(Money value) => value.Negate();

    public static Money operator *(Money left, decimal factor) => left with { Amount = left.Amount * factor };

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    public int CompareTo(Money other)
    {
        _ = SameCurrency(this, other);
        return Amount.CompareTo(other.Amount);
    }

    public Money RoundToMinorUnits(MidpointRounding mode = MidpointRounding.AwayFromZero) =>
        this with { Amount = Math.Round(Amount, Currency.MinorUnits, mode) };

    /// <summary>12.34 EUR -> 1234; an exact lookup key for the matching engine.</summary>
    public long ToMinorUnits() => decimal.ToInt64(RoundToMinorUnits().Amount * Currency.MinorUnitScale);

    public static Money FromMinorUnits(long minorUnits, CurrencyCode currency) => new(minorUnits / currency.MinorUnitScale, currency);

    /// <summary>Invariant machine form, e.g. "1234.50 NOK" (logs, CSV, JSON). Display goes through the UI's formatter.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Amount.ToString("F" + Currency.MinorUnits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)} {Currency.Code}");

    private static CurrencyCode SameCurrency(Money left, Money right) =>
        left.Currency == right.Currency
            ? left.Currency
            : throw new DomainException($"Cannot combine {left.Currency} and {right.Currency}.");
}
