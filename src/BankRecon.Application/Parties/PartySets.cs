using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;
using BankRecon.Persistence;

namespace BankRecon.Application.Parties;

/// <summary>Customers and vendors share their use cases; this picks the right tables for a party type.</summary>
internal static class PartySets
{
    public static IQueryable<Party> Parties(this BankReconDbContext db, PartyType type) =>
        type == PartyType.Customer ? db.Customers : db.Vendors;

    public static IQueryable<PartyLedgerEntry> PartyEntries(this BankReconDbContext db, PartyType type) =>
        type == PartyType.Customer ? db.CustomerLedgerEntries : db.VendorLedgerEntries;

    public static string Noun(this PartyType type) => type == PartyType.Customer ? "Customer" : "Vendor";
}
