using BankRecon.Domain.Common;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Users;

public sealed record SetPreferredCultureCommand(Guid UserId, string CultureName);

/// <summary>Remembers the language a user picked, so it follows them to another browser.</summary>
public sealed class SetPreferredCultureHandler(BankReconDbContext db, SessionUserCache sessionUsers)
{
    /// <summary>The cultures the product is translated into; the web app offers exactly these.</summary>
    public static IReadOnlyList<string> SupportedCultures { get; } = ["en-GB", "nb-NO", "sv-SE"];

    public async Task<Result> HandleAsync(SetPreferredCultureCommand command, CancellationToken cancellationToken)
    {
        if (!SupportedCultures.Contains(command.CultureName, StringComparer.Ordinal))
            return Result.Invalid("user.culture-unsupported", "This language is not available.");

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken);
        if (user is null) return Result.NotFound("user.not-found", "The user no longer exists.");

        user.SetPreferredCulture(command.CultureName);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A preference is not worth an error page; the cookie already carries the choice.
            return Result.Conflict("user.changed-meanwhile", "The preference was not saved; try again.");
        }

        sessionUsers.Forget(user.Id);
        return Result.Success();
    }
}
