using BankRecon.Application.BankAccounts;
using BankRecon.Application.Company;
using BankRecon.Application.Documents;
using BankRecon.Application.GlAccounts;
using BankRecon.Application.Parties;
using BankRecon.Domain.Parties;
using BankRecon.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Pages.Documents;

/// <summary>Post a sales invoice or credit memo by hand (markup: _DocumentForm.cshtml). Auditors are refused, GET included.</summary>
[Authorize(Policy = Policies.CanEdit)]
public sealed class PostSalesModel(
    PostDocumentHandler postDocument,
    ListPartiesHandler listParties,
    ListGlAccountsHandler listGlAccounts,
    ListBankAccountsHandler listBankAccounts,
    GetCompanyProfileHandler company,
    IStringLocalizer<SharedResource> localizer) : DocumentFormModel(postDocument, listParties, listGlAccounts, listBankAccounts, company, localizer)
{
    public override PartyType Type => PartyType.Customer;
}
