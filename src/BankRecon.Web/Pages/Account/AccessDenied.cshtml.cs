using BankRecon.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BankRecon.Web.Pages.Account;

/// <summary>
/// The page a "forbidden" answer points to. Refusals themselves answer 403 in place (see SecuritySetup), rendered by
/// /Status with the same message; this page serves direct links.
/// </summary>
[AllowReadOnlyRoles]
[IgnoreAntiforgeryToken]
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
