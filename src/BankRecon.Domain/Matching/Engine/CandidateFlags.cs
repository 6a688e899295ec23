namespace BankRecon.Domain.Matching.Engine;

[Flags]
internal enum CandidateFlags
{
    None = 0,

    /// <summary>Another party is clearly identified by the line (bank account or unique name).</summary>
    OtherPartyIdentified = 1,

    /// <summary>The payment is dated before an entry's posting date.</summary>
    BeforePosting = 2,

    /// <summary>Another candidate of the line is equally good.</summary>
    Ambiguous = 4,

    /// <summary>Another statement line wants the same entry equally strongly.</summary>
    ContestedByOtherLine = 8,

    /// <summary>Less was available on the entry than planned (other lines took part of it).</summary>
    Reduced = 16,

    /// <summary>The combination search found more than one set of entries.</summary>
    SeveralCombinations = 32,

    /// <summary>The text names an entry (document number or reference) that this candidate does not apply.</summary>
    TextNamesOtherEntry = 64,

    /// <summary>No other open entry of the ledger (all parties) has the amount.</summary>
    UniqueInPool = 128,

    /// <summary>The party is known by name only, another party has a similar name, and the amount is not unique in the ledger.</summary>
    NearNamesake = 256,

    /// <summary>A part payment whose shortfall equals open credit memos of the party (the netted candidate is preferred).</summary>
    CreditMemoFits = 512,
}
