using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace BankRecon.Web.TagHelpers;

/// <summary>
/// <c>&lt;a requires-policy="@Policies.CanEdit" ...&gt;</c>: the element is left out for users the policy refuses,
/// so auditors never see buttons that would only answer 403. The pages enforce the policy themselves; this only
/// keeps the screen honest.
/// </summary>
[HtmlTargetElement(Attributes = "requires-policy")]
public sealed class RequiresPolicyTagHelper(IAuthorizationService authorization) : TagHelper
{
    public string RequiresPolicy { get; set; } = "";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    // Before the other tag helpers on the element, so a hidden link does not build its URL for nothing.
    public override int Order => -1000;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var allowed = await authorization.AuthorizeAsync(ViewContext.HttpContext.User, RequiresPolicy);
        if (!allowed.Succeeded) output.SuppressOutput();
    }
}
