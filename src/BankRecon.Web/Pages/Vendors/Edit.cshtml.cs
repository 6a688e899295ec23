using BankRecon.Application.Company;
using BankRecon.Application.Parties;
using BankRecon.Domain.Parties;
using BankRecon.Web.Parties;
using BankRecon.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Pages.Vendors;

/// <summary>The vendor card editor (markup: Pages/Shared/Parties/_PartyForm.cshtml).</summary>
[Authorize(Policy = Policies.CanEdit)]
public sealed class EditModel(GetPartyHandler getParty, SavePartyHandler saveParty, ListPaymentTermsHandler listTerms, GetCompanyProfileHandler company, IStringLocalizer<SharedResource> localizer) : PartyEditModel(getParty, saveParty, listTerms, company, localizer)
{
    public override PartyType Type => PartyType.Vendor;
}
