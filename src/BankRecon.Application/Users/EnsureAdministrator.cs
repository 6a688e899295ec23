using System.Security.Cryptography;
using BankRecon.Application.Common;
using BankRecon.Domain.Common;
using BankRecon.Domain.Users;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BankRecon.Application.Users;

/// <param name="ConfiguredPassword">From configuration (Bootstrap:AdminPassword); null or empty = generate one.</param>
public sealed record EnsureAdministratorCommand(string? ConfiguredPassword);

public sealed record EnsureAdministratorOutcome(bool Created, string? UserName, bool PasswordWasGenerated);

public sealed class EnsureAdministratorValidator : AbstractValidator<EnsureAdministratorCommand>
{
    public EnsureAdministratorValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.ConfiguredPassword!).ValidNewPassword().When(c => !string.IsNullOrEmpty(c.ConfiguredPassword));
    }
}

/// <summary>
/// First run: when the database has no users at all, creates "admin" so someone can sign in. The password comes
/// from configuration or is generated and written once, at Warning, to the <see cref="CredentialsLogCategory"/>
/// logger, which the web app routes to the console only (never to log files).
/// </summary>
public sealed class EnsureAdministratorHandler(
    BankReconDbContext db,
    IPasswordHasher<UserAccount> hasher,
    TimeProvider clock,
    IValidator<EnsureAdministratorCommand> validator,
    ILoggerFactory loggerFactory)
{
    public const string AdministratorUserName = "admin";
    public const string CredentialsLogCategory = "BankRecon.FirstRunCredentials";

    // No look-alikes (0/O, 1/l/I) so the password can be typed from a console.
    private const string PasswordAlphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const int GeneratedPasswordLength = 20;

    public async Task<Result<EnsureAdministratorOutcome>> HandleAsync(
        EnsureAdministratorCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Result<EnsureAdministratorOutcome>.Invalid(validation.ToErrors());

        if (await db.Users.AnyAsync(cancellationToken))
            return Result.Success(new EnsureAdministratorOutcome(false, null, false));

        var generated = string.IsNullOrEmpty(command.ConfiguredPassword);
        var password = generated
            ? RandomNumberGenerator.GetString(PasswordAlphabet, GeneratedPasswordLength)
            : command.ConfiguredPassword!;

        var admin = UserAccount.Create(
            AdministratorUserName, "Administrator", UserRole.Administrator, "pending", isDemo: false, clock.GetUtcNow().UtcDateTime);
        admin.SetPasswordHash(hasher.HashPassword(admin, password));
        db.Users.Add(admin);
        await db.SaveChangesAsync(cancellationToken);

        var credentials = loggerFactory.CreateLogger(CredentialsLogCategory);
        if (generated)
        {
            credentials.LogWarning(
                "First run: created user {UserName}. Sign in and change this one-time password, shown only now: {Password}",
                AdministratorUserName, password);
        }
        else
        {
            credentials.LogWarning(
                "First run: created user {UserName} with the password from Bootstrap:AdminPassword. Remove it from configuration after signing in.",
                AdministratorUserName);
        }

        return Result.Success(new EnsureAdministratorOutcome(true, AdministratorUserName, generated));
    }
}
