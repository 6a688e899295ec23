using System.Net;
using BankRecon.Application.Users;
using BankRecon.Web.Security;
using BankRecon.Web.Tests.Infrastructure;

namespace BankRecon.Web.Tests;

public sealed class SecurityHeadersTests(DemoSiteFactory site) : IClassFixture<DemoSiteFactory>
{
    [Theory]
    [InlineData("/Account/SignIn")]
    [InlineData("/health")]
    [InlineData("/css/site.css")]
    public async Task Every_response_forbids_framing_and_sniffing(string url)
    {
        using var client = site.NewClient();

        var response = await client.Http.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", string.Join(",", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("frame-ancestors 'none'", string.Join(",", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("same-origin", string.Join(",", response.Headers.GetValues("Referrer-Policy")));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Authentication_cookie_is_http_only_and_same_site_lax()
    {
        using var client = site.NewClient();

        var response = await client.SignInAsync("auditor", DemoUsers.Password);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(SecuritySetup.AuthCookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("expires=", cookie, StringComparison.OrdinalIgnoreCase); // a session cookie; sliding expiry is inside the ticket
    }

    [Fact]
    public async Task Every_form_on_a_page_carries_an_antiforgery_token()
    {
        var client = await site.SignedInAsync(BankRecon.Domain.Users.UserRole.Administrator);
        foreach (var url in new[] { "/", "/Admin/Users/Create", "/Account/ChangePassword", "/Account/Language" })
        {
            var page = await client.GetAsync(url);
            foreach (var form in page.Document.QuerySelectorAll("form[method='post']"))
                Assert.NotNull(form.QuerySelector($"input[name='{SiteClient.AntiforgeryField}']"));
        }
    }
}
