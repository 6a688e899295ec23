using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;

namespace BankRecon.Domain.Posting;

/// <summary>
/// Everything one posting writes, built by the posting engine and written by the ledger writer in one database
/// transaction. The constructor enforces the golden rule: the G/L entries balance to zero in local currency, to the
/// last minor unit. A transaction that does not balance is a bug in whoever built it, so it throws.
/// </summary>
public sealed class JournalTransaction
{
    public JournalTransaction(
        DateOnly postingDate,
        DocumentType documentType,
        string documentNo,
        string sourceCode,
        CurrencyCode localCurrency,
        IReadOnlyList<GlEntry> glEntries,
        IReadOnlyList<PartyLedgerEntry>? partyEntries = null,
        IReadOnlyList<BankAccountLedgerEntry>? bankEntries = null,
        IReadOnlyList<DetailedLedgerEntry>? detailedEntries = null,
        IReadOnlyList<(LedgerEntry Original, LedgerEntry Reversal)>? reversals = null,
        IReadOnlyList<(PartyLedgerEntry Closed, LedgerEntry ClosedBy)>? closures = null)
    {
        if (glEntries.Count < 2) throw new DomainException($"Transaction {documentNo} needs at least two G/L entries.");
        var total = 0m;
        foreach (var entry in glEntries)
        {
            if (entry.Amount != Math.Round(entry.Amount, localCurrency.MinorUnits))
                throw new DomainException($"G/L amount {entry.Amount} in {documentNo} is finer than {localCurrency}'s minor units.");
            if (entry.PostingDate != postingDate)
                throw new DomainException($"All entries of {documentNo} must have posting date {postingDate:yyyy-MM-dd}.");
            total += entry.Amount;
        }

        if (total != 0m)
            throw new DomainException($"Transaction {documentNo} does not balance: the G/L entries sum to {total} {localCurrency}.");

        PostingDate = postingDate;
        DocumentType = documentType;
        DocumentNo = documentNo;
        SourceCode = sourceCode;
        GlEntries = glEntries;
        PartyEntries = partyEntries ?? [];
        BankEntries = bankEntries ?? [];
        DetailedEntries = detailedEntries ?? [];
        Reversals = reversals ?? [];
        Closures = closures ?? [];
    }

    public DateOnly PostingDate { get; }

    public DocumentType DocumentType { get; }

    public string DocumentNo { get; }

    /// <summary>Where the posting came from ("SALES", "PURCHASES", "PAYMENT-RECON", "REVERSAL", ...).</summary>
    public string SourceCode { get; }

    public IReadOnlyList<GlEntry> GlEntries { get; }

    public IReadOnlyList<PartyLedgerEntry> PartyEntries { get; }

    public IReadOnlyList<BankAccountLedgerEntry> BankEntries { get; }

    public IReadOnlyList<DetailedLedgerEntry> DetailedEntries { get; }

    /// <summary>Original ↔ reversing entry pairs; linked once the reversing entries have numbers.</summary>
    public IReadOnlyList<(LedgerEntry Original, LedgerEntry Reversal)> Reversals { get; }

    /// <summary>Entries this transaction closed by application, and the entry that closed each (numbered by the writer).</summary>
    public IReadOnlyList<(PartyLedgerEntry Closed, LedgerEntry ClosedBy)> Closures { get; }

    /// <summary>Every new entry, in the order the writer numbers them.</summary>
    public IEnumerable<LedgerEntry> NewEntries =>
        GlEntries.Cast<LedgerEntry>().Concat(PartyEntries).Concat(BankEntries).Concat(DetailedEntries);

    /// <summary>Called by the writer after numbering: marks originals reversed by their mirror entries.</summary>
    public void LinkReversals()
    {
        foreach (var (original, reversal) in Reversals)
        {
            original.MarkReversedBy(reversal.EntryNo);
            reversal.MarkAsReversalOf(original.EntryNo);
        }
    }

    /// <summary>Called by the writer after numbering: records on each closed entry the number of the entry that closed it.</summary>
    public void LinkClosures()
    {
        foreach (var (closed, closedBy) in Closures)
            closed.RecordClosedBy(closedBy.EntryNo);
    }
}
