namespace BankRecon.Domain.Ledger;

public sealed class CustomerLedgerEntry : PartyLedgerEntry
{
    private CustomerLedgerEntry() { }

    public CustomerLedgerEntry(Guid customerId, PartyEntryValues values) : base(customerId, values) { }

    /// <summary>Highest reminder level issued for this entry (0 = none).</summary>
    public int LastIssuedReminderLevel { get; private set; }
}
