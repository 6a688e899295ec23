using System.Globalization;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Importers;

/// <summary>
/// Passes events through but keeps at most <c>maxPerSeverity</c> diagnostics of each severity, so that a huge file full
/// of bad rows cannot fill memory with messages. <see cref="Complete"/> reports how many were left out.
/// </summary>
internal sealed class CappedDiagnosticsSink(IStatementSink inner, int maxPerSeverity = 500) : IStatementSink
{
    private readonly int[] _counts = new int[4];

    public int ErrorCount => _counts[(int)DiagnosticSeverity.Error];

    public void StartStatement(StatementHeader header) => inner.StartStatement(header);

    public void Line(ParsedLine line) => inner.Line(line);

    public void EndStatement(StatementHeader header) => inner.EndStatement(header);

    public void Diagnostic(ParseDiagnostic diagnostic)
    {
        var index = (int)diagnostic.Severity;
        _counts[index]++;

        // Fatal diagnostics are never dropped: they say why a file was rejected.
        if (diagnostic.Severity == DiagnosticSeverity.Fatal || _counts[index] <= maxPerSeverity)
        {
            inner.Diagnostic(diagnostic);
        }
    }

    public void Complete()
    {
        for (var severity = DiagnosticSeverity.Info; severity <= DiagnosticSeverity.Error; severity++)
        {
            var dropped = _counts[(int)severity] - maxPerSeverity;
            if (dropped > 0)
            {
                inner.Diagnostic(new ParseDiagnostic(severity, "file", string.Create(CultureInfo.InvariantCulture,
                    $"{dropped} more {severity.ToString().ToLowerInvariant()} messages of this file were left out.")).Coded("parse.more-" + severity.ToString().ToLowerInvariant(), dropped));
            }
        }
    }
}
