using System.Runtime.CompilerServices;
using BankRecon.Application.Common;
using BankRecon.Domain.Common;
using BankRecon.Domain.Users;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BankRecon.Application.Users;

public sealed record SignInCommand(string UserName, string Password);

/// <summary>Who signed in: what the web app puts into the authentication cookie.</summary>
public sealed record SignedInUser(
    Guid Id, string UserName, string DisplayName, UserRole Role, string SecurityStamp, string? PreferredCulture);

public sealed class SignInValidator : AbstractValidator<SignInCommand>
{
    public SignInValidator()
    {
        RuleFor(c => c.UserName).NotEmpty().WithErrorCode("user.sign-in-failed").WithMessage("Enter your user name.");
        RuleFor(c => c.Password).NotEmpty().WithErrorCode("user.sign-in-failed").WithMessage("Enter your password.");
    }
}

/// <summary>
/// Checks a user name and password. Five wrong passwords in a row lock the account for fifteen minutes. Unknown
/// names and wrong passwords give the same answer and cost the same hash computation, so response time does not
/// reveal which user names exist.
/// </summary>
public sealed class SignInHandler(
    BankReconDbContext db,
    IPasswordHasher<UserAccount> hasher,
    TimeProvider clock,
    IValidator<SignInCommand> validator,
    ILogger<SignInHandler> logger)
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    // A real hash of a throw-away password, verified when the user does not exist to spend the same time. Made by
    // the same hasher (same algorithm and iteration count) as real hashes; computed once per hasher instance.
    private static readonly ConditionalWeakTable<IPasswordHasher<UserAccount>, string> DummyHashes = new();

    public async Task<Result<SignedInUser>> HandleAsync(SignInCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Result<SignedInUser>.Invalid(validation.ToErrors());

        var normalized = UserAccount.NormalizeUserName(command.UserName);
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;

        if (user is null)
        {
            var dummyHash = DummyHashes.GetValue(hasher, h => h.HashPassword(null!, Guid.NewGuid().ToString("N")));
            hasher.VerifyHashedPassword(null!, dummyHash, command.Password);
            logger.LogInformation("Sign-in failed: unknown user name");
            return WrongCredentials();
        }

        var verification = hasher.VerifyHashedPassword(user, user.PasswordHash, command.Password);

        if (user.IsLockedOut(now))
        {
            logger.LogInformation("Sign-in refused: user {UserId} is locked out until {LockoutEndUtc:O}", user.Id, user.LockoutEndUtc);
            return Result<SignedInUser>.Failure(Result.Forbidden(
                "user.locked-out", "This account is locked after too many failed sign-ins. Try again in 15 minutes."));
        }

        if (verification == PasswordVerificationResult.Failed)
        {
            var lockedNow = user.RecordFailedSignIn(now, MaxFailedAttempts, LockoutDuration);
            await SaveIgnoringRacesAsync(cancellationToken);
            if (lockedNow)
            {
                logger.LogWarning("User {UserId} locked out for {Minutes} minutes after {Attempts} failed sign-ins",
                    user.Id, LockoutDuration.TotalMinutes, MaxFailedAttempts);
            }
            else
            {
                logger.LogInformation("Sign-in failed: wrong password for user {UserId}", user.Id);
            }

            return WrongCredentials();
        }

        user.RecordSuccessfulSignIn();
        if (verification == PasswordVerificationResult.SuccessRehashNeeded)
            user.UpgradePasswordHash(hasher.HashPassword(user, command.Password));
        await SaveIgnoringRacesAsync(cancellationToken);

        logger.LogInformation("User {UserId} signed in as {Role}", user.Id, user.Role);
        return Result.Success(new SignedInUser(
            user.Id, user.UserName, user.DisplayName, user.Role, user.SecurityStamp, user.PreferredCulture));
    }

    private static Result<SignedInUser> WrongCredentials() =>
        Result<SignedInUser>.Invalid("user.sign-in-failed", "The user name or password is incorrect.");

    // Two simultaneous attempts on one account race on the Version token. Losing that race only loses one
    // increment of a counter; it must not turn a sign-in into an error page.
    private async Task SaveIgnoringRacesAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
        }
    }
}
