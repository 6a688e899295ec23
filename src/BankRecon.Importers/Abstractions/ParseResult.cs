namespace BankRecon.Importers.Abstractions;

/// <summary>A whole file parsed into memory. Fine for previews, tests and the inspect command; imports stream instead.</summary>
public sealed record ParsedStatement(StatementHeader Header, IReadOnlyList<ParsedLine> Lines);

public sealed record ParseResult(StatementFormat Format, IReadOnlyList<ParsedStatement> Statements, IReadOnlyList<ParseDiagnostic> Diagnostics)
{
    /// <summary>The file was refused: its structure could not be read.</summary>
    public bool IsRejected => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Fatal);

    public int LineCount => Statements.Sum(s => s.Lines.Count);
}

/// <summary>A sink that keeps everything in memory and builds a <see cref="ParseResult"/>.</summary>
public sealed class StatementCollector : IStatementSink
{
    private readonly List<ParsedStatement> _statements = [];
    private readonly List<ParseDiagnostic> _diagnostics = [];
    private List<ParsedLine>? _lines;

    public IReadOnlyList<ParseDiagnostic> Diagnostics => _diagnostics;

    public void StartStatement(StatementHeader header) => _lines = [];

    public void Line(ParsedLine line) => (_lines ??= []).Add(line);

    public void EndStatement(StatementHeader header)
    {
        _statements.Add(new ParsedStatement(header, _lines ?? []));
        _lines = null;
    }

    public void Diagnostic(ParseDiagnostic diagnostic) => _diagnostics.Add(diagnostic);

    public ParseResult ToResult(StatementFormat format) => new(format, _statements, _diagnostics);
}
