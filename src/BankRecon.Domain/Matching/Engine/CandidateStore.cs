using System.Runtime.CompilerServices;

namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// Where one matching thread keeps the candidates of the lines it matched: records in chunks, entries and planned
/// amounts in number buffers, a line's records side by side. A few hundred chunks replace an object and up to four
/// small arrays per candidate.
/// <para>
/// The chunks stay just under the large-object threshold (85 000 bytes). Above it they were never copied, but the
/// large object heap's growth is what brings on a full, blocking collection of the whole heap: the index already takes
/// most of that allowance, and 190 MB of candidates on top of it at a million entries cost a collection of 0.5–0.7 s,
/// against about 0.1 s for copying them once.
/// </para>
/// </summary>
internal sealed class CandidateStore
{
    // about 400 records or 10 000 numbers per chunk
    private static readonly int RecordChunk = 80_000 / Unsafe.SizeOf<CandidateRecord>();
    private const int NumberChunk = 10_000;

    private CandidateRecord[] _records = [];
    private int _recordsUsed;
    private int[] _ints = [];
    private int _intsUsed;
    private long[] _longs = [];
    private int _longsUsed;

    // the rule names the records carry, numbered as met (a few dozen per run; compared by reference first)
    private readonly List<string> _rules = [];
    private readonly Dictionary<string, int> _ruleIds = new(StringComparer.Ordinal);

    /// <summary>The name of a rule a record of this store carries.</summary>
    public string RuleName(int id) => _rules[id];

    /// <summary>Copies the line's candidates (in their order) into the store and gives them to the line.</summary>
    public void Keep(LineState state, List<Candidate> candidates)
    {
        if (candidates.Count == 0)
        {
            state.SetCandidates(Memory<CandidateRecord>.Empty, this);
            return;
        }

        if (_recordsUsed + candidates.Count > _records.Length)
        {
            _records = new CandidateRecord[Math.Max(RecordChunk, candidates.Count)];
            _recordsUsed = 0;
        }

        var first = _recordsUsed;
        foreach (var candidate in candidates)
        {
            _records[_recordsUsed++] = new CandidateRecord(
                candidate,
                RuleId(candidate.Rule),
                Ints(candidate.Entries),
                Longs(candidate.Planned),
                Longs(candidate.PlannedDiscount),
                Longs(candidate.PlannedCharges));
        }

        state.SetCandidates(_records.AsMemory(first, candidates.Count), this);
    }

    private int RuleId(string rule)
    {
        // the previous record's rule is the likeliest
        if (_rules.Count > 0 && ReferenceEquals(_rules[^1], rule)) return _rules.Count - 1;
        if (_ruleIds.TryGetValue(rule, out var id)) return id;
        _rules.Add(rule);
        _ruleIds.Add(rule, _rules.Count - 1);
        return _rules.Count - 1;
    }

    private ReadOnlyMemory<int> Ints(int[] values) => Append(ref _ints, ref _intsUsed, values);

    private ReadOnlyMemory<long> Longs(long[] values) => Append(ref _longs, ref _longsUsed, values);

    private static ReadOnlyMemory<T> Append<T>(ref T[] chunk, ref int used, T[] values)
    {
        if (values.Length == 0) return ReadOnlyMemory<T>.Empty;
        if (used + values.Length > chunk.Length)
        {
            chunk = new T[Math.Max(NumberChunk, values.Length)];
            used = 0;
        }

        values.CopyTo(chunk, used);
        var kept = chunk.AsMemory(used, values.Length);
        used += values.Length;
        return kept;
    }
}
