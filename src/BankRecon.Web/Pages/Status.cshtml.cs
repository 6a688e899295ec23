using BankRecon.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BankRecon.Web.Pages;

/// <summary>
/// Renders error status codes (re-executed by UseStatusCodePagesWithReExecute, so the original status stays).
/// Any method may arrive here (a refused POST is re-executed as a POST), so it has no handler methods at all and
/// skips antiforgery: it only explains, it never changes anything.
/// </summary>
[AllowReadOnlyRoles]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code => RouteData.Values.TryGetValue("code", out var value) &&
        int.TryParse(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), out var code) ? code : 500;

    /// <summary>Resource key stem for the explanation: known codes have their own text.</summary>
    public string MessageKey => Code switch
    {
        400 => "Status.400",
        404 => "Status.404",
        405 => "Status.405",
        413 => "Status.413",
        >= 500 => "Status.500",
        _ => "Status.Other",
    };
}
