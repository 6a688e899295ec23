namespace BankRecon.Domain.Matching;

/// <summary>The steps of one matching run, reported to <see cref="MatchStatistics.PhaseCompleted"/> as each ends.</summary>
public enum MatchPhase
{
    /// <summary>The indexes over the open entries are built.</summary>
    Index,

    /// <summary>Every line's candidates are found, scored and ranked (in parallel for large statements).</summary>
    Lines,

    /// <summary>Contests between lines and the assignment of entries (one thread, fixed order).</summary>
    CrossLine,

    /// <summary>The proposals with their reasons and alternatives are written.</summary>
    Proposals,
}
