using BankRecon.Importers.Abstractions;

namespace BankRecon.Application.Statements;

/// <summary>One step of a streamed parse, as <see cref="StreamedStatementReader"/> hands it over: lines come in batches.</summary>
internal sealed record ParseEvent(ParseEvent.EventKind Kind)
{
    public enum EventKind
    {
        StatementStarted,
        Lines,
        StatementEnded,
        Diagnostic,
        Completed,
    }

    public StatementHeader? Header { get; init; }

    public IReadOnlyList<ParsedLine> Lines { get; init; } = [];

    public ParseDiagnostic? Diagnostic { get; init; }

    /// <summary>For <see cref="EventKind.Completed"/>: the format found (Auto when none).</summary>
    public StatementFormat Format { get; init; }
}
