using BankRecon.Domain.Common;

namespace BankRecon.Domain.Company;

/// <summary>Converts between a foreign currency and local currency using the rate in force on a date.</summary>
public sealed class ExchangeRateTable
{
    private readonly CurrencyCode _local;
    private readonly Dictionary<string, List<ExchangeRate>> _byCurrency;

    public ExchangeRateTable(CurrencyCode localCurrency, IEnumerable<ExchangeRate> rates)
    {
        _local = localCurrency;
        _byCurrency = rates.GroupBy(r => r.Currency, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.StartingDate).ToList(), StringComparer.Ordinal);
    }

    public CurrencyCode LocalCurrency => _local;

    /// <summary>Local units per foreign unit on <paramref name="date"/>; 1 for the local currency.</summary>
    public Result<decimal> RateOn(CurrencyCode currency, DateOnly date)
    {
        if (currency == _local) return Result.Success(1m);
        if (!_byCurrency.TryGetValue(currency.Code, out var rates))
            return Result<decimal>.Invalid("exchange-rate.missing", $"There is no exchange rate for {currency}. Add one under Exchange rates.").WithArgs(currency.ToString());
        ExchangeRate? found = null;
        foreach (var rate in rates)
        {
            if (rate.StartingDate > date) break;
            found = rate;
        }

        return found is null
            ? Result<decimal>.Invalid("exchange-rate.missing", $"There is no exchange rate for {currency} on or before {date:yyyy-MM-dd}.").WithArgs(currency.ToString(), date)
            : Result.Success(found.LocalPerUnit);
    }

    /// <summary>Converts to local currency, rounded to local minor units (half away from zero).</summary>
    public Result<Money> ToLocal(Money amount, DateOnly date)
    {
        var rate = RateOn(amount.Currency, date);
        return rate.Succeeded
            ? Result.Success(new Money(amount.Amount * rate.Value, _local).RoundToMinorUnits())
            : Result<Money>.Failure(rate);
    }
}
