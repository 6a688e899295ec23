using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using BankRecon.Importers.Abstractions;
using BankRecon.Web.Tests.Infrastructure;

namespace BankRecon.Web.Tests.Statements;

/// <summary>The import page's upload form and sample links, as a browser uses them (multipart, antiforgery token from the page).</summary>
public static class ImportUploads
{
    public static async Task<byte[]> SampleAsync(SiteClient client, string account, StatementFormat format)
    {
        var response = await client.Http.GetAsync($"/Statements/Import?handler=Sample&account={account}&format={format}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Posts the upload form; the answer is the redirect to the preview, or the form again with its errors.</summary>
    public static async Task<Page> PostFilesAsync(SiteClient client, string? bankAccount, params (string Name, byte[] Content)[] files)
    {
        var form = await client.GetAsync("/Statements/Import");
        var token = form.Document.QuerySelector<IHtmlFormElement>("form[enctype='multipart/form-data']")!
            .QuerySelector<IHtmlInputElement>($"input[name='{SiteClient.AntiforgeryField}']")!.Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), SiteClient.AntiforgeryField },
            { new StringContent(bankAccount ?? ""), "Input.BankAccountNo" },
            { new StringContent("Auto"), "Input.Format" },
        };
        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "Input.Files", name);
        }

        var response = await client.Http.PostAsync("/Statements/Import?handler=Preview", content);
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response, new HtmlParser().ParseDocument(html), html);
    }
}
