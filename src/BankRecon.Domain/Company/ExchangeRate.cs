using BankRecon.Domain.Common;

namespace BankRecon.Domain.Company;

/// <summary>
/// How many units of local currency one unit of <see cref="Currency"/> costs, valid from <see cref="StartingDate"/>
/// until the next rate for the same currency.
/// </summary>
public sealed class ExchangeRate : Entity
{
    private ExchangeRate() { }

    public ExchangeRate(CurrencyCode currency, DateOnly startingDate, decimal localPerUnit)
    {
        if (localPerUnit <= 0) throw new DomainException("An exchange rate must be positive.");
        Currency = currency.Code;
        StartingDate = startingDate;
        LocalPerUnit = localPerUnit;
    }

    public string Currency { get; private set; } = "";

    public DateOnly StartingDate { get; private set; }

    /// <summary>Local currency units per one unit of the foreign currency (e.g. 11.50 NOK per EUR).</summary>
    public decimal LocalPerUnit { get; private set; }
}
