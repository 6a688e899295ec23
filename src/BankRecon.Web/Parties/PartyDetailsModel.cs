using BankRecon.Application.Company;
using BankRecon.Application.Parties;
using Microsoft.AspNetCore.Mvc;

namespace BankRecon.Web.Parties;

/// <summary>A customer or vendor card: details, bank accounts, balance and overdue balance.</summary>
public abstract class PartyDetailsModel(GetPartyHandler getParty, GetCompanyProfileHandler company) : PartyPageModel
{
    [BindProperty(SupportsGet = true)]
    public string No { get; set; } = "";

    public PartyCard? Party { get; private set; }

    /// <summary>The party's currency, or the company's when the party has none.</summary>
    public string? Currency { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Party = await getParty.HandleAsync(Type, No, cancellationToken);
        if (Party is null) return NotFound();
        Currency = Party.Details.Currency ?? (await company.HandleAsync(cancellationToken))?.LocalCurrency;
        return Page();
    }
}
