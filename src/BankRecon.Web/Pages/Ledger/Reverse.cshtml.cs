using BankRecon.Application.Common;
using BankRecon.Application.Ledger;
using BankRecon.Domain.Common;
using BankRecon.Web.Infrastructure;
using BankRecon.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Pages.Ledger;

/// <summary>
/// The confirm step before reversing a posted transaction: shows its G/L entries, then reverses the whole transaction
/// with mirror entries. A refusal (applied entries, already reversed, reconciled bank entries) is shown here, plainly.
/// </summary>
[Authorize(Policy = Policies.Accountant)]
public sealed class ReverseModel(
    ListGlEntriesHandler listGlEntries,
    ReverseTransactionHandler reverseTransaction,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long TransactionNo { get; set; }

    /// <summary>Where to go back to (the entry or list the user came from); only local addresses are followed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<GlEntryItem> Entries { get; private set; } = [];

    public bool AlreadyReversed => Entries.Any(e => e.Reversed);

    public string BackUrl => !string.IsNullOrEmpty(ReturnUrl) && Url.IsLocalUrl(ReturnUrl)
        ? ReturnUrl
        : Url.Page("/Ledger/Entries/Index", new { transaction = TransactionNo })!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        return Entries.Count == 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await reverseTransaction.HandleAsync(new ReverseTransactionCommand(TransactionNo, User.Identity?.Name ?? ""), cancellationToken);
        if (result.Succeeded)
        {
            TempData.SetStatus(localizer["Reverse.Done", TransactionNo, result.Value].Value);
            return Redirect(BackUrl);
        }

        if (result.Status == ResultStatus.NotFound) return NotFound();
        ModelState.AddResultErrors(result, localizer);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Entries = (await listGlEntries.HandleAsync(new ListGlEntriesQuery(TransactionNo: TransactionNo, PageSize: PageRequest.MaxPageSize), cancellationToken))
            .Items.OrderBy(e => e.EntryNo).ToList();
}
