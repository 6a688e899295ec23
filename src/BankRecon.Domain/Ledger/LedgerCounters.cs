using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Common;

namespace BankRecon.Domain.Ledger;

/// <summary>
/// The last entry number of each ledger and the last transaction number (one row). Every posting bumps
/// <see cref="VersionedEntity.Version"/>, so two postings at once conflict and one retries: entry numbers stay gapless
/// and unique on every provider.
/// </summary>
public sealed class LedgerCounters : VersionedEntity
{
    public static readonly Guid SingletonId = new("00000000-0000-7000-8000-000000000001");

    public LedgerCounters() => Id = SingletonId;

    public long LastTransactionNo { get; private set; }

    public long LastGlEntryNo { get; private set; }

    public long LastCustomerEntryNo { get; private set; }

    public long LastVendorEntryNo { get; private set; }

    public long LastBankEntryNo { get; private set; }

    public long LastDetailedEntryNo { get; private set; }

    public long NextTransactionNo()
    {
        Touch();
        return ++LastTransactionNo;
    }

    public long NextEntryNo(LedgerEntry entry) => entry switch
    {
        GlEntry => ++LastGlEntryNo,
        CustomerLedgerEntry => ++LastCustomerEntryNo,
        VendorLedgerEntry => ++LastVendorEntryNo,
        BankAccountLedgerEntry => ++LastBankEntryNo,
        DetailedLedgerEntry => ++LastDetailedEntryNo,
        _ => throw new DomainException($"No entry number series for {entry.GetType().Name}."),
    };
}
