namespace BankRecon.Web.Navigation;

/// <param name="LabelKey">Resource key of the group heading.</param>
/// <param name="Items">Links in display order.</param>
public sealed record NavigationGroup(string LabelKey, IReadOnlyList<NavigationItem> Items);
