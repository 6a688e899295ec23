namespace BankRecon.Application.Statements;

/// <summary>
/// A warning or refusal reason of a preview or import: a stable code, the English sentence, and its values (formatted
/// invariantly) so that the web can show it in the user's language ("Import.Note.{Code}" with {0}, {1} ...).
/// </summary>
public sealed record ImportNote(string Code, string Message, IReadOnlyList<string> Args)
{
    public static ImportNote Of(string code, string message, params string[] args) => new(code, message, args);

    public override string ToString() => Message;
}
