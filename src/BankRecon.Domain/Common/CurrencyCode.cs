using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;

namespace BankRecon.Domain.Common;

/// <summary>An ISO 4217 alphabetic currency code with its number of minor units.</summary>
public readonly record struct CurrencyCode
{
    // ISO 4217 minor units for the currencies our users meet. Codes not listed here are accepted with 2 minor units
    // (the most common value) so that a statement in an unusual currency still imports.
    private static readonly FrozenDictionary<string, int> MinorUnitsByCode = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["NOK"] = 2, ["SEK"] = 2, ["DKK"] = 2, ["ISK"] = 0, ["EUR"] = 2, ["USD"] = 2, ["GBP"] = 2, ["CHF"] = 2,
        ["JPY"] = 0, ["PLN"] = 2, ["CZK"] = 2, ["HUF"] = 2, ["RON"] = 2, ["BGN"] = 2, ["CAD"] = 2, ["AUD"] = 2,
        ["NZD"] = 2, ["CNY"] = 2, ["HKD"] = 2, ["SGD"] = 2, ["INR"] = 2, ["BRL"] = 2, ["ZAR"] = 2, ["MXN"] = 2,
        ["TRY"] = 2, ["KRW"] = 0, ["NGN"] = 2, ["KWD"] = 3, ["BHD"] = 3, ["OMR"] = 3, ["JOD"] = 3, ["TND"] = 3,
        ["CLP"] = 0, ["VND"] = 0, ["XXX"] = 0, ["UAH"] = 2, ["AED"] = 2, ["SAR"] = 2, ["ILS"] = 2, ["THB"] = 2,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private CurrencyCode(string code) => Code = code;

    public string Code { get; }

    /// <summary>Digits after the decimal mark (ISO 4217 "minor unit").</summary>
    public int MinorUnits => MinorUnitsByCode.TryGetValue(Code, out var units) ? units : 2;

    /// <summary>10^MinorUnits, the factor from major to minor units.</summary>
    public decimal MinorUnitScale => MinorUnits switch { 0 => 1m, 1 => 10m, 2 => 100m, 3 => 1000m, _ => 10000m };

    public bool IsWellKnown => MinorUnitsByCode.ContainsKey(Code);

    public static CurrencyCode Nok { get; } = new("NOK");
    public static CurrencyCode Sek { get; } = new("SEK");
    public static CurrencyCode Dkk { get; } = new("DKK");
    public static CurrencyCode Eur { get; } = new("EUR");
    public static CurrencyCode Usd { get; } = new("USD");
    public static CurrencyCode Gbp { get; } = new("GBP");
    public static CurrencyCode Chf { get; } = new("CHF");
    public static CurrencyCode Jpy { get; } = new("JPY");

    /// <summary>The codes with known minor units, sorted, for pick lists.</summary>
    public static IReadOnlyList<string> WellKnownCodes { get; } = [.. MinorUnitsByCode.Keys.Where(c => c != "XXX").Order(StringComparer.Ordinal)];

    public static CurrencyCode Parse(string code) =>
        TryParse(code, out var currency) ? currency : throw new FormatException($"'{code}' is not a three-letter ISO 4217 currency code.");

    public static bool TryParse([NotNullWhen(true)] string? code, out CurrencyCode currency)
    {
        currency = default;
        if (code is null) return false;
        var trimmed = code.Trim();
        if (trimmed.Length != 3) return false;
        foreach (var c in trimmed)
        {
            if (!char.IsAsciiLetter(c)) return false;
        }

        currency = new CurrencyCode(trimmed.ToUpperInvariant());
        return true;
    }

    public override string ToString() => Code ?? "";
}
