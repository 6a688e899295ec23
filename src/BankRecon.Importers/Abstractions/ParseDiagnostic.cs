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
/// <remarks>
/// <see cref="Code"/> and <see cref="Args"/> let a user interface say the same in the reader's language
/// ("parse.empty" with no values, "parse.xml-dtd" ...); <see cref="Message"/> stays the English text for logs and the CLI.
/// </remarks>
public sealed record ParseDiagnostic(DiagnosticSeverity Severity, string Location, string Message)
{
    /// <summary>Stable identifier of the message ("parse.empty"); null for messages not (yet) given one.</summary>
    public string? Code { get; init; }

    /// <summary>The typed values inside <see cref="Message"/>, in order, for a translation's {0}, {1} ...</summary>
    public IReadOnlyList<object> Args { get; init; } = [];

    public bool Equals(ParseDiagnostic? other) =>
        other is not null && Severity == other.Severity && Location == other.Location && Message == other.Message && Code == other.Code
        && Args.SequenceEqual(other.Args);

    public override int GetHashCode() => HashCode.Combine(Severity, Location, Message, Code);

    /// <summary>This diagnostic with a stable code and its values (see <see cref="Code"/>).</summary>
    public ParseDiagnostic Coded(string code, params object[] args) => this with { Code = code, Args = args };

    public static ParseDiagnostic Info(string location, string message) => new(DiagnosticSeverity.Info, location, message);

    public static ParseDiagnostic Warning(string location, string message) => new(DiagnosticSeverity.Warning, location, message);

    public static ParseDiagnostic Error(string location, string message) => new(DiagnosticSeverity.Error, location, message);

    public static ParseDiagnostic Fatal(string location, string message) => new(DiagnosticSeverity.Fatal, location, message);

    public override string ToString() => $"{Severity} at {Location}: {Message}";
}
