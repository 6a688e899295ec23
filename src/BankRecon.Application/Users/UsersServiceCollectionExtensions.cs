using BankRecon.Domain.Users;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Application.Users;

public static class UsersServiceCollectionExtensions
{
    /// <summary>Users and sign-in: handlers, validators and the framework's PBKDF2 password hasher.</summary>
    public static IServiceCollection AddBankReconUsers(this IServiceCollection services)
    {
        services.AddOptions();
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();

        services.AddSingleton<IValidator<SignInCommand>, SignInValidator>();
        services.AddSingleton<IValidator<CreateUserCommand>, CreateUserValidator>();
        services.AddSingleton<IValidator<ChangePasswordCommand>, ChangePasswordValidator>();
        services.AddSingleton<IValidator<ResetPasswordCommand>, ResetPasswordValidator>();
        services.AddSingleton<IValidator<UpdateUserCommand>, UpdateUserValidator>();
        services.AddSingleton<IValidator<EnsureAdministratorCommand>, EnsureAdministratorValidator>();

        services.AddScoped<SignInHandler>();
        services.AddScoped<CreateUserHandler>();
        services.AddScoped<ChangePasswordHandler>();
        services.AddScoped<ResetPasswordHandler>();
        services.AddScoped<UpdateUserHandler>();
        services.AddScoped<SetPreferredCultureHandler>();
        services.AddScoped<ListUsersHandler>();
        services.AddScoped<GetUserHandler>();
        services.AddScoped<GetSessionUserHandler>();
        services.AddSingleton<SessionUserCache>();
        services.AddScoped<ListDemoAccountsHandler>();
        services.AddScoped<SeedDemoUsersHandler>();
        services.AddScoped<EnsureAdministratorHandler>();
        return services;
    }
}
