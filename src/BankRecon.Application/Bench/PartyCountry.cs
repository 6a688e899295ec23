namespace BankRecon.Application.Bench;

/// <summary>Where a generated party lives: decides its name style, legal suffix, IBAN country and reference scheme.</summary>
internal enum PartyCountry
{
    Norway = 0,
    Sweden = 1,
    Denmark = 2,
    Finland = 3,
    Germany = 4,

    /// <summary>English-named companies (Ltd); they bank in Norway or Germany.</summary>
    English = 5,
}
