namespace BankRecon.Application.Dashboard;

/// <param name="Key">Stable key; the web app shows a localised label for it ("Dashboard.Figure.{Key}").</param>
/// <param name="Count">A real count from the database.</param>
/// <param name="Page">Razor page that lists what was counted, or null.</param>
public sealed record DashboardFigure(string Key, int Count, string? Page);
