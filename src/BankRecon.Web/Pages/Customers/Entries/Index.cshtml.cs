using BankRecon.Application.Ledger;
using BankRecon.Domain.Parties;
using BankRecon.Web.Parties;

namespace BankRecon.Web.Pages.Customers.Entries;

/// <summary>The customer ledger entries (markup: Pages/Shared/Parties/_PartyEntries.cshtml).</summary>
public sealed class IndexModel(ListPartyLedgerEntriesHandler listEntries) : PartyEntriesModel(listEntries)
{
    public override PartyType Type => PartyType.Customer;
}
