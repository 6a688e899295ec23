using BankRecon.Application.Ledger;
using BankRecon.Domain.Parties;
using BankRecon.Web.Parties;

namespace BankRecon.Web.Pages.Vendors.Entries;

/// <summary>The vendor ledger entry (markup: Pages/Shared/Parties/_PartyEntry.cshtml).</summary>
public sealed class DetailsModel(GetPartyLedgerEntryHandler getEntry) : PartyEntryModel(getEntry)
{
    public override PartyType Type => PartyType.Vendor;
}
