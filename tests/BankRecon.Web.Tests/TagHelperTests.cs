using System.Globalization;
using BankRecon.Domain.Common;
using BankRecon.Web.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace BankRecon.Web.Tests;

public sealed class TagHelperTests
{
    [Theory]
    [InlineData("nb-NO", "1\u00a0234,56")]
    [InlineData("sv-SE", "1\u00a0234,56")]
    [InlineData("en-GB", "1,234.56")]
    public void Money_is_grouped_and_rounded_in_the_culture_of_the_request(string culture, string expected)
    {
        var html = Render(new MoneyTagHelper { Value = 1234.555m, Currency = "NOK" }, "money", culture);

        // The encoder writes the no-break space as &#xA0; (it always escapes non-ASCII white space).
        Assert.Contains(">" + expected + "<", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal);
        Assert.DoesNotContain("negative", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_money_is_marked_and_keeps_the_currency_minor_units()
    {
        var yen = Render(new MoneyTagHelper { Amount = new Money(-1500m, CurrencyCode.Jpy), ShowCurrency = true }, "money", "en-GB");
        var dinar = Render(new MoneyTagHelper { Value = 2.5m, Currency = "KWD" }, "money", "en-GB");

        Assert.Contains("class=\"money negative\"", yen, StringComparison.Ordinal);
        Assert.Contains("-1,500<span class=\"currency\">JPY</span>", yen, StringComparison.Ordinal);
        Assert.Contains(">2.500<", dinar, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nb-NO", "31.03.2026")]
    [InlineData("sv-SE", "2026-03-31")]
    [InlineData("en-GB", "2026-03-31")]
    public void Business_dates_follow_the_culture_and_english_uses_iso(string culture, string expected)
    {
        var html = Render(new BusinessDateTagHelper { Value = new DateOnly(2026, 3, 31) }, "business-date", culture);

        Assert.Equal($"<time class=\"date\" datetime=\"2026-03-31\">{expected}</time>", html);
    }

    [Fact]
    public void Missing_values_render_the_empty_text()
    {
        Assert.Equal("<span class=\"money\">–</span>", Render(new MoneyTagHelper { Empty = "–" }, "money", "en-GB"));
        Assert.Equal("<span class=\"date\"></span>", Render(new BusinessDateTagHelper(), "business-date", "en-GB"));
    }

    private static string Render(TagHelper helper, string tag, string culture)
    {
        var previous = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            var context = new TagHelperContext([], new Dictionary<object, object>(), "id");
            var output = new TagHelperOutput(tag, [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
            helper.Process(context, output);
            using var writer = new StringWriter();
            output.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All));
            return writer.ToString();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previous;
        }
    }
}
