namespace BankRecon.Web.Navigation;

/// <param name="LabelKey">Resource key of the link text.</param>
/// <param name="Page">Razor page path (view-engine path, e.g. "/Customers/Index").</param>
/// <param name="Policy">Authorization policy the user needs to see the link; null = any signed-in user.</param>
public sealed record NavigationItem(string LabelKey, string Page, string? Policy = null);
