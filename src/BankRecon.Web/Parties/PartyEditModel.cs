using BankRecon.Application.Company;
using BankRecon.Application.Parties;
using BankRecon.Domain.Common;
using BankRecon.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Parties;

/// <summary>
/// Create (no number in the route) or edit a customer or vendor card. Optimistic concurrency: the form carries the
/// card's Version; a save against a newer version is refused with a message and the user's input is kept.
/// </summary>
public abstract class PartyEditModel(
    GetPartyHandler getParty,
    SavePartyHandler saveParty,
    ListPaymentTermsHandler listTerms,
    GetCompanyProfileHandler company,
    IStringLocalizer<SharedResource> localizer) : PartyPageModel
{
    /// <summary>The card being edited; null when creating.</summary>
    [BindProperty(SupportsGet = true)]
    public string? No { get; set; }

    [BindProperty]
    public PartyInput Input { get; set; } = new();

    public bool IsNew => string.IsNullOrEmpty(No);

    /// <summary>Name of the card as stored (the heading while editing).</summary>
    public string? StoredName { get; private set; }

    public IReadOnlyList<PaymentTermsItem> Terms { get; private set; } = [];

    public IReadOnlyList<string> Currencies => CurrencyCode.WellKnownCodes;

    public string? LocalCurrency { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var profile = await company.HandleAsync(cancellationToken);
        if (IsNew)
        {
            Input = new PartyInput { CountryCode = profile?.CountryCode };
        }
        else
        {
            var card = await getParty.HandleAsync(Type, No!, cancellationToken);
            if (card is null) return NotFound();
            Input = FromCard(card);
            StoredName = card.Details.Name;
        }

        await LoadChoicesAsync(profile, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await saveParty.HandleAsync(new SavePartyCommand(
            Type,
            IsNew ? null : No,
            (IsNew ? Input.No : No) ?? "",
            Input.Name ?? "",
            Input.Address,
            Input.PostCode,
            Input.City,
            Input.CountryCode,
            Input.Currency,
            Input.PaymentTermsCode,
            Input.Email,
            Input.OrganizationNo,
            Input.Blocked,
            SplitLines(Input.BankAccounts),
            IsNew ? null : Input.Version), cancellationToken);

        if (result.Status == ResultStatus.NotFound) return NotFound();
        if (result.Succeeded)
        {
            TempData.SetStatus(localizer[Text("Saved"), result.Value].Value);
            return RedirectToPage(Folder + "/Details", new { no = result.Value });
        }

        // "BankAccounts[2]" (one line of the textarea) is shown next to the textarea.
        ModelState.AddResultErrors(result, localizer, nameof(Input),
            field => field.StartsWith(nameof(PartyInput.BankAccounts), StringComparison.Ordinal) ? nameof(PartyInput.BankAccounts) : field);
        if (!IsNew)
        {
            var card = await getParty.HandleAsync(Type, No!, cancellationToken);
            if (card is null) return NotFound();
            StoredName = card.Details.Name;
            if (result.Status == ResultStatus.Conflict)
            {
                // Keep what the user typed; the next save, after they have looked, is against the version stored now.
                ModelState.Remove($"{nameof(Input)}.{nameof(PartyInput.Version)}");
                Input.Version = card.Version;
            }
        }

        await LoadChoicesAsync(await company.HandleAsync(cancellationToken), cancellationToken);
        return Page();
    }

    private async Task LoadChoicesAsync(CompanyProfile? profile, CancellationToken cancellationToken)
    {
        LocalCurrency = profile?.LocalCurrency;
        Terms = await listTerms.HandleAsync(cancellationToken);
    }

    private static PartyInput FromCard(PartyCard card) => new()
    {
        No = card.No,
        Name = card.Details.Name,
        Address = card.Details.Address,
        PostCode = card.Details.PostCode,
        City = card.Details.City,
        CountryCode = card.Details.CountryCode,
        Currency = card.Details.Currency,
        PaymentTermsCode = card.PaymentTermsCode,
        Email = card.Details.Email,
        OrganizationNo = card.Details.OrganizationNo,
        Blocked = card.Details.Blocked,
        BankAccounts = string.Join("\n", card.BankAccounts.Select(a => a.IsIban ? BankAccountNumber.FormatIban(a.AccountNumber) : a.AccountNumber)),
        Version = card.Version,
    };

    private static IReadOnlyList<string> SplitLines(string? text) =>
        [.. (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
