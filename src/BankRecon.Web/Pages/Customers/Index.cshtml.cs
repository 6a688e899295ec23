using BankRecon.Application.Company;
using BankRecon.Application.Parties;
using BankRecon.Domain.Parties;
using BankRecon.Web.Parties;

namespace BankRecon.Web.Pages.Customers;

/// <summary>The customer list (markup: Pages/Shared/Parties/_PartyList.cshtml).</summary>
public sealed class IndexModel(ListPartiesHandler listParties, GetCompanyProfileHandler company) : PartyListModel(listParties, company)
{
    public override PartyType Type => PartyType.Customer;
}
