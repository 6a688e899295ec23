using BankRecon.Domain.Common;

namespace BankRecon.Domain.Ledger;

/// <summary>One row per posting: which entries it wrote, from where, by whom and when (the audit trail's index).</summary>
public sealed class GlRegister : Entity
{
    private GlRegister() { }

    public GlRegister(long transactionNo, string sourceCode, string documentNo, DateOnly postingDate, long fromGlEntryNo,
        long toGlEntryNo, string postedBy, DateTime postedAtUtc)
    {
        TransactionNo = transactionNo;
        SourceCode = sourceCode;
        DocumentNo = documentNo;
        PostingDate = postingDate;
        FromGlEntryNo = fromGlEntryNo;
        ToGlEntryNo = toGlEntryNo;
        PostedBy = postedBy;
        PostedAtUtc = DateTime.SpecifyKind(postedAtUtc, DateTimeKind.Utc);
    }

    public long TransactionNo { get; private set; }

    public string SourceCode { get; private set; } = "";

    public string DocumentNo { get; private set; } = "";

    public DateOnly PostingDate { get; private set; }

    public long FromGlEntryNo { get; private set; }

    public long ToGlEntryNo { get; private set; }

    public string PostedBy { get; private set; } = "";

    public DateTime PostedAtUtc { get; private set; }
}
