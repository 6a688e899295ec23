namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// A candidate's place in the assignment order, as up to four numbers compared in turn (smaller first), with the
/// line and the candidate's position in it. Sorting these compares plain numbers instead of following references to
/// lines and candidates, which a run of 100 000 lines would do millions of times.
/// </summary>
internal readonly record struct AssignmentKey(int First, int Second, int Third, int Fourth, int State, int Candidate) : IComparable<AssignmentKey>
{
    public int CompareTo(AssignmentKey other)
    {
        var c = First.CompareTo(other.First);
        if (c != 0) return c;
        c = Second.CompareTo(other.Second);
        if (c != 0) return c;
        c = Third.CompareTo(other.Third);
        return c != 0 ? c : Fourth.CompareTo(other.Fourth);
    }
}
