using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Journals;

/// <summary>Creating and changing text-to-account mappings, with the checks both the journal and the mappings page need.</summary>
internal static class TextMappingStore
{
    public static async Task<Result<SavedTextMapping>> CreateAsync(BankReconDbContext db, TimeProvider clock, string text, ApplicationAccountType type,
        string? debitAccountNo, string? creditAccountNo, string user, CancellationToken cancellationToken)
    {
        var checkedInput = await CheckAsync(db, null, text, type, debitAccountNo, creditAccountNo, cancellationToken);
        if (!checkedInput.Succeeded) return Result<SavedTextMapping>.Failure(checkedInput);
        var mapping = new SavedTextMapping(text, type, Normalise(type, debitAccountNo), Normalise(type, creditAccountNo), user, clock.GetUtcNow().UtcDateTime);
        db.TextToAccountMappings.Add(mapping);
        return Result.Success(mapping);
    }

    public static async Task<Result> CheckAsync(BankReconDbContext db, Guid? existingId, string text, ApplicationAccountType type,
        string? debitAccountNo, string? creditAccountNo, CancellationToken cancellationToken)
    {
        var trimmed = text.Trim();
        var lowered = trimmed.ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToLower() to SQL lower(): no .NET culture is involved
        if (await db.TextToAccountMappings.AnyAsync(m => m.MappingText.ToLower() == lowered && m.Id != existingId, cancellationToken))
#pragma warning restore CA1304, CA1311, CA1862
            return Result.Invalid("mapping.exists", $"Entry with Mapping Text='{trimmed}' already exists.", "MappingText").WithArgs(trimmed);
        foreach (var (no, field) in new[] { (debitAccountNo, "DebitAccountNo"), (creditAccountNo, "CreditAccountNo") })
        {
            if (string.IsNullOrWhiteSpace(no)) continue;
            var account = await AccountCheck.CheckAsync(db, type, no, field, cancellationToken);
            if (!account.Succeeded) return account;
        }

        return Result.Success();
    }

    public static string? Normalise(ApplicationAccountType type, string? no) =>
        string.IsNullOrWhiteSpace(no) ? null : type == ApplicationAccountType.BankAccount ? no.Trim().ToUpperInvariant() : no.Trim();
}
