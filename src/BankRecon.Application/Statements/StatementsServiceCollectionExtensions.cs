using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Application.Statements;

public static class StatementsServiceCollectionExtensions
{
    /// <summary>Statement import: preview, import, import results and the demo company's sample statements.</summary>
    public static IServiceCollection AddBankReconStatements(this IServiceCollection services)
    {
        services.AddOptions<StatementImportOptions>();
        services.AddSingleton<IValidator<PreviewStatementImportQuery>, PreviewStatementImportValidator>();
        services.AddSingleton<IValidator<ImportStatementCommand>, ImportStatementValidator>();
        services.AddScoped<PreviewStatementImportHandler>();
        services.AddScoped<ImportStatementHandler>();
        services.AddScoped<DemoStatementsHandler>();
        services.AddScoped<ListImportBankAccountsHandler>();
        services.AddScoped<GetStatementImportsHandler>();
        return services;
    }
}
