using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.TagHelpers;

/// <summary>
/// <c>&lt;filter-bar&gt; ...inputs... &lt;/filter-bar&gt;</c>: a GET form above a list. Keeps the sort and page size,
/// restarts at page 1, and adds "Filter" and "Clear" buttons.
/// </summary>
[HtmlTargetElement("filter-bar")]
public sealed class FilterBarTagHelper(IStringLocalizer<SharedResource> localizer) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var request = ViewContext.HttpContext.Request;
        var fields = await output.GetChildContentAsync();

        output.TagName = "form";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("method", "get");
        output.Attributes.SetAttribute("role", "search");
        output.AddClass("filter-bar", HtmlEncoder.Default);

        output.Content.AppendHtml(fields);
        var clearQuery = new List<(string, string?)>();
        foreach (var key in new[] { QueryStringLinks.Sort, QueryStringLinks.Size })
        {
            var value = request.Query[key].ToString();
            if (string.IsNullOrEmpty(value)) continue;
            var hidden = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            hidden.MergeAttribute("type", "hidden");
            hidden.MergeAttribute("name", key);
            hidden.MergeAttribute("value", value);
            output.Content.AppendHtml(hidden);
            clearQuery.Add((key, value));
        }

        var clearHref = (request.PathBase + request.Path).ToString() +
            (clearQuery.Count == 0 ? "" : "?" + string.Join("&", clearQuery.Select(q => $"{Uri.EscapeDataString(q.Item1)}={Uri.EscapeDataString(q.Item2!)}")));

        output.Content.AppendHtml("<div class=\"filter-actions\"><button type=\"submit\" class=\"button\">")
            .Append(localizer["Filter.Apply"].Value)
            .AppendHtml("</button> ");
        var clear = new TagBuilder("a");
        clear.AddCssClass("button button-quiet");
        clear.MergeAttribute("href", clearHref);
        clear.InnerHtml.Append(localizer["Filter.Clear"].Value);
        output.Content.AppendHtml(clear).AppendHtml("</div>");
    }
}
