using BankRecon.Application.BankAccounts;
using BankRecon.Application.Common;
using BankRecon.Application.Journals;
using BankRecon.Domain.Reconciliation;
using BankRecon.Web.Infrastructure;
using BankRecon.Web.Navigation;
using BankRecon.Web.TagHelpers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Pages.Journals;

/// <summary>Payment reconciliation journals per bank account, with "New journal" and the way to the statement import.</summary>
public sealed class IndexModel(
    ListJournalsHandler listJournals,
    ListBankAccountsHandler listBankAccounts,
    CreateJournalHandler createJournal,
    PageCatalog pages,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const string ImportPage = "/Statements/Import";

    [BindProperty(SupportsGet = true, Name = "account")]
    public string? BankAccountNo { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public JournalStatus? Status { get; set; } = JournalStatus.Open;

    /// <summary>From the query string (<see cref="QueryStringLinks.Page"/>).</summary>
    public int? PageNumber => int.TryParse(Request.Query[QueryStringLinks.Page], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var p) && p > 0 ? p : null;

    [BindProperty(SupportsGet = true, Name = "size")]
    public int? PageSize { get; set; }

    [BindProperty]
    public NewJournalInput NewJournal { get; set; } = new();

    public IReadOnlyList<BankAccountListItem> BankAccounts { get; private set; } = [];

    public PagedList<JournalListItem> Journals { get; private set; } = new([], 1, PageRequest.DefaultPageSize, 0);

    public bool ImportExists => pages.Exists(ImportPage);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        var result = await createJournal.HandleAsync(
            new CreateJournalCommand(NewJournal.BankAccountNo ?? "", User.Identity?.Name ?? "", NewJournal.StatementDate), cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddResultErrors(result, localizer, nameof(NewJournal));
            await LoadAsync(cancellationToken);
            return Page();
        }

        TempData.SetStatus(localizer["Journals.Created", result.Value.No, result.Value.StatementNo].Value);
        return RedirectToPage("Details", new { id = result.Value.Id });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        BankAccounts = await listBankAccounts.HandleAsync(cancellationToken);
        var selected = BankAccounts.FirstOrDefault(b => string.Equals(b.No, BankAccountNo, StringComparison.OrdinalIgnoreCase));
        Journals = await listJournals.HandleAsync(new ListJournalsQuery(selected?.Id, Status, PageNumber, PageSize), cancellationToken);
        NewJournal.BankAccountNo ??= selected?.No;
    }

    public sealed class NewJournalInput
    {
        public string? BankAccountNo { get; set; }

        public DateOnly? StatementDate { get; set; }
    }
}
