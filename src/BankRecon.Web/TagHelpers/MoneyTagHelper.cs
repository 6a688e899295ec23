using System.Globalization;
using System.Text.Encodings.Web;
using BankRecon.Domain.Common;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace BankRecon.Web.TagHelpers;

/// <summary>
/// <c>&lt;money value="@amount" currency="NOK" /&gt;</c> or <c>&lt;money amount="@money" /&gt;</c>: the amount in
/// the current UI culture ("1 234,56" in nb-NO and sv-SE, "1,234.56" in English), with the currency's minor units,
/// tabular digits, and class "negative" for amounts below zero. <c>show-currency</c> appends the ISO code.
/// </summary>
[HtmlTargetElement("money", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MoneyTagHelper : TagHelper
{
    public decimal? Value { get; set; }

    public string? Currency { get; set; }

    public Money? Amount { get; set; }

    public bool ShowCurrency { get; set; }

    /// <summary>What to write for a missing value (default: nothing).</summary>
    public string Empty { get; set; } = "";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("money", HtmlEncoder.Default);

        var (amount, currency) = Amount is { } money
            ? (money.Amount, (string?)money.Currency.Code)
            : (Value, Currency);
        if (amount is null)
        {
            output.Content.SetContent(Empty);
            return;
        }

        var text = Format(amount.Value, currency, CultureInfo.CurrentCulture);
        if (amount.Value < 0) output.AddClass("negative", HtmlEncoder.Default);
        if (!string.IsNullOrEmpty(currency)) output.Attributes.SetAttribute("data-currency", currency);
        output.Content.SetContent(text);
        if (ShowCurrency && !string.IsNullOrEmpty(currency))
        {
            output.Content.AppendHtml("<span class=\"currency\">");
            output.Content.Append(currency);
            output.Content.AppendHtml("</span>");
        }
    }

    /// <summary>Digits after the decimal mark come from the currency (JPY 0, NOK 2, KWD 3); 2 when unknown.</summary>
    public static string Format(decimal amount, string? currency, CultureInfo culture) => Format(amount, MinorUnits(currency), culture);

    /// <summary>For a table of amounts in one currency: look the minor units up once (<see cref="MinorUnits"/>).</summary>
    public static string Format(decimal amount, int decimals, CultureInfo culture) =>
        Math.Round(amount, decimals, MidpointRounding.AwayFromZero).ToString(NumberFormats[Math.Clamp(decimals, 0, NumberFormats.Length - 1)], culture);

    public static int MinorUnits(string? currency) => CurrencyCode.TryParse(currency, out var code) ? code.MinorUnits : 2;

    private static readonly string[] NumberFormats = ["N0", "N1", "N2", "N3", "N4"];
}
