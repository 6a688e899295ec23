using System.Globalization;
using BankRecon.Web.Infrastructure;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Options;

namespace BankRecon.Web.TagHelpers;

/// <summary>
/// <c>&lt;instant value="@user.CreatedAtUtc" /&gt;</c>: a UTC instant shown as date and minute in the company's
/// time zone (Company:TimeZone, default Europe/Oslo), never the server's.
/// </summary>
[HtmlTargetElement("instant", TagStructure = TagStructure.WithoutEndTag)]
public sealed class InstantTagHelper(IOptions<CompanyOptions> company) : TagHelper
{
    public DateTime? Value { get; set; }

    public string Empty { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        if (Value is not { } utc)
        {
            output.TagName = "span";
            output.Content.SetContent(Empty);
            return;
        }

        var zone = company.Value.ResolveTimeZone();
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);
        output.Attributes.SetAttribute("datetime", DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture));
        output.Attributes.SetAttribute("title", zone.Id);
        var culture = CultureInfo.CurrentCulture;
        var date = BusinessDateTagHelper.Format(DateOnly.FromDateTime(local), culture);
        output.Content.SetContent(date + " " + local.ToString("HH:mm", culture));
    }
}
