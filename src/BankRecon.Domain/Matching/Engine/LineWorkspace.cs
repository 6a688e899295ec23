namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// A matcher's working set for the line it is matching: the candidates and the party evidence. When the line's
/// matching ends, the candidates are copied into the thread's <see cref="CandidateStore"/> (as records, with their
/// evidence as facts) and the line keeps only the parties the payer fully matches; so the objects are reused by the
/// next line instead of being made anew for each of 100 000 lines and kept until the proposals are written.
/// </summary>
internal sealed class LineWorkspace
{
    private readonly CandidateStore _store = new();
    private readonly List<Candidate> _candidatePool = [];
    private int _candidatesUsed;
    private readonly List<PartyEvidence> _evidence = new(16);
    private readonly List<PartyEvidence> _evidencePool = [];
    private int _evidenceUsed;

    /// <summary>The line's candidates so far.</summary>
    public List<Candidate> Candidates { get; } = new(16);

    public void Start(LineState state)
    {
        Candidates.Clear();
        _candidatesUsed = 0;
        _evidenceUsed = 0;
        state.StartMatching(_evidence);
    }

    public void End(LineState state)
    {
        _store.Keep(state, Candidates);
        state.Settle();
    }

    /// <summary>A candidate with nothing decided yet (not added to <see cref="Candidates"/>).</summary>
    public Candidate NewCandidate(CandidateKind kind, int party, int[] entries)
    {
        if (_candidatesUsed == _candidatePool.Count) _candidatePool.Add(new Candidate());
        return _candidatePool[_candidatesUsed++].Reset(kind, party, entries);
    }

    /// <summary>Evidence about a party with nothing found yet (not added to the line's parties).</summary>
    public PartyEvidence NewEvidence(int party)
    {
        if (_evidenceUsed == _evidencePool.Count) _evidencePool.Add(new PartyEvidence());
        return _evidencePool[_evidenceUsed++].Reset(party);
    }
}
