using System.Globalization;
using System.Text.Encodings.Web;
using BankRecon.Application.Common;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.TagHelpers;

/// <summary>
/// <c>&lt;pager list="@Model.Users" /&gt;</c>: "Showing 26–50 of 120", previous/next, "Page 2 of 5" and a page-size
/// picker. Links keep the current filter and sort; changing the page size returns to page 1.
/// </summary>
[HtmlTargetElement("pager", TagStructure = TagStructure.WithoutEndTag)]
public sealed class PagerTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    public IPagedList? List { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (List is null)
        {
            output.SuppressOutput();
            return;
        }

        var culture = CultureInfo.CurrentCulture;
        var request = ViewContext.HttpContext.Request;
        output.TagName = "nav";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("pager", HtmlEncoder.Default);
        output.Attributes.SetAttribute("aria-label", localizer["Pager.Label"].Value);

        var html = new HtmlContentBuilder();
        var summary = List.TotalCount == 0
            ? localizer["Pager.NoRows"].Value
            : localizer["Pager.Showing", List.FirstItemNumber.ToString("N0", culture), List.LastItemNumber.ToString("N0", culture),
                List.TotalCount.ToString("N0", culture)].Value;
        html.AppendHtml("<p class=\"pager-summary\">").Append(summary).AppendHtml("</p>");

        html.AppendHtml("<div class=\"pager-pages\">");
        AppendLink(html, List.HasPreviousPage, List.PageNumber - 1, "prev", "‹ " + localizer["Pager.Previous"].Value, request);
        html.AppendHtml("<span class=\"pager-position\">")
            .Append(localizer["Pager.Position", List.PageNumber.ToString("N0", culture), List.TotalPages.ToString("N0", culture)].Value)
            .AppendHtml("</span>");
        AppendLink(html, List.HasNextPage, List.PageNumber + 1, "next", localizer["Pager.Next"].Value + " ›", request);
        html.AppendHtml("</div>");

        html.AppendHtml("<form method=\"get\" class=\"pager-size\">");
        foreach (var (key, values) in request.Query)
        {
            if (key.Equals(QueryStringLinks.Page, StringComparison.OrdinalIgnoreCase) ||
                key.Equals(QueryStringLinks.Size, StringComparison.OrdinalIgnoreCase)) continue;
            foreach (var value in values)
            {
                var hidden = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
                hidden.MergeAttribute("type", "hidden");
                hidden.MergeAttribute("name", key);
                hidden.MergeAttribute("value", value);
                html.AppendHtml(hidden);
            }
        }

        html.AppendHtml("<label>").Append(localizer["Pager.RowsPerPage"].Value).AppendHtml(" <select name=\"size\" data-autosubmit>");
        foreach (var size in PageRequest.OfferedPageSizes.Append(List.PageSize).Distinct().Order())
        {
            var option = new TagBuilder("option");
            option.MergeAttribute("value", size.ToString(CultureInfo.InvariantCulture));
            if (size == List.PageSize) option.MergeAttribute("selected", "selected");
            option.InnerHtml.Append(size.ToString(culture));
            html.AppendHtml(option);
        }

        html.AppendHtml("</select></label> <button type=\"submit\" class=\"button button-small js-hidden\">")
            .Append(localizer["Common.Apply"].Value).AppendHtml("</button></form>");
        output.Content.SetHtmlContent(html);
    }

    private static void AppendLink(HtmlContentBuilder html, bool enabled, int page, string rel, string text, HttpRequest request)
    {
        if (!enabled)
        {
            html.AppendHtml("<span class=\"button button-small is-disabled\" aria-disabled=\"true\">").Append(text).AppendHtml("</span>");
            return;
        }

        var link = new TagBuilder("a");
        link.AddCssClass("button button-small");
        link.MergeAttribute("rel", rel);
        link.MergeAttribute("href", QueryStringLinks.With(request, (QueryStringLinks.Page, page.ToString(CultureInfo.InvariantCulture))));
        link.InnerHtml.Append(text);
        html.AppendHtml(link);
    }
}
