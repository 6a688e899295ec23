using BankRecon.Application.Company;
using BankRecon.Application.Parties;
using BankRecon.Domain.Parties;
using BankRecon.Web.Parties;

namespace BankRecon.Web.Pages.Customers;

/// <summary>The customer card (markup: Pages/Shared/Parties/_PartyCard.cshtml).</summary>
public sealed class DetailsModel(GetPartyHandler getParty, GetCompanyProfileHandler company) : PartyDetailsModel(getParty, company)
{
    public override PartyType Type => PartyType.Customer;
}
