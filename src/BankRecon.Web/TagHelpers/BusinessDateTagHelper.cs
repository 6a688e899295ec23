using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace BankRecon.Web.TagHelpers;

/// <summary>
/// <c>&lt;business-date value="@entry.PostingDate" /&gt;</c>: a <see cref="DateOnly"/> as a &lt;time&gt; element
/// in the current culture's short date (nb-NO 31.03.2026, sv-SE 2026-03-31). English uses ISO 8601
/// (2026-03-31): our English readers are international, and 03/04 means two different days in the US and the UK.
/// </summary>
[HtmlTargetElement("business-date", TagStructure = TagStructure.WithoutEndTag)]
public sealed class BusinessDateTagHelper : TagHelper
{
    public DateOnly? Value { get; set; }

    public string Empty { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("date", HtmlEncoder.Default);
        if (Value is not { } date)
        {
            output.TagName = "span";
            output.Content.SetContent(Empty);
            return;
        }

        output.Attributes.SetAttribute("datetime", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        output.Content.SetContent(Format(date, CultureInfo.CurrentCulture));
    }

    public static string Format(DateOnly date, CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "en"
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : date.ToString(culture.DateTimeFormat.ShortDatePattern, culture);
}
