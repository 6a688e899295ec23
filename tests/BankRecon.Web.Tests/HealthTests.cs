using System.Net;
using System.Text.Json;
using BankRecon.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace BankRecon.Web.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_is_200_with_json_when_the_database_answers()
    {
        using var site = new DemoSiteFactory();
        using var client = site.NewClient();

        var response = await client.Http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("database", json.RootElement.GetProperty("checks")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Health_is_503_when_the_database_has_lost_its_schema()
    {
        using var site = new DemoSiteFactory();
        using var client = site.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health")).StatusCode);

        // Replace the database with an empty file: connections still open, but our tables are gone.
        SqliteConnection.ClearAllPools();
        var databaseFile = Path.Combine(site.DataFolder, "bankrecon.db");
        File.Delete(databaseFile);
        await File.WriteAllBytesAsync(databaseFile, []);

        var response = await client.Http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Unhealthy", json.RootElement.GetProperty("status").GetString());
        Assert.DoesNotContain("bankrecon.db", json.RootElement.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_needs_no_sign_in()
    {
        using var site = new DemoSiteFactory();
        using var anonymous = site.NewClient();

        var response = await anonymous.Http.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
