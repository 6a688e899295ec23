using BankRecon.Application.Common;
using BankRecon.Domain.Common;
using BankRecon.Domain.Users;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BankRecon.Application.Users;

public sealed record CreateUserCommand(string UserName, string DisplayName, UserRole Role, string Password);

public sealed class CreateUserValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.UserName).ValidUserName();
        RuleFor(c => c.DisplayName).ValidDisplayName();
        RuleFor(c => c.Role).ValidRole();
        RuleFor(c => c.Password).ValidNewPassword();
    }
}

/// <summary>An administrator adds a person. Returns the new user's id.</summary>
public sealed class CreateUserHandler(
    BankReconDbContext db,
    IPasswordHasher<UserAccount> hasher,
    TimeProvider clock,
    IValidator<CreateUserCommand> validator,
    ILogger<CreateUserHandler> logger)
{
    public async Task<Result<Guid>> HandleAsync(CreateUserCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Result<Guid>.Invalid(validation.ToErrors());

        var normalized = UserAccount.NormalizeUserName(command.UserName);
        if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken))
        {
            return Result<Guid>.Invalid("user.name-taken", "Another user already has this user name.", nameof(command.UserName));
        }

        var user = UserAccount.Create(
            command.UserName, command.DisplayName, command.Role, "pending", isDemo: false, clock.GetUtcNow().UtcDateTime);
        user.SetPasswordHash(hasher.HashPassword(user, command.Password));
        db.Users.Add(user);
        await db.SaveChangesAsync(cancellationToken);

        logger.LogInformation("Created user {UserId} with role {Role}", user.Id, user.Role);
        return Result.Success(user.Id);
    }
}
