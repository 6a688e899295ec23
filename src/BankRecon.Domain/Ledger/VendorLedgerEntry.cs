namespace BankRecon.Domain.Ledger;

public sealed class VendorLedgerEntry : PartyLedgerEntry
{
    private VendorLedgerEntry() { }

    public VendorLedgerEntry(Guid vendorId, PartyEntryValues values) : base(vendorId, values) { }
}
