using BankRecon.Application.BankAccounts;
using BankRecon.Application.GlAccounts;
using BankRecon.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Pages.BankAccounts;

/// <summary>Edit a company bank account (markup: _BankAccountForm.cshtml).</summary>
[Authorize(Policy = Policies.Accountant)]
public sealed class EditModel(
    GetBankAccountHandler getBankAccount,
    SaveBankAccountHandler saveBankAccount,
    ListGlAccountsHandler listGlAccounts,
    IStringLocalizer<SharedResource> localizer) : BankAccountFormModel(getBankAccount, saveBankAccount, listGlAccounts, localizer);
