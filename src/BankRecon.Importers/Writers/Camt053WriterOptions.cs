namespace BankRecon.Importers.Writers;

/// <summary>Message-level values for <see cref="Camt053Writer"/>. The defaults are fixed so that output is reproducible.</summary>
public sealed record Camt053WriterOptions
{
    public string MessageId { get; init; } = "BANKRECON-CAMT053";

    public DateTimeOffset CreatedAt { get; init; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Pretty-print (two-space indent). Turn off for very large generated files.</summary>
    public bool Indent { get; init; } = true;
}
