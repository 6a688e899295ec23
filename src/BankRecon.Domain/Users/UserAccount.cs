using BankRecon.Domain.Common;

namespace BankRecon.Domain.Users;

/// <summary>
/// A person who can sign in. The password hash is produced and checked outside the domain (the hasher is a
/// framework service); the account owns the rules around it: lockout, role changes and the security stamp that
/// invalidates existing sign-in cookies.
/// </summary>
public sealed class UserAccount
{
    public const int UserNameMaxLength = 64;
    public const int DisplayNameMaxLength = 128;
    public const int PasswordHashMaxLength = 512;
    public const int CultureMaxLength = 16;
    public const int SecurityStampMaxLength = 36;

    private UserAccount() { } // EF

    public Guid Id { get; private set; }

    /// <summary>As typed by the administrator; shown in the UI.</summary>
    public string UserName { get; private set; } = "";

    /// <summary>Upper-case invariant copy of <see cref="UserName"/>; unique, so names differ by more than case.</summary>
    public string NormalizedUserName { get; private set; } = "";

    public string DisplayName { get; private set; } = "";

    public UserRole Role { get; private set; }

    public string PasswordHash { get; private set; } = "";

    /// <summary>Changes whenever the password changes, so cookies issued before that stop working.</summary>
    public string SecurityStamp { get; private set; } = "";

    public int FailedSignInCount { get; private set; }

    /// <summary>UTC instant until which sign-in is refused; null when not locked out.</summary>
    public DateTime? LockoutEndUtc { get; private set; }

    /// <summary>UI culture name chosen by the user (e.g. nb-NO); null means "use the browser's".</summary>
    public string? PreferredCulture { get; private set; }

    /// <summary>Created by demo seeding with a published password; never true for real users.</summary>
    public bool IsDemo { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Optimistic concurrency token, incremented by every change.</summary>
    public int Version { get; private set; }

    public static UserAccount Create(
        string userName, string displayName, UserRole role, string passwordHash, bool isDemo, DateTime createdAtUtc)
    {
        var trimmedName = userName?.Trim() ?? "";
        if (trimmedName.Length == 0 || trimmedName.Length > UserNameMaxLength)
            throw new DomainException($"A user name must have 1 to {UserNameMaxLength} characters.");
        if (string.IsNullOrEmpty(passwordHash))
            throw new DomainException("A user account needs a password hash.");
        if (!Enum.IsDefined(role))
            throw new DomainException($"Unknown role {role}.");

        return new UserAccount
        {
            Id = Guid.CreateVersion7(),
            UserName = trimmedName,
            NormalizedUserName = NormalizeUserName(trimmedName),
            DisplayName = CleanDisplayName(displayName, trimmedName),
            Role = role,
            PasswordHash = passwordHash,
            SecurityStamp = NewSecurityStamp(),
            IsDemo = isDemo,
            CreatedAtUtc = AsUtc(createdAtUtc),
            Version = 1,
        };
    }

    /// <summary>The single normalisation rule for user names, used for storage and lookups alike.</summary>
    public static string NormalizeUserName(string userName) => (userName ?? "").Trim().ToUpperInvariant();

    public bool IsLockedOut(DateTime nowUtc) => LockoutEndUtc is { } end && end > nowUtc;

    /// <summary>Counts a failed attempt; the <paramref name="maxFailures"/>-th in a row locks the account.</summary>
    /// <returns>True when this failure started a lockout.</returns>
    public bool RecordFailedSignIn(DateTime nowUtc, int maxFailures, TimeSpan lockoutDuration)
    {
        FailedSignInCount++;
        var lockedNow = false;
        if (FailedSignInCount >= maxFailures)
        {
            LockoutEndUtc = AsUtc(nowUtc) + lockoutDuration;
            FailedSignInCount = 0;
            lockedNow = true;
        }

        Version++;
        return lockedNow;
    }

    public void RecordSuccessfulSignIn()
    {
        if (FailedSignInCount == 0 && LockoutEndUtc is null) return;
        FailedSignInCount = 0;
        LockoutEndUtc = null;
        Version++;
    }

    /// <summary>Replaces the hash after a password change or reset; ends any lockout and signs out other sessions.</summary>
    public void SetPasswordHash(string passwordHash)
    {
        if (string.IsNullOrEmpty(passwordHash)) throw new DomainException("A user account needs a password hash.");
        PasswordHash = passwordHash;
        SecurityStamp = NewSecurityStamp();
        FailedSignInCount = 0;
        LockoutEndUtc = null;
        Version++;
    }

    /// <summary>Same password, stronger hash (the hasher asked for it after a successful check): sessions stay valid.</summary>
    public void UpgradePasswordHash(string passwordHash)
    {
        if (string.IsNullOrEmpty(passwordHash)) throw new DomainException("A user account needs a password hash.");
        PasswordHash = passwordHash;
        Version++;
    }

    public void ChangeRole(UserRole role)
    {
        if (!Enum.IsDefined(role)) throw new DomainException($"Unknown role {role}.");
        if (Role == role) return;
        Role = role;
        Version++;
    }

    public void Rename(string displayName)
    {
        var cleaned = CleanDisplayName(displayName, UserName);
        if (string.Equals(cleaned, DisplayName, StringComparison.Ordinal)) return;
        DisplayName = cleaned;
        Version++;
    }

    public void SetPreferredCulture(string? cultureName)
    {
        var cleaned = string.IsNullOrWhiteSpace(cultureName) ? null : cultureName.Trim();
        if (cleaned is { Length: > CultureMaxLength })
            throw new DomainException($"A culture name has at most {CultureMaxLength} characters.");
        if (string.Equals(cleaned, PreferredCulture, StringComparison.Ordinal)) return;
        PreferredCulture = cleaned;
        Version++;
    }

    private static string CleanDisplayName(string? displayName, string fallback)
    {
        var cleaned = string.IsNullOrWhiteSpace(displayName) ? fallback : displayName.Trim();
        return cleaned.Length > DisplayNameMaxLength ? cleaned[..DisplayNameMaxLength] : cleaned;
    }

    private static string NewSecurityStamp() => Guid.NewGuid().ToString("D");

    private static DateTime AsUtc(DateTime value) =>
        value.Kind == DateTimeKind.Utc ? value : throw new DomainException("Instants must be UTC.");
}
