using BankRecon.Application.Common;
using BankRecon.Application.Journals;
using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Web.Infrastructure;
using BankRecon.Web.Security;
using BankRecon.Web.TagHelpers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Pages.PostedStatements;

/// <summary>
/// One posted statement, read-only: header, who imported, applied, posted and reversed it and when, its lines and
/// applications (paged), CSV export, and, for accountants and administrators, "Reverse" with a confirmation step.
/// </summary>
public sealed class DetailsModel(
    GetPostedJournalHandler getJournal,
    ExportPostedJournalCsvHandler exportCsv,
    ReverseJournalHandler reverseJournal,
    IAuthorizationService authorization,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = QueryStringLinks.Page)]
    public int? PageNumber { get; set; }

    [BindProperty(SupportsGet = true, Name = "size")]
    public int? PageSize { get; set; }

    /// <summary>"?confirm=reverse" shows the confirmation form instead of the Reverse button.</summary>
    [BindProperty(SupportsGet = true, Name = "confirm")]
    public string? Confirm { get; set; }

    [BindProperty]
    public ReverseInput Input { get; set; } = new();

    public PostedJournalDetails? Journal { get; private set; }

    public bool CanReverse { get; private set; }

    public bool Confirming => CanReverse && string.Equals(Confirm, "reverse", StringComparison.Ordinal);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>The statement as CSV (one row per application); open to every role that may read the page.</summary>
    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var result = await exportCsv.HandleAsync(new ExportPostedJournalCsvQuery(Id), buffer, cancellationToken);
        if (!result.Succeeded) return NotFound();
        buffer.Position = 0;
        return File(buffer, "text/csv; charset=utf-8", result.Value);
    }

    public async Task<IActionResult> OnPostReverseAsync(CancellationToken cancellationToken)
    {
        // Razor Pages cannot put a policy on one handler: the page is open to readers, reversing is for accountants.
        if (!await IsAccountantAsync()) return Forbid();
        var result = await reverseJournal.HandleAsync(
            new ReverseJournalCommand(Id, User.Identity?.Name ?? "", Input.RecreateJournal, Input.Version), cancellationToken);
        if (result.Status == ResultStatus.NotFound) return NotFound();
        if (!result.Succeeded)
        {
            ModelState.AddResultErrors(result, localizer);
            if (!await LoadAsync(cancellationToken)) return NotFound();
            Confirm = "reverse";
            return Page();
        }

        TempData.SetStatus(result.Value.NewJournalNo is { } copy
            ? localizer["PostedStatements.ReversedAndRecreated", result.Value.ReversalTransactionNo, copy].Value
            : localizer["PostedStatements.Reversed", result.Value.ReversalTransactionNo].Value);
        return RedirectToPage("Details", new { id = Id });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Journal = await getJournal.HandleAsync(new GetPostedJournalQuery(Id, new PageRequest(PageNumber, PageSize)), cancellationToken);
        if (Journal is null) return false;
        CanReverse = Journal.Status == JournalStatus.Posted && await IsAccountantAsync();
        Input.Version = Journal.Version;
        return true;
    }

    private async Task<bool> IsAccountantAsync() => (await authorization.AuthorizeAsync(User, Policies.Accountant)).Succeeded;

    public sealed class ReverseInput
    {
        public bool RecreateJournal { get; set; }

        public int? Version { get; set; }
    }
}
