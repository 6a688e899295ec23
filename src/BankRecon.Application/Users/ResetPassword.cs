using BankRecon.Application.Common;
using BankRecon.Domain.Common;
using BankRecon.Domain.Users;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BankRecon.Application.Users;

public sealed record ResetPasswordCommand(Guid UserId, string NewPassword);

public sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.NewPassword).ValidNewPassword();
    }
}

/// <summary>
/// An administrator sets a new password for someone who forgot theirs. It also lifts a lockout and signs the user
/// out everywhere (new security stamp).
/// </summary>
public sealed class ResetPasswordHandler(
    BankReconDbContext db,
    IPasswordHasher<UserAccount> hasher,
    IValidator<ResetPasswordCommand> validator,
    SessionUserCache sessionUsers,
    ILogger<ResetPasswordHandler> logger)
{
    public async Task<Result> HandleAsync(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Result.Invalid(validation.ToErrors());

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken);
        if (user is null) return Result.NotFound("user.not-found", "The user no longer exists.");

        user.SetPasswordHash(hasher.HashPassword(user, command.NewPassword));
        await db.SaveChangesAsync(cancellationToken);
        sessionUsers.Forget(user.Id);
        logger.LogInformation("Password of user {UserId} was reset by an administrator", user.Id);
        return Result.Success();
    }
}
