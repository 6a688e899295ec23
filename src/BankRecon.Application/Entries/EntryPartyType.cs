namespace BankRecon.Application.Entries;

/// <summary>Whose ledger an open entry belongs to (entries CSV column <c>party_type</c>).</summary>
public enum EntryPartyType
{
    Customer = 0,
    Vendor = 1,
}
