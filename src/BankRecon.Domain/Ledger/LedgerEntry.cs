using BankRecon.Domain.Common;

namespace BankRecon.Domain.Ledger;

/// <summary>
/// A posted entry. Posted entries are never deleted and never edited, except an open entry's remaining amount and open
/// state through application, and the reversal marks; corrections are new, offsetting entries.
/// </summary>
public abstract class LedgerEntry : VersionedEntity
{
    protected LedgerEntry() { }

    protected LedgerEntry(DateOnly postingDate, DocumentType documentType, string documentNo, string description)
    {
        PostingDate = postingDate;
        DocumentType = documentType;
        DocumentNo = string.IsNullOrWhiteSpace(documentNo) ? throw new DomainException("An entry needs a document number.") : documentNo.Trim();
        Description = description.Length > 250 ? description[..250] : description;
    }

    /// <summary>Sequential number within its ledger, assigned when the transaction is written (0 until then).</summary>
    public long EntryNo { get; private set; }

    /// <summary>All entries written by one posting share a transaction number.</summary>
    public long TransactionNo { get; private set; }

    public DateOnly PostingDate { get; private set; }

    public DocumentType DocumentType { get; private set; }

    public string DocumentNo { get; private set; } = "";

    public string Description { get; private set; } = "";

    /// <summary>Who posted it (user name), and when (UTC).</summary>
    public string PostedBy { get; private set; } = "";

    public DateTime PostedAtUtc { get; private set; }

    public bool Reversed { get; private set; }

    /// <summary>The entry that reversed this one.</summary>
    public long? ReversedByEntryNo { get; private set; }

    /// <summary>On a reversing entry: the entry it reverses.</summary>
    public long? ReversesEntryNo { get; private set; }

    public void AssignNumbers(long entryNo, long transactionNo, string postedBy, DateTime postedAtUtc)
    {
        if (EntryNo != 0) throw new DomainException($"Entry {EntryNo} is already numbered.");
        if (entryNo <= 0 || transactionNo <= 0) throw new DomainException("Entry and transaction numbers start at 1.");
        EntryNo = entryNo;
        TransactionNo = transactionNo;
        PostedBy = postedBy;
        PostedAtUtc = DateTime.SpecifyKind(postedAtUtc, DateTimeKind.Utc);
    }

    internal void MarkReversedBy(long reversingEntryNo)
    {
        if (Reversed) throw new DomainException($"Entry {EntryNo} has already been reversed.");
        Reversed = true;
        ReversedByEntryNo = reversingEntryNo;
        Touch();
    }

    internal void MarkAsReversalOf(long originalEntryNo)
    {
        Reversed = true;
        ReversesEntryNo = originalEntryNo;
    }
}
