using BankRecon.Application.Common;
using BankRecon.Domain.Common;
using BankRecon.Domain.Users;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BankRecon.Application.Users;

public sealed record ChangePasswordCommand(Guid UserId, string CurrentPassword, string NewPassword);

public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.UserId).NotEmpty();
        RuleFor(c => c.CurrentPassword).NotEmpty().WithErrorCode("user.current-password-required")
            .WithMessage("Enter your current password.");
        RuleFor(c => c.NewPassword).ValidNewPassword();
        RuleFor(c => c.NewPassword).NotEqual(c => c.CurrentPassword).WithErrorCode("user.password-unchanged")
            .WithMessage("The new password must differ from the current one.");
    }
}

/// <summary>A signed-in user replaces their own password. Returns the new security stamp for the session cookie.</summary>
public sealed class ChangePasswordHandler(
    BankReconDbContext db,
    IPasswordHasher<UserAccount> hasher,
    IValidator<ChangePasswordCommand> validator,
    SessionUserCache sessionUsers,
    ILogger<ChangePasswordHandler> logger)
{
    public async Task<Result<string>> HandleAsync(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Result<string>.Invalid(validation.ToErrors());

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken);
        if (user is null) return Result<string>.NotFound("user.not-found", "The user no longer exists.");

        if (hasher.VerifyHashedPassword(user, user.PasswordHash, command.CurrentPassword) == PasswordVerificationResult.Failed)
        {
            return Result<string>.Invalid(
                "user.current-password-wrong", "The current password is incorrect.", nameof(command.CurrentPassword));
        }

        user.SetPasswordHash(hasher.HashPassword(user, command.NewPassword));
        await db.SaveChangesAsync(cancellationToken);
        sessionUsers.Forget(user.Id);
        logger.LogInformation("User {UserId} changed their password", user.Id);
        return Result.Success(user.SecurityStamp);
    }
}
