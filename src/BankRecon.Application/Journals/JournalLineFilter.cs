namespace BankRecon.Application.Journals;

/// <summary>Which lines of a journal to show (BC's "Lines to Review" and "Lines with Difference", plus unapplied).</summary>
public enum JournalLineFilter
{
    All = 0,

    /// <summary>Proposals that need a person's look (Medium/Low, ambiguous) and lines nothing was found for.</summary>
    ToReview = 1,

    /// <summary>Lines whose applied amount differs from the statement amount.</summary>
    WithDifference = 2,

    /// <summary>Lines not applied to anything.</summary>
    Unapplied = 3,
}
