namespace BankRecon.Web.Infrastructure;

/// <summary>
/// "Company" section: the name in the top bar and the time zone instants are shown in. A stop-gap until company
/// settings live in the database; then the layout reads them from there and this section goes.
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
