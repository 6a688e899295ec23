namespace BankRecon.Application.Dashboard;

/// <param name="Key">Stable key; the web app shows a localised label for it ("Dashboard.Amount.{Key}").</param>
/// <param name="Currency">ISO currency of <paramref name="Amount"/>: amounts in different currencies are never added up.</param>
/// <param name="Amount">A real sum from the database.</param>
/// <param name="Page">Razor page that lists what was summed, or null.</param>
public sealed record DashboardAmount(string Key, string Currency, decimal Amount, string? Page);
