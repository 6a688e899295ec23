namespace BankRecon.Application.Bench;

/// <summary>An application of part of a statement line to one open entry (signed like the line).</summary>
public sealed record EntryAmount(string EntryId, decimal Amount);
