namespace BankRecon.Domain.Matching.Engine;

/// <summary>Deterministic orderings of candidates (never by dictionary or input order).</summary>
internal static class CandidateOrder
{
    /// <summary>Our rule set, within a line: score, text/name evidence, oldest entry, fewer entries, entry order.</summary>
    public static Comparison<CandidateRecord> Default(MatchIndex index) => (a, b) =>
    {
        var c = b.Score.CompareTo(a.Score);
        if (c != 0) return c;
        c = b.Tiebreak.CompareTo(a.Tiebreak);
        if (c != 0) return c;
        return CompareApplications(index, in a, in b);
    };

    /// <summary>
    /// Business Central, within a line and globally: Quality desc, No. of Entries desc; on ties BC's temporary buffer
    /// falls back to its primary key in descending order, i.e. the newest entry first.
    /// </summary>
    public static Comparison<CandidateRecord> BusinessCentral(MatchIndex index) => (a, b) =>
    {
        var c = b.Score.CompareTo(a.Score);
        if (c != 0) return c;
        c = b.Entries.Length.CompareTo(a.Entries.Length);
        if (c != 0) return c;
        return Newest(index, in b).CompareTo(Newest(index, in a)) is var n && n != 0 ? n : CompareApplications(index, in a, in b);
    };

    private static long Newest(MatchIndex index, in CandidateRecord candidate)
    {
        // entry "numbers" grow with posting: posting date, then canonical position
        long newest = -1;
        foreach (var e in candidate.Entries)
        {
            ref readonly var entry = ref index.Entries[e];
            newest = Math.Max(newest, (long)entry.PostingDate.DayNumber * 10_000_000L + e);
        }

        return newest;
    }

    private static int CompareApplications(MatchIndex index, in CandidateRecord a, in CandidateRecord b)
    {
        if (a.Entries.Length > 0 && b.Entries.Length > 0)
        {
            var c = MatchIndex.CompareByAge(in index.Entries[a.Entries[0]], in index.Entries[b.Entries[0]]);
            if (c != 0) return c;
        }

        var byCount = a.Entries.Length.CompareTo(b.Entries.Length);
        if (byCount != 0) return byCount;
        var entriesA = a.Entries;
        var entriesB = b.Entries;
        for (var i = 0; i < entriesA.Length; i++)
        {
            var byEntry = entriesA[i].CompareTo(entriesB[i]);
            if (byEntry != 0) return byEntry;
        }

        var byKind = ((int)a.Kind).CompareTo((int)b.Kind);
        if (byKind != 0) return byKind;
        return string.CompareOrdinal(a.Account?.No, b.Account?.No) is var n && n != 0
            ? n
            : ((int)(a.Account?.Type ?? 0)).CompareTo((int)(b.Account?.Type ?? 0));
    }
}
