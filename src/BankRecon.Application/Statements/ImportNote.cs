using BankRecon.Domain.Common;

namespace BankRecon.Application.Statements;

/// <summary>
/// A warning or refusal reason of a preview or import: a stable code, the English sentence, and its values, typed
/// (numbers, dates, <see cref="FileLocation"/>s, the parser's diagnostics), so that the web can show it in the user's
/// language and culture ("Import.Note.{Code}" with {0}, {1} ...).
/// </summary>
public sealed record ImportNote(string Code, string Message, IReadOnlyList<object> Args)
{
    public static ImportNote Of(string code, string message, params object[] args) => new(code, message, args);

    /// <summary>The note as a use-case error, keeping its values.</summary>
    public Error ToError() => new(Code, Message) { Args = Args };

    public override string ToString() => Message;
}
