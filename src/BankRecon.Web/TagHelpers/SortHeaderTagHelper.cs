using BankRecon.Application.Common;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace BankRecon.Web.TagHelpers;

/// <summary>
/// <c>&lt;th sort-by="name" sort-current="@Model.Sort"&gt;Name&lt;/th&gt;</c>: the heading becomes a link that sorts
/// by the column (ascending first, again for descending), sets aria-sort and shows an arrow. Paging restarts at 1.
/// </summary>
[HtmlTargetElement("th", Attributes = "sort-by")]
public sealed class SortHeaderTagHelper : TagHelper
{
    public string SortBy { get; set; } = "";

    public SortOrder? SortCurrent { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        var active = SortCurrent is { } current && current.Is(SortBy);
        var descending = active && SortCurrent!.Value.Descending;
        var next = active && !descending ? "-" + SortBy : SortBy;

        output.Attributes.SetAttribute("aria-sort", active ? (descending ? "descending" : "ascending") : "none");
        var link = new TagBuilder("a");
        link.AddCssClass("sort-link");
        if (active) link.AddCssClass(descending ? "sorted-desc" : "sorted-asc");
        link.MergeAttribute("href", QueryStringLinks.With(ViewContext.HttpContext.Request,
            (QueryStringLinks.Sort, next), (QueryStringLinks.Page, null)));
        link.InnerHtml.AppendHtml(content);
        link.InnerHtml.AppendHtml(active
            ? (descending ? "<span class=\"sort-indicator\" aria-hidden=\"true\">▼</span>" : "<span class=\"sort-indicator\" aria-hidden=\"true\">▲</span>")
            : "<span class=\"sort-indicator is-idle\" aria-hidden=\"true\">↕</span>");
        output.Content.SetHtmlContent(link);
    }
}
