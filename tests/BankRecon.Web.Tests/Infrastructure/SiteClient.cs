using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace BankRecon.Web.Tests.Infrastructure;

/// <summary>
/// An HttpClient that behaves like a browser user: keeps cookies, reads pages as HTML documents and posts forms
/// with the antiforgery token taken from a rendered form, the way a browser would.
/// </summary>
public sealed class SiteClient(HttpClient http) : IDisposable
{
    public const string AntiforgeryField = "__RequestVerificationToken";

    public HttpClient Http { get; } = http;

    public async Task<Page> GetAsync(string url)
    {
        var response = await Http.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response, new HtmlParser().ParseDocument(html), html);
    }

    /// <summary>The antiforgery token from the first form on <paramref name="pageUrl"/> that carries one.</summary>
    public async Task<string> AntiforgeryTokenAsync(string pageUrl = "/Account/Language")
    {
        var page = await GetAsync(pageUrl);
        var token = page.Document.QuerySelectorAll<IHtmlInputElement>($"input[name='{AntiforgeryField}']").FirstOrDefault()?.Value;
        return token ?? throw new InvalidOperationException($"No antiforgery token in a form on {pageUrl} (status {(int)page.Response.StatusCode}).");
    }

    /// <summary>Posts <paramref name="fields"/> plus a valid antiforgery token (read from <paramref name="tokenPage"/>).</summary>
    public async Task<Page> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string tokenPage = "/Account/Language")
    {
        var token = await AntiforgeryTokenAsync(tokenPage);
        return await PostWithoutTokenAsync(url, fields.Append(new(AntiforgeryField, token)));
    }

    public async Task<Page> PostWithoutTokenAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        var response = await Http.PostAsync(url, content);
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response, new HtmlParser().ParseDocument(html), html);
    }

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password, string? returnUrl = null)
    {
        var url = returnUrl is null ? "/Account/SignIn" : $"/Account/SignIn?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var page = await PostAsync(url, [new("Input.UserName", userName), new("Input.Password", password)], tokenPage: "/Account/SignIn");
        return page.Response;
    }

    public async Task<bool> IsSignedInAsync()
    {
        var response = await Http.GetAsync("/");
        return response.StatusCode == HttpStatusCode.OK;
    }

    public void Dispose() => Http.Dispose();
}
