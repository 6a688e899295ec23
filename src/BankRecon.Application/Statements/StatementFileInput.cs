namespace BankRecon.Application.Statements;

/// <summary>An uploaded statement file: its name as the user gave it (for messages only) and its bytes (seekable).</summary>
public sealed record StatementFileInput(string FileName, Stream Content);
