using BankRecon.Application.Ledger;
using BankRecon.Domain.Parties;
using BankRecon.Web.Parties;

namespace BankRecon.Web.Pages.Vendors.Entries;

/// <summary>The vendor ledger entries (markup: Pages/Shared/Parties/_PartyEntries.cshtml).</summary>
public sealed class IndexModel(ListPartyLedgerEntriesHandler listEntries) : PartyEntriesModel(listEntries)
{
    public override PartyType Type => PartyType.Vendor;
}
