using BankRecon.Domain.Common;

namespace BankRecon.Domain.Company;

/// <summary>The company we keep the books for (one row): local currency, time zone and application tolerances.</summary>
public sealed class CompanySettings : VersionedEntity
{
    private CompanySettings() { }

    public CompanySettings(string name, CurrencyCode localCurrency, string countryCode, string timeZoneId)
    {
        Update(name, countryCode, timeZoneId);
        LocalCurrency = localCurrency.Code;
    }

    public string Name { get; private set; } = "";

    /// <summary>ISO 4217 code of the currency the G/L is kept in. Fixed once entries exist.</summary>
    public string LocalCurrency { get; private set; } = "NOK";

    public string CountryCode { get; private set; } = "NO";

    /// <summary>IANA time zone that decides what "today" is for default posting dates.</summary>
    public string TimeZoneId { get; private set; } = "Europe/Oslo";

    /// <summary>Payment tolerance in percent of an entry's amount (0 = none).</summary>
    public decimal PaymentTolerancePercent { get; private set; }

    /// <summary>Cap on the payment tolerance per entry, in local currency (0 = no cap).</summary>
    public decimal MaxPaymentToleranceAmount { get; private set; }

    /// <summary>Days after the discount date a late discount is still granted.</summary>
    public int PaymentDiscountGraceDays { get; private set; }

    public CurrencyCode LocalCurrencyCode => CurrencyCode.Parse(LocalCurrency);

    public void Update(string name, string countryCode, string timeZoneId)
    {
        Name = name.Trim();
        CountryCode = countryCode.Trim().ToUpperInvariant();
        TimeZoneId = timeZoneId.Trim();
        Touch();
    }

    public void SetTolerances(decimal paymentTolerancePercent, decimal maxPaymentToleranceAmount, int paymentDiscountGraceDays)
    {
        if (paymentTolerancePercent is < 0 or > 100) throw new DomainException("Payment tolerance must be between 0 and 100 percent.");
        if (maxPaymentToleranceAmount < 0 || paymentDiscountGraceDays < 0) throw new DomainException("Tolerances cannot be negative.");
        PaymentTolerancePercent = paymentTolerancePercent;
        MaxPaymentToleranceAmount = maxPaymentToleranceAmount;
        PaymentDiscountGraceDays = paymentDiscountGraceDays;
        Touch();
    }

    /// <summary>The business date "now" in the company's accounting time zone (never the server's zone).</summary>
    public DateOnly Today(TimeProvider clock)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(TimeZoneId, out var found) ? found : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
    }
}
