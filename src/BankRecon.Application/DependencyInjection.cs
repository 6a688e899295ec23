using BankRecon.Application.BankAccounts;
using BankRecon.Application.Company;
using BankRecon.Application.Dashboard;
using BankRecon.Application.Demo;
using BankRecon.Application.Documents;
using BankRecon.Application.GlAccounts;
using BankRecon.Application.Journals;
using BankRecon.Application.Ledger;
using BankRecon.Application.Parties;
using BankRecon.Application.Statements;
using BankRecon.Application.Users;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Application;

public static class DependencyInjection
{
    /// <summary>Registers every use-case handler and validator explicitly (no scanning, no mediator).</summary>
    public static IServiceCollection AddBankReconApplication(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddBankReconUsers();
        services.AddBankReconStatements();
        services.AddScoped<GetDashboardSummaryHandler>();
        services.AddSingleton<ReceivablesFiguresCache>();
        services.AddScoped<GetCompanyProfileHandler>();
        services.AddSingleton<CompanyProfileCache>();

        // Ledger core
        services.AddScoped<LedgerWriter>();
        services.AddScoped<ReverseTransactionHandler>();
        services.AddScoped<ListPartyLedgerEntriesHandler>();
        services.AddScoped<ListGlEntriesHandler>();
        services.AddScoped<GetPartyLedgerEntryHandler>();

        // Master data
        services.AddScoped<ListPartiesHandler>();
        services.AddScoped<GetPartyHandler>();
        services.AddScoped<SavePartyHandler>();
        services.AddSingleton<IValidator<SavePartyCommand>, SavePartyValidator>();
        services.AddScoped<ListPaymentTermsHandler>();
        services.AddScoped<ListBankAccountsHandler>();
        services.AddScoped<GetBankAccountHandler>();
        services.AddScoped<SaveBankAccountHandler>();
        services.AddSingleton<IValidator<SaveBankAccountCommand>, SaveBankAccountValidator>();
        services.AddScoped<ListGlAccountsHandler>();
        services.AddScoped<GetGlAccountHandler>();
        services.AddScoped<SaveGlAccountHandler>();
        services.AddSingleton<IValidator<SaveGlAccountCommand>, SaveGlAccountValidator>();

        // Documents
        services.AddScoped<PostDocumentHandler>();
        services.AddScoped<GetPostedDocumentHandler>();
        services.AddSingleton<IValidator<PostDocumentCommand>, PostDocumentValidator>();

        // Payment reconciliation journals
        services.AddBankReconJournals();

        // Payment reconciliation journals: posting, reversal, posted statements
        services.AddScoped<PostJournalHandler>();
        services.AddSingleton<IValidator<PostJournalCommand>, PostJournalValidator>();
        services.AddScoped<ReverseJournalHandler>();
        services.AddSingleton<IValidator<ReverseJournalCommand>, ReverseJournalValidator>();
        services.AddScoped<ListPostedJournalsHandler>();
        services.AddScoped<GetPostedJournalHandler>();
        services.AddScoped<ExportPostedJournalCsvHandler>();

        // Demo company
        services.AddScoped<SeedDemoCompanyHandler>();
        return services;
    }
}
