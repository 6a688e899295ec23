using BankRecon.Application.Dashboard;
using BankRecon.Application.Users;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Application;

public static class DependencyInjection
{
    /// <summary>Registers every use-case handler and validator explicitly (no scanning, no mediator).</summary>
    public static IServiceCollection AddBankReconApplication(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddBankReconUsers();
        services.AddScoped<GetDashboardSummaryHandler>();
        return services;
    }
}
