using BankRecon.Domain.Parties;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BankRecon.Web.Parties;

/// <summary>
/// Customers and vendors share their pages: each page under /Customers and /Vendors is a thin subclass that names its
/// party type, and the markup lives in shared partials (Pages/Shared/Parties).
/// </summary>
public abstract class PartyPageModel : PageModel
{
    public abstract PartyType Type { get; }

    /// <summary>"/Customers" or "/Vendors": the folder of this party type's pages.</summary>
    public string Folder => Type == PartyType.Customer ? "/Customers" : "/Vendors";

    /// <summary>Resource key with the party type's prefix: Text("Title") is "Customers.Title" or "Vendors.Title".</summary>
    public string Text(string name) => (Type == PartyType.Customer ? "Customers." : "Vendors.") + name;
}
