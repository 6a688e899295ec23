namespace BankRecon.Application.Statements;

/// <summary>
/// Where in a file something was found, as the parser names it ("line 17", "Document/BkToCstmrStmt/Stmt[2]/Ntry[5]"):
/// typed, so that a translation of a note can put the words of the location ("line", "file") in the reader's language.
/// </summary>
public sealed record FileLocation(string Text)
{
    /// <summary>The parsers' location of a problem of the file as a whole (no line or element to point at).</summary>
    public bool IsWholeFile => Text == "file";

    public override string ToString() => Text;
}
