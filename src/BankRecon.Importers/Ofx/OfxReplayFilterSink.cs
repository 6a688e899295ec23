using BankRecon.Importers.Abstractions;

namespace BankRecon.Importers.Ofx;

/// <summary>
/// Records what has reached the real sink, so that a file can be read a second time (with the lenient reader, after
/// the strict XML reader gave up half-way) without delivering any statement, line or diagnostic twice. Both readers
/// see the same elements up to the point of failure, so the second pass repeats a prefix of events and then goes on.
/// </summary>
internal sealed class OfxReplayFilterSink(IStatementSink inner) : IStatementSink
{
    private readonly HashSet<ParseDiagnostic> _diagnostics = [];
    private int _startedStatements;
    private int _endedStatements;
    private int _linesInLastStatement;
    private bool _replaying;
    private int _replayLineCount;

    /// <summary>From now on, events are a replay from the start of the file: suppress those already delivered.</summary>
    public void BeginReplay() => _replaying = true;

    public void StartStatement(StatementHeader header)
    {
        if (_replaying && header.StatementIndex < _startedStatements) return;
        _startedStatements = header.StatementIndex + 1;
        _linesInLastStatement = 0;
        inner.StartStatement(header);
    }

    public void Line(ParsedLine line)
    {
        if (_replaying)
        {
            if (line.StatementIndex < _startedStatements - 1) return;
            if (line.StatementIndex == _startedStatements - 1 && line.LineIndex < _linesInLastStatement)
            {
                _replayLineCount++;
                return;
            }
        }

        _linesInLastStatement = line.LineIndex + 1;
        inner.Line(line);
    }

    public void EndStatement(StatementHeader header)
    {
        if (_replaying && header.StatementIndex < _endedStatements) return;
        _endedStatements = header.StatementIndex + 1;
        inner.EndStatement(header);
    }

    public void Diagnostic(ParseDiagnostic diagnostic)
    {
        if (_diagnostics.Add(diagnostic)) inner.Diagnostic(diagnostic);
    }

    /// <summary>Lines of the interrupted statement that the replay suppressed (for tests).</summary>
    public int SuppressedLines => _replayLineCount;
}
