namespace BankRecon.Web.Infrastructure;

/// <summary>
/// "Company" section: the time zone instants are shown in, and the name in the top bar until a company is set up (the
/// layout shows the name from the company settings in the database once there is one).
/// </summary>
public sealed class CompanyOptions
{
    public const string SectionName = "Company";

    public string Name { get; set; } = "";

    /// <summary>IANA time zone id used to show UTC instants (default Europe/Oslo).</summary>
    public string TimeZone { get; set; } = "Europe/Oslo";

    public TimeZoneInfo ResolveTimeZone() =>
        TimeZoneInfo.TryFindSystemTimeZoneById(string.IsNullOrWhiteSpace(TimeZone) ? "UTC" : TimeZone, out var zone)
            ? zone
            : TimeZoneInfo.Utc;
}
