using BankRecon.Application.Statements;
using BankRecon.Web.Pages.Statements;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace BankRecon.Web.Infrastructure;

public static class StatementImportSetup
{
    public const string ImportPage = "/Statements/Import";

    /// <summary>
    /// The import's limits from "Limits" (Limits:MaxStatementFileBytes, default 50 MB per file), the server-side upload
    /// store, and a larger request limit for the import page only: up to <see cref="ImportModel.MaxFiles"/> files of the
    /// per-file limit. The limits are filters of the page (they run before antiforgery reads the form); the page itself
    /// refuses a single file over the per-file limit with a message, and the use case checks again.
    /// </summary>
    public static IServiceCollection AddBankReconStatementImport(this IServiceCollection services)
    {
        services.AddOptions<StatementImportOptions>().BindConfiguration(StatementImportOptions.SectionName);
        services.AddSingleton<StatementUploadStore>();
        services.AddOptions<RazorPagesOptions>().Configure<IOptions<StatementImportOptions>>((pages, import) =>
        {
            var limit = import.Value.MaxStatementFileBytes * ImportModel.MaxFiles + 1024 * 1024;
            pages.Conventions.AddPageApplicationModelConvention(ImportPage, model =>
            {
                model.Filters.Add(new RequestSizeLimitAttribute(limit));
                model.Filters.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = limit, ValueCountLimit = 2048 });
            });
        });
        return services;
    }
}
