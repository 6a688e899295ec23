using BankRecon.Application.GlAccounts;
using BankRecon.Application.Journals;
using BankRecon.Domain.Common;
using BankRecon.Domain.Parties;
using BankRecon.Domain.Reconciliation;
using BankRecon.Web.Infrastructure;
using BankRecon.Web.TagHelpers;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Pages.Journals;

/// <summary>
/// Reviewing one line (BC's Payment Application Review): the explanation and alternatives ("use this"), apply by hand
/// to open entries of any customer or vendor with amounts, transfer the difference, split, map the text; then on to
/// the next line to review. A refused action shows the page again with what the user typed, never losing it.
/// </summary>
public sealed class LineModel(
    GetLineHandler getLine,
    AcceptLineHandler acceptLine,
    RemoveLineApplicationHandler removeLine,
    ApplyLineManuallyHandler applyManually,
    UseAlternativeHandler useAlternative,
    TransferDifferenceToAccountHandler transferDifference,
    SplitLineHandler splitLine,
    MapTextToAccountHandler mapText,
    ListGlAccountsHandler listGlAccounts,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "amount")]
    public string? AmountText { get; set; }

    [BindProperty(SupportsGet = true, Name = "type")]
    public PartyType? PartyType { get; set; }

    /// <summary>From the query string (<see cref="QueryStringLinks.Page"/>).</summary>
    public int? PageNumber => int.TryParse(Request.Query[QueryStringLinks.Page], System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var p) && p > 0 ? p : null;

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public Guid JournalId { get; set; }

    /// <summary>The next line to review when this page was shown: where a decision takes the reviewer.</summary>
    [BindProperty]
    public Guid? NextId { get; set; }

    [BindProperty]
    public List<PickInput> Picks { get; set; } = [];

    [BindProperty]
    public int AlternativeIndex { get; set; }

    [BindProperty]
    public TransferInput Transfer { get; set; } = new();

    [BindProperty]
    public SplitInput Split { get; set; } = new();

    [BindProperty]
    public MapInput Map { get; set; } = new();

    public LineDetails Details { get; private set; } = default!;

    public IReadOnlyList<GlAccountListItem> GlAccounts { get; private set; } = [];

    /// <summary>Which form a redisplay belongs to, so that it is open and focused.</summary>
    public string? ActiveForm { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(fresh: true, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken cancellationToken)
    {
        var journalId = JournalId;
        var result = await acceptLine.HandleAsync(new AcceptLineCommand(journalId, Id, UserName, Version), cancellationToken);
        return await AfterAsync(result, "Line.Accepted", null, moveOn: true, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(CancellationToken cancellationToken)
    {
        var journalId = JournalId;
        var result = await removeLine.HandleAsync(new RemoveLineApplicationCommand(journalId, Id, UserName, Version), cancellationToken);
        return await AfterAsync(result, "Line.Removed", null, moveOn: false, cancellationToken);
    }

    public async Task<IActionResult> OnPostApplyAsync(CancellationToken cancellationToken)
    {
        var journalId = JournalId;
        var inputs = new List<ManualApplicationInput>();
        foreach (var pick in Picks.Where(p => p.Selected))
        {
            if (!DetailsModel.TryParseAmount(pick.Amount, out var amount))
            {
                ModelState.AddModelError("", localizer["Line.AmountUnreadable", pick.Amount ?? ""].Value);
                return await RedisplayAsync("apply", cancellationToken);
            }

            inputs.Add(new ManualApplicationInput(pick.EntryId, amount));
        }

        var result = await applyManually.HandleAsync(new ApplyLineManuallyCommand(journalId, Id, inputs, UserName, Version), cancellationToken);
        return await AfterAsync(result, "Line.AppliedManually", "apply", moveOn: true, cancellationToken);
    }

    public async Task<IActionResult> OnPostUseAsync(CancellationToken cancellationToken)
    {
        var journalId = JournalId;
        var result = await useAlternative.HandleAsync(new UseAlternativeCommand(journalId, Id, AlternativeIndex, UserName, Version), cancellationToken);
        return await AfterAsync(result, "Line.AlternativeUsed", "alternatives", moveOn: true, cancellationToken);
    }

    public async Task<IActionResult> OnPostTransferAsync(CancellationToken cancellationToken)
    {
        var journalId = JournalId;
        var result = await transferDifference.HandleAsync(new TransferDifferenceToAccountCommand(journalId, Id, Transfer.AccountType, Transfer.AccountNo,
            Transfer.Description, UserName, Version), cancellationToken);
        if (result.Succeeded)
        {
            var message = result.Value.Split
                ? localizer["Line.TransferredSplit", Money(result.Value.Amount), result.Value.LineNo].Value
                : localizer["Line.Transferred"].Value;
            TempData.SetStatus(message);
            return Next(moveOn: true);
        }

        return await AfterAsync(result, null, "transfer", moveOn: true, cancellationToken);
    }

    public async Task<IActionResult> OnPostSplitAsync(CancellationToken cancellationToken)
    {
        var journalId = JournalId;
        if (!DetailsModel.TryParseAmount(Split.Keep, out var keep))
        {
            ModelState.AddModelError($"{nameof(Split)}.{nameof(SplitInput.Keep)}", localizer["Line.AmountUnreadable", Split.Keep ?? ""].Value);
            return await RedisplayAsync("split", cancellationToken);
        }

        var result = await splitLine.HandleAsync(new SplitLineCommand(journalId, Id, keep, Split.Text, UserName, Version), cancellationToken);
        if (result.Succeeded)
        {
            TempData.SetStatus(localizer["Line.SplitDone", result.Value.NewLineNo, Money(result.Value.NewAmount)].Value);
            return RedirectToPage("Line", new { id = Id });
        }

        return await AfterAsync(result, null, "split", moveOn: false, cancellationToken);
    }

    public async Task<IActionResult> OnPostMapAsync(CancellationToken cancellationToken)
    {
        var journalId = JournalId;
        var result = await mapText.HandleAsync(new MapTextToAccountCommand(Map.Text ?? "", Map.AccountType, Map.AccountNo, Map.AccountNo, UserName,
            journalId, Id, Version), cancellationToken);
        if (result.Succeeded)
        {
            TempData.SetStatus(localizer[result.Value.LineApplied ? "Line.MappedAndApplied" : "Line.Mapped", Map.Text ?? ""].Value);
            return Next(moveOn: result.Value.LineApplied);
        }

        return await AfterAsync(result, null, "map", moveOn: false, cancellationToken);
    }

    public string Money(decimal amount) => TagHelpers.MoneyTagHelper.Format(amount, Details?.Line.Currency, System.Globalization.CultureInfo.CurrentCulture);

    private string UserName => User.Identity?.Name ?? "";

    private async Task<IActionResult> AfterAsync(Result result, string? successKey, string? form, bool moveOn, CancellationToken cancellationToken)
    {
        if (result.Succeeded)
        {
            if (successKey is not null) TempData.SetStatus(localizer[successKey].Value);
            return Next(moveOn);
        }

        if (result.Status == ResultStatus.NotFound) return NotFound();
        ModelState.AddResultErrors(result, localizer, form switch
        {
            "transfer" => nameof(Transfer),
            "map" => nameof(Map),
            "split" => nameof(Split),
            _ => null,
        });
        return await RedisplayAsync(form, cancellationToken);
    }

    private RedirectToPageResult Next(bool moveOn) =>
        moveOn && NextId is { } next ? RedirectToPage("Line", new { id = next }) : RedirectToPage("Line", new { id = Id });

    /// <summary>The page again, with the user's input as typed and the journal as it is now (a fresh version to retry with).</summary>
    private async Task<IActionResult> RedisplayAsync(string? form, CancellationToken cancellationToken)
    {
        ActiveForm = form;
        ModelState.Remove(nameof(Version));
        ModelState.Remove(nameof(NextId));
        ModelState.Remove(nameof(JournalId));
        return await LoadAsync(fresh: false, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(bool fresh, CancellationToken cancellationToken)
    {
        decimal? amount = DetailsModel.TryParseAmount(AmountText, out var parsed) ? Math.Abs(parsed) : null;
        var details = await getLine.HandleAsync(new GetLineQuery(Id, Search, amount, PartyType, PageNumber), cancellationToken);
        if (details is null) return false;
        Details = details;
        Version = details.Journal.Version;
        JournalId = details.Journal.Id;
        NextId = details.Navigation.NextToReview;
        GlAccounts = [.. (await listGlAccounts.HandleAsync(cancellationToken)).Where(g => g.DirectPosting && !g.Blocked && g.AccountType == Domain.Ledger.GlAccountType.Posting)];
        if (fresh)
        {
            Transfer = new TransferInput { AccountType = ApplicationAccountType.GlAccount, Description = details.Line.Description };
            Split = new SplitInput();
            Map = new MapInput
            {
                Text = details.Suggestion?.Text ?? details.Line.Description,
                AccountType = details.Suggestion?.AccountType ?? (details.Line.AccountType == ApplicationAccountType.None ? ApplicationAccountType.GlAccount : details.Line.AccountType),
                AccountNo = details.Suggestion?.AccountNo ?? details.Line.AccountNo,
            };
        }

        return true;
    }

    public sealed class PickInput
    {
        public Guid EntryId { get; set; }

        public bool Selected { get; set; }

        public string? Amount { get; set; }
    }

    public sealed class TransferInput
    {
        public ApplicationAccountType AccountType { get; set; } = ApplicationAccountType.GlAccount;

        public string? AccountNo { get; set; }

        public string? Description { get; set; }
    }

    public sealed class SplitInput
    {
        public string? Keep { get; set; }

        public string? Text { get; set; }
    }

    public sealed class MapInput
    {
        public string? Text { get; set; }

        public ApplicationAccountType AccountType { get; set; } = ApplicationAccountType.GlAccount;

        public string? AccountNo { get; set; }
    }
}
