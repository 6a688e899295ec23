using BankRecon.Application.Ledger;
using Microsoft.AspNetCore.Mvc;

namespace BankRecon.Web.Parties;

/// <summary>One customer or vendor ledger entry with the G/L entries of its transaction, and the way to reverse it.</summary>
public abstract class PartyEntryModel(GetPartyLedgerEntryHandler getEntry) : PartyPageModel
{
    [BindProperty(SupportsGet = true)]
    public long EntryNo { get; set; }

    public PartyLedgerEntryDetail? Entry { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Entry = await getEntry.HandleAsync(Type, EntryNo, cancellationToken);
        return Entry is null ? NotFound() : Page();
    }
}
