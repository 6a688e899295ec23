using System.Net;
using AngleSharp.Html.Dom;

namespace BankRecon.Web.Tests.Infrastructure;

public sealed record Page(HttpResponseMessage Response, IHtmlDocument Document, string Html)
{
    public HttpStatusCode Status => Response.StatusCode;

    public string? Location => Response.Headers.Location?.OriginalString;

    /// <summary>Model-level and field validation messages shown on the page.</summary>
    public IReadOnlyList<string> ValidationMessages =>
        [.. Document.QuerySelectorAll(".validation-summary-errors li, .field-validation-error")
            .Select(e => e.TextContent.Trim()).Where(t => t.Length > 0)];
}
