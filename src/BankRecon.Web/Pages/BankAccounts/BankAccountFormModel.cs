using System.Globalization;
using BankRecon.Application.BankAccounts;
using BankRecon.Application.GlAccounts;
using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Payments;
using BankRecon.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Pages.BankAccounts;

/// <summary>
/// Create (Create page) or edit (Edit page) a company bank account; both render _BankAccountForm. The currency is
/// chosen once, at creation. Optimistic concurrency through the Version hidden field.
/// </summary>
public abstract class BankAccountFormModel(
    GetBankAccountHandler getBankAccount,
    SaveBankAccountHandler saveBankAccount,
    ListGlAccountsHandler listGlAccounts,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    /// <summary>The account being edited; null when creating.</summary>
    [BindProperty(SupportsGet = true)]
    public string? No { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool IsNew => string.IsNullOrEmpty(No);

    public string? StoredName { get; private set; }

    /// <summary>G/L accounts a bank account may mirror: posting accounts that are not blocked.</summary>
    public IReadOnlyList<GlAccountListItem> GlAccounts { get; private set; } = [];

    public IReadOnlyList<string> Currencies => CurrencyCode.WellKnownCodes;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (IsNew)
        {
            Input = new InputModel { Currency = "NOK", PaymentReferenceKind = PaymentReferenceKind.KidMod10, MatchToleranceType = MatchToleranceType.Amount, MatchToleranceValue = "0" };
        }
        else
        {
            var card = await getBankAccount.HandleAsync(No!, cancellationToken);
            if (card is null) return NotFound();
            StoredName = card.Details.Name;
            Input = new InputModel
            {
                No = card.No,
                Name = card.Details.Name,
                Iban = card.Details.Iban is null ? null : BankAccountNumber.FormatIban(card.Details.Iban),
                DomesticAccountNo = card.Details.DomesticAccountNo,
                Bic = card.Details.Bic,
                Currency = card.Currency,
                GlAccountNo = card.GlAccountNo,
                MatchToleranceType = card.Details.MatchToleranceType,
                MatchToleranceValue = AmountInput.Format(card.Details.MatchToleranceValue, CultureInfo.CurrentCulture),
                PaymentReferenceKind = card.Details.PaymentReferenceKind,
                Blocked = card.Details.Blocked,
                Version = card.Version,
            };
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!AmountInput.TryParse(Input.MatchToleranceValue, CultureInfo.CurrentCulture, out var tolerance))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.MatchToleranceValue)}", localizer["Form.NotAnAmount"].Value);
        }

        if (!IsNew)
        {
            // The currency is fixed after creation; the form shows it read-only and the stored one is what counts.
            var current = await getBankAccount.HandleAsync(No!, cancellationToken);
            if (current is null) return NotFound();
            StoredName = current.Details.Name;
            Input.Currency = current.Currency;
        }

        if (ModelState.IsValid)
        {
            var result = await saveBankAccount.HandleAsync(new SaveBankAccountCommand(
                IsNew ? null : No,
                (IsNew ? Input.No : No) ?? "",
                Input.Name ?? "",
                Input.Iban,
                Input.DomesticAccountNo,
                Input.Bic,
                Input.Currency ?? "",
                Input.GlAccountNo ?? "",
                Input.MatchToleranceType,
                tolerance,
                Input.PaymentReferenceKind,
                Input.Blocked,
                IsNew ? null : Input.Version), cancellationToken);
            if (result.Status == ResultStatus.NotFound) return NotFound();
            if (result.Succeeded)
            {
                TempData.SetStatus(localizer["BankAccounts.Saved", result.Value].Value);
                return RedirectToPage("/BankAccounts/Details", new { no = result.Value });
            }

            ModelState.AddResultErrors(result, localizer, nameof(Input));
            if (result.Status == ResultStatus.Conflict && !IsNew)
            {
                var stored = await getBankAccount.HandleAsync(No!, cancellationToken);
                ModelState.Remove($"{nameof(Input)}.{nameof(InputModel.Version)}");
                Input.Version = stored?.Version ?? Input.Version;
            }
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken) =>
        GlAccounts = [.. (await listGlAccounts.HandleAsync(cancellationToken))
            .Where(g => g.AccountType == GlAccountType.Posting && (!g.Blocked || g.No == Input.GlAccountNo))];

    public sealed class InputModel
    {
        public string? No { get; set; }

        public string? Name { get; set; }

        public string? Iban { get; set; }

        public string? DomesticAccountNo { get; set; }

        public string? Bic { get; set; }

        public string? Currency { get; set; }

        public string? GlAccountNo { get; set; }

        public MatchToleranceType MatchToleranceType { get; set; }

        /// <summary>Typed as text: "0,5" in Norwegian, "0.5" in English.</summary>
        public string? MatchToleranceValue { get; set; }

        public PaymentReferenceKind PaymentReferenceKind { get; set; }

        public bool Blocked { get; set; }

        public int Version { get; set; }
    }
}
