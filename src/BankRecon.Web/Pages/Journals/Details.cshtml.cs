using System.Globalization;
using BankRecon.Application.Journals;
using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Web.Infrastructure;
using BankRecon.Web.Security;
using Microsoft.AspNetCore.Authorization;
using BankRecon.Web.TagHelpers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Pages.Journals;

/// <summary>
/// The accountant's working page: header and totals, "Apply automatically", "Accept all High", and the lines with
/// filters and paging (cut from the journal's snapshot, see GetJournalHandler). Every form carries the journal version
/// the user saw, so a colleague's change in between is reported instead of silently overwritten; after each action the
/// same view (filter, page) comes back. Each action's handler is resolved by the request that runs it ([FromServices]),
/// so a page view does not build the six handlers it does not use.
/// </summary>
public sealed class DetailsModel(
    GetJournalHandler getJournal,
    IAuthorizationService authorization,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "filter")]
    public JournalLineFilter Filter { get; set; }

    [BindProperty(SupportsGet = true, Name = "confidence")]
    public LineConfidence? Confidence { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? SortParameter { get; set; }

    /// <summary>From the query string (see <see cref="TagHelpers.QueryStringLinks.PageNumber"/>).</summary>
    public int? PageNumber => TagHelpers.QueryStringLinks.PageNumber(Request);

    [BindProperty(SupportsGet = true, Name = "size")]
    public int? PageSize { get; set; }

    /// <summary>The journal version the form was rendered with.</summary>
    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public Guid LineId { get; set; }

    [BindProperty]
    public HeaderInput Header { get; set; } = new();

    /// <summary>"Post payments and reconcile" rather than "Post payments only".</summary>
    [BindProperty]
    public bool Reconcile { get; set; }

    /// <summary>Posting is an accountant's decision; bookkeepers prepare the journal.</summary>
    public bool CanPost { get; private set; }

    /// <summary>Refusals of a posting attempt beyond the ones listed (a long journal can have thousands).</summary>
    public int MorePostingErrors { get; private set; }

    public const int PostingErrorsShown = 20;

    /// <summary>Lines per page unless the user picks another size: enough to review a screenful at a time.</summary>
    public const int DefaultPageSize = 50;

    public JournalDetails Journal { get; private set; } = default!;

    public Application.Common.SortOrder Sort { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostApplyAsync([FromServices] ApplyAutomaticallyHandler applyAutomatically, CancellationToken cancellationToken)
    {
        var result = await applyAutomatically.HandleAsync(new ApplyAutomaticallyCommand(Id, UserName, Version), cancellationToken);
        if (!result.Succeeded) return Back(result);
        var summary = result.Value;
        var message = localizer["Journal.AppliedSummary", Number(summary.AppliedLines), Number(summary.PaymentLines), Number(summary.NeedReview)].Value;
        if (summary.LeftOutEntries > 0) message += " " + localizer["Journal.LeftOut", Number(summary.LeftOutEntries)].Value;
        if (summary.KeptByPerson > 0) message += " " + localizer["Journal.Kept", Number(summary.KeptByPerson)].Value;
        TempData.SetStatus(message);
        return Back();
    }

    public async Task<IActionResult> OnPostAcceptAllHighAsync([FromServices] AcceptAllHighHandler acceptAllHigh, CancellationToken cancellationToken)
    {
        var result = await acceptAllHigh.HandleAsync(new AcceptAllHighCommand(Id, UserName, Version), cancellationToken);
        if (!result.Succeeded) return Back(result);
        var message = localizer["Journal.AcceptedHigh", Number(result.Value.Accepted)].Value;
        if (result.Value.Refused.Count > 0)
        {
            message += " " + localizer["Journal.AcceptRefused", Number(result.Value.Refused.Count),
                string.Join(", ", result.Value.Refused.Select(r => r.LineNo.ToString(CultureInfo.CurrentCulture)))].Value;
        }

        TempData.SetStatus(message, result.Value.Refused.Count > 0 ? StatusMessageKind.Warning : StatusMessageKind.Success);
        return Back();
    }

    public async Task<IActionResult> OnPostAcceptAsync([FromServices] AcceptLineHandler acceptLine, CancellationToken cancellationToken)
    {
        var result = await acceptLine.HandleAsync(new AcceptLineCommand(Id, LineId, UserName, Version), cancellationToken);
        return Back(result, "Journal.LineAccepted");
    }

    public async Task<IActionResult> OnPostRemoveAsync([FromServices] RemoveLineApplicationHandler removeLine, CancellationToken cancellationToken)
    {
        var result = await removeLine.HandleAsync(new RemoveLineApplicationCommand(Id, LineId, UserName, Version), cancellationToken);
        return Back(result, "Journal.LineRemoved");
    }

    public async Task<IActionResult> OnPostHeaderAsync([FromServices] EditJournalHeaderHandler editHeader, CancellationToken cancellationToken)
    {
        if (!TryParseAmount(Header.BalanceLastStatement, out var last) | !TryParseAmount(Header.StatementEndingBalance, out var ending) || Header.StatementDate is null)
        {
            ModelState.AddModelError($"{nameof(Header)}.{nameof(HeaderInput.StatementEndingBalance)}", localizer["Journal.HeaderInvalid"].Value);
            return await LoadAsync(cancellationToken, keepHeader: true) ? Page() : NotFound();
        }

        var result = await editHeader.HandleAsync(new EditJournalHeaderCommand(Id, Header.StatementNo ?? "", Header.StatementDate.Value, last, ending, Version), cancellationToken);
        if (result.Status == ResultStatus.NotFound) return NotFound();
        if (!result.Succeeded)
        {
            ModelState.AddResultErrors(result, localizer, nameof(Header));
            ModelState.Remove(nameof(Version));
            return await LoadAsync(cancellationToken, keepHeader: true) ? Page() : NotFound();
        }

        TempData.SetStatus(localizer["Journal.HeaderSaved"].Value);
        return Back();
    }

    /// <summary>
    /// Posts the journal (all or nothing) and opens the posted statement. A refusal shows the journal again with one
    /// reason per line, so the accountant can fix those lines and post again.
    /// </summary>
    public async Task<IActionResult> OnPostPostAsync([FromServices] PostJournalHandler postJournal, CancellationToken cancellationToken)
    {
        // Razor Pages cannot put a policy on one handler: the page is open to bookkeepers, posting is for accountants.
        if (!(await authorization.AuthorizeAsync(User, Policies.Accountant)).Succeeded) return Forbid();
        var result = await postJournal.HandleAsync(new PostJournalCommand(Id, Reconcile, UserName, Version), cancellationToken);
        if (result.Status == ResultStatus.NotFound) return NotFound();
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors.Take(PostingErrorsShown)) ModelState.AddModelError("", ModelStateExtensions.Translate(error, localizer));
            MorePostingErrors = Math.Max(0, result.Errors.Count - PostingErrorsShown);
            ModelState.Remove(nameof(Version));
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        var posted = result.Value;
        TempData.SetStatus(localizer[posted.Reconciled ? "Journal.PostedAndReconciled" : "Journal.PostedOnly",
            posted.JournalNo, Number(posted.LineCount), Number(posted.ClosedEntries), posted.TransactionNo].Value);
        return RedirectToPage("/PostedStatements/Details", new { id = posted.JournalId });
    }

    /// <summary>Query values that bring the user back to the same view of the lines.</summary>
    public object RouteValues(string? filter = null, LineConfidence? confidence = null) => new
    {
        id = Id,
        filter = filter ?? (Filter == JournalLineFilter.All ? null : Filter.ToString()),
        confidence = filter is null ? Confidence?.ToString() : confidence?.ToString(),
        q = Search,
        sort = SortParameter,
        size = PageSize,
    };

    private string UserName => User.Identity?.Name ?? "";

    private IActionResult Back(Result? result = null, string? successKey = null)
    {
        if (result is { Succeeded: false })
        {
            if (result.Status == ResultStatus.NotFound) return NotFound();
            TempData.SetStatus(string.Join(" ", result.Errors.Select(e => ModelStateExtensions.Translate(e, localizer))), StatusMessageKind.Error);
        }
        else if (successKey is not null)
        {
            TempData.SetStatus(localizer[successKey].Value);
        }

        return LocalRedirect(Link(null));
    }

    /// <summary>This page (optionally a handler) with the current filter, sort, size and page.</summary>
    public string Link(string? handler)
    {
        var url = Url.Page("Details", handler, RouteValues()) ?? "";
        return PageNumber is { } page ? url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + QueryStringLinks.Page + "=" + page.ToString(CultureInfo.InvariantCulture) : url;
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken, bool keepHeader = false)
    {
        Sort = Application.Common.SortOrder.Parse(SortParameter, GetJournalHandler.DefaultSort);
        var journal = await getJournal.HandleAsync(new GetJournalQuery(Id, Filter, Confidence, Search, SortParameter, PageNumber, PageSize ?? DefaultPageSize), cancellationToken);
        if (journal is null) return false;
        Journal = journal;
        Version = journal.Header.Version;
        CanPost = journal.Header.IsOpen && (await authorization.AuthorizeAsync(User, Policies.Accountant)).Succeeded;
        if (!keepHeader)
        {
            var culture = CultureInfo.CurrentCulture;
            Header = new HeaderInput
            {
                StatementNo = journal.Header.StatementNo,
                StatementDate = journal.Header.StatementDate,
                BalanceLastStatement = journal.Header.BalanceLastStatement.ToString("0.00", culture),
                StatementEndingBalance = journal.Header.StatementEndingBalance.ToString("0.00", culture),
            };
        }

        return true;
    }

    private static string Number(int value) => value.ToString("N0", CultureInfo.CurrentCulture);

    /// <summary>Amounts are typed in the user's culture ("1 234,56" in nb-NO); the invariant form is accepted too.</summary>
    internal static bool TryParseAmount(string? text, out decimal amount)
    {
        amount = 0m;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var cleaned = text.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("\u00a0", "", StringComparison.Ordinal).Replace("\u202f", "", StringComparison.Ordinal);
        return decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.CurrentCulture, out amount)
            || decimal.TryParse(cleaned, NumberStyles.Number, CultureInfo.InvariantCulture, out amount);
    }

    public sealed class HeaderInput
    {
        public string? StatementNo { get; set; }

        public DateOnly? StatementDate { get; set; }

        public string? BalanceLastStatement { get; set; }

        public string? StatementEndingBalance { get; set; }
    }
}
