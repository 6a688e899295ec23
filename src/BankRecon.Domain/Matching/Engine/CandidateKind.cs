namespace BankRecon.Domain.Matching.Engine;

internal enum CandidateKind
{
    /// <summary>One entry.</summary>
    Single = 0,

    /// <summary>All entries of one party whose numbers are in the text (BC's "Yes - Multiple").</summary>
    NamedGroup = 1,

    /// <summary>Some of the named entries, whose amounts add up to the payment.</summary>
    NamedSubset = 2,

    /// <summary>Open entries of the party that add up exactly to the payment, with nothing named.</summary>
    Combination = 3,

    /// <summary>The oldest open entry of a recognised party (part payment on account).</summary>
    OldestOpen = 4,

    /// <summary>A text-to-account mapping.</summary>
    TextMapping = 5,

    /// <summary>Named invoice(s) of the party less credit memo(s) of the same party: the payment is the difference.</summary>
    NetOfCredits = 6,
}
