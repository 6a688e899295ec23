using BankRecon.Application.GlAccounts;
using BankRecon.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Pages.Ledger.Accounts;

/// <summary>A new G/L account (markup: _GlAccountForm.cshtml).</summary>
[Authorize(Policy = Policies.Accountant)]
public sealed class CreateModel(
    GetGlAccountHandler getGlAccount,
    SaveGlAccountHandler saveGlAccount,
    IStringLocalizer<SharedResource> localizer) : GlAccountFormModel(getGlAccount, saveGlAccount, localizer);
