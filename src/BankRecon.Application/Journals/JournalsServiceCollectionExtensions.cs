using BankRecon.Application.Bench;
using BankRecon.Application.MatchingRules;
using BankRecon.Application.TextMappings;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Application.Journals;

public static class JournalsServiceCollectionExtensions
{
    /// <summary>Payment reconciliation journals (apply automatically, review, manual application), matching rules and text mappings.</summary>
    public static IServiceCollection AddBankReconJournals(this IServiceCollection services)
    {
        services.AddScoped<ListJournalsHandler>();
        services.AddScoped<GetJournalHandler>();
        services.AddSingleton<JournalSnapshotCache>();
        services.AddScoped<GetLineHandler>();
        services.AddScoped<SearchOpenEntriesHandler>();

        services.AddSingleton<IValidator<CreateJournalCommand>, CreateJournalValidator>();
        services.AddScoped<CreateJournalHandler>();
        services.AddSingleton<IValidator<EditJournalHeaderCommand>, EditJournalHeaderValidator>();
        services.AddScoped<EditJournalHeaderHandler>();
        services.AddSingleton<IValidator<ApplyAutomaticallyCommand>, ApplyAutomaticallyValidator>();
        services.AddScoped<ApplyAutomaticallyHandler>();

        services.AddSingleton<IValidator<AcceptLineCommand>, AcceptLineValidator>();
        services.AddScoped<AcceptLineHandler>();
        services.AddSingleton<IValidator<AcceptAllHighCommand>, AcceptAllHighValidator>();
        services.AddScoped<AcceptAllHighHandler>();
        services.AddSingleton<IValidator<RemoveLineApplicationCommand>, RemoveLineApplicationValidator>();
        services.AddScoped<RemoveLineApplicationHandler>();
        services.AddSingleton<IValidator<ApplyLineManuallyCommand>, ApplyLineManuallyValidator>();
        services.AddScoped<ApplyLineManuallyHandler>();
        services.AddSingleton<IValidator<UseAlternativeCommand>, UseAlternativeValidator>();
        services.AddScoped<UseAlternativeHandler>();
        services.AddSingleton<IValidator<TransferDifferenceToAccountCommand>, TransferDifferenceToAccountValidator>();
        services.AddScoped<TransferDifferenceToAccountHandler>();
        services.AddSingleton<IValidator<SplitLineCommand>, SplitLineValidator>();
        services.AddScoped<SplitLineHandler>();
        services.AddSingleton<IValidator<MapTextToAccountCommand>, MapTextToAccountValidator>();
        services.AddScoped<MapTextToAccountHandler>();

        services.AddScoped<ListMatchingRulesHandler>();
        services.AddSingleton<IValidator<SaveMatchingRuleCommand>, SaveMatchingRuleValidator>();
        services.AddScoped<SaveMatchingRuleHandler>();
        services.AddScoped<ResetMatchingRulesHandler>();

        services.AddScoped<ListTextMappingsHandler>();
        services.AddSingleton<IValidator<SaveTextMappingCommand>, SaveTextMappingValidator>();
        services.AddScoped<SaveTextMappingHandler>();
        services.AddScoped<DeleteTextMappingHandler>();
        services.AddScoped<ApplyBenchData>();
        return services;
    }
}
