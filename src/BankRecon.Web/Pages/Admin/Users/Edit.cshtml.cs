using BankRecon.Application.Users;
using BankRecon.Domain.Common;
using BankRecon.Domain.Users;
using BankRecon.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Pages.Admin.Users;

/// <summary>Change a user's name and role (optimistic concurrency via Version), or reset their password.</summary>
public sealed class EditModel(
    GetUserHandler getUser,
    UpdateUserHandler updateUser,
    ResetPasswordHandler resetPassword,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public DetailsInput Details { get; set; } = new();

    [BindProperty]
    public PasswordInput Password { get; set; } = new();

    public UserDetails? Subject { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Subject = await getUser.HandleAsync(Id, cancellationToken);
        if (Subject is null) return NotFound();
        Details = new DetailsInput { DisplayName = Subject.DisplayName, Role = Subject.Role, Version = Subject.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid) return await RedisplayAsync(Result.Success(), nameof(Details), cancellationToken);
        var result = await updateUser.HandleAsync(
            new UpdateUserCommand(Id, Details.DisplayName ?? "", Details.Role, Details.Version), cancellationToken);
        if (result.Status == ResultStatus.NotFound) return NotFound();
        if (!result.Succeeded) return await RedisplayAsync(result, nameof(Details), cancellationToken);

        TempData.SetStatus(localizer["Users.Saved"].Value);
        return RedirectToPage("Edit", new { id = Id });
    }

    public async Task<IActionResult> OnPostResetPasswordAsync(CancellationToken cancellationToken)
    {
        var result = await resetPassword.HandleAsync(new ResetPasswordCommand(Id, Password.NewPassword ?? ""), cancellationToken);
        if (result.Status == ResultStatus.NotFound) return NotFound();
        if (!result.Succeeded)
        {
            // The use case names the field "NewPassword"; it belongs to the password form here.
            return await RedisplayAsync(result, nameof(Password), cancellationToken, keepDetails: false);
        }

        TempData.SetStatus(localizer["Users.PasswordReset"].Value);
        return RedirectToPage("Edit", new { id = Id });
    }

    private async Task<IActionResult> RedisplayAsync(
        Result result, string prefix, CancellationToken cancellationToken, bool keepDetails = true)
    {
        ModelState.AddResultErrors(result, localizer, prefix);
        Subject = await getUser.HandleAsync(Id, cancellationToken);
        if (Subject is null) return NotFound();
        if (!keepDetails || result.Status == ResultStatus.Conflict)
        {
            // Show what is stored now; on a conflict the editor must look again before saving.
            ModelState.Remove($"{nameof(Details)}.{nameof(DetailsInput.Version)}");
            if (!keepDetails)
            {
                ModelState.Remove($"{nameof(Details)}.{nameof(DetailsInput.DisplayName)}");
                ModelState.Remove($"{nameof(Details)}.{nameof(DetailsInput.Role)}");
                Details = new DetailsInput { DisplayName = Subject.DisplayName, Role = Subject.Role };
            }

            Details.Version = Subject.Version;
        }

        Password = new PasswordInput();
        return Page();
    }

    public sealed class DetailsInput
    {
        public string? DisplayName { get; set; }

        public UserRole Role { get; set; }

        public int Version { get; set; }
    }

    public sealed class PasswordInput
    {
        public string? NewPassword { get; set; }
    }
}
