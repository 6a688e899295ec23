using BankRecon.Application.Common;

namespace BankRecon.Application.Users;

/// <summary>
/// The answer of the per-request session check, kept for a few seconds per user (ADR 0012). Every page view asks
/// whether its user still exists with the same security stamp, role and name; asking the database each time costs a
/// query per view. Changes made through this server (password, reset, role, language) call <c>Forget</c> and take
/// effect on the next request; a change made by another server or process within <see cref="DefaultLifetime"/>.
/// </summary>
public sealed class SessionUserCache(TimeProvider clock) : ShortLivedCache<Guid, SignedInUser>(clock, DefaultLifetime)
{
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromSeconds(15);
}
