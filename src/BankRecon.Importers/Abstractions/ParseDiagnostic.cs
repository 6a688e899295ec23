namespace BankRecon.Importers.Abstractions;

public enum DiagnosticSeverity
{
    Info = 0,
    Warning = 1,
    Error = 2,

    /// <summary>The file cannot be read as a statement at all: it is rejected.</summary>
    Fatal = 3,
}

/// <summary>A problem found while reading a file, with the place it was found ("line 17", "Document/BkToCstmrStmt/Stmt[2]/Ntry[5]").</summary>
public sealed record ParseDiagnostic(DiagnosticSeverity Severity, string Location, string Message)
{
    public static ParseDiagnostic Info(string location, string message) => new(DiagnosticSeverity.Info, location, message);

    public static ParseDiagnostic Warning(string location, string message) => new(DiagnosticSeverity.Warning, location, message);

    public static ParseDiagnostic Error(string location, string message) => new(DiagnosticSeverity.Error, location, message);

    public static ParseDiagnostic Fatal(string location, string message) => new(DiagnosticSeverity.Fatal, location, message);

    public override string ToString() => $"{Severity} at {Location}: {Message}";
}
