using BankRecon.Application.Common;
using BankRecon.Domain.Common;
using BankRecon.Domain.Users;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BankRecon.Application.Users;

/// <summary>ExpectedVersion is the <see cref="UserAccount.Version"/> the editor saw; a newer one is a conflict.</summary>
public sealed record UpdateUserCommand(Guid UserId, string DisplayName, UserRole Role, int ExpectedVersion);

public sealed class UpdateUserValidator : AbstractValidator<UpdateUserCommand>
{
    public UpdateUserValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.DisplayName).ValidDisplayName();
        RuleFor(c => c.Role).ValidRole();
    }
}

/// <summary>An administrator changes someone's display name or role. The last administrator cannot be demoted.</summary>
public sealed class UpdateUserHandler(
    BankReconDbContext db,
    IValidator<UpdateUserCommand> validator,
    SessionUserCache sessionUsers,
    ILogger<UpdateUserHandler> logger)
{
    public async Task<Result> HandleAsync(UpdateUserCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Result.Invalid(validation.ToErrors());

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken);
        if (user is null) return Result.NotFound("user.not-found", "The user no longer exists.");
        if (user.Version != command.ExpectedVersion) return Conflict();

        if (user.Role == UserRole.Administrator && command.Role != UserRole.Administrator &&
            await db.Users.CountAsync(u => u.Role == UserRole.Administrator, cancellationToken) == 1)
        {
            return Result.Invalid("user.last-administrator",
                "This is the only administrator. Make someone else an administrator first.", nameof(command.Role));
        }

        var previousRole = user.Role;
        user.Rename(command.DisplayName);
        user.ChangeRole(command.Role);

        // Compare against what the editor saw, not what we just loaded, so a change in between is detected.
        db.Entry(user).Property(u => u.Version).OriginalValue = command.ExpectedVersion;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict();
        }

        sessionUsers.Forget(user.Id);
        if (previousRole != user.Role)
            logger.LogInformation("Role of user {UserId} changed from {OldRole} to {NewRole}", user.Id, previousRole, user.Role);
        return Result.Success();
    }

    private static Result Conflict() =>
        Result.Conflict("user.changed-meanwhile", "Someone else changed this user in the meantime. Review and save again.");
}
