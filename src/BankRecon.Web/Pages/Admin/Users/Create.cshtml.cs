using BankRecon.Application.Users;
using BankRecon.Domain.Users;
using BankRecon.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Pages.Admin.Users;

public sealed class CreateModel(CreateUserHandler createUser, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        // Binding errors (e.g. a role name that does not exist) must not fall back to a default role.
        if (!ModelState.IsValid) return Page();

        var result = await createUser.HandleAsync(
            new CreateUserCommand(Input.UserName ?? "", Input.DisplayName ?? "", Input.Role, Input.Password ?? ""), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddResultErrors(result, localizer, nameof(Input));
            Input.Password = null;
            return Page();
        }

        TempData.SetStatus(localizer["Users.Created.Done", Input.UserName ?? ""].Value);
        return RedirectToPage("Index");
    }

    public sealed class InputModel
    {
        public string? UserName { get; set; }

        public string? DisplayName { get; set; }

        public UserRole Role { get; set; } = UserRole.Bookkeeper;

        public string? Password { get; set; }
    }
}
