using BankRecon.Domain.Parties;

namespace BankRecon.Domain.Ledger;

public enum DetailedEntryType
{
    InitialEntry = 0,
    Application = 1,
    PaymentDiscount = 2,
    PaymentTolerance = 3,
    RealizedGain = 4,
    RealizedLoss = 5,
    Rounding = 6,
}

/// <summary>
/// The history behind a customer or vendor entry's remaining amount: its initial amount, then every application,
/// discount, tolerance and FX difference. Remaining amount = Σ detailed amounts (of entries not unapplied).
/// </summary>
public sealed class DetailedLedgerEntry : LedgerEntry
{
    private DetailedLedgerEntry() { }

    public DetailedLedgerEntry(PartyType partyType, Guid ledgerEntryId, Guid partyId, DetailedEntryType entryType,
        DateOnly postingDate, DocumentType documentType, string documentNo, string currency, decimal amount, decimal amountLocal,
        Guid? appliedLedgerEntryId = null)
        : base(postingDate, documentType, documentNo, entryType.ToString())
    {
        PartyType = partyType;
        LedgerEntryId = ledgerEntryId;
        PartyId = partyId;
        EntryType = entryType;
        Currency = currency;
        Amount = amount;
        AmountLocal = amountLocal;
        AppliedLedgerEntryId = appliedLedgerEntryId;
    }

    public PartyType PartyType { get; private set; }

    /// <summary>The customer or vendor ledger entry this row belongs to.</summary>
    public Guid LedgerEntryId { get; private set; }

    public Guid PartyId { get; private set; }

    public DetailedEntryType EntryType { get; private set; }

    public string Currency { get; private set; } = "";

    public decimal Amount { get; private set; }

    public decimal AmountLocal { get; private set; }

    /// <summary>For applications: the entry on the other side (payment ↔ invoice).</summary>
    public Guid? AppliedLedgerEntryId { get; private set; }

    public bool Unapplied { get; private set; }

    public void MarkUnapplied()
    {
        Unapplied = true;
        Touch();
    }
}
