namespace BankRecon.Importers.Abstractions;

/// <summary>
/// Receives a parsed file as a stream of events, so that memory stays flat however long the file is.
/// Order: for each statement, <see cref="StartStatement"/>, then its lines, then <see cref="EndStatement"/>.
/// Diagnostics may come at any time.
/// </summary>
public interface IStatementSink
{
    void StartStatement(StatementHeader header);

    void Line(ParsedLine line);

    /// <summary>The statement is complete; <paramref name="header"/> carries everything that is known now.</summary>
    void EndStatement(StatementHeader header);

    void Diagnostic(ParseDiagnostic diagnostic);
}
