namespace BankRecon.Importers.Writers;

/// <summary>File header values for <see cref="Bai2Writer"/>; fixed defaults keep the output reproducible.</summary>
public sealed record Bai2WriterOptions
{
    public string Sender { get; init; } = "BANKRECON";

    public string Receiver { get; init; } = "CUSTOMER";

    public string FileId { get; init; } = "1";

    public DateOnly Created { get; init; } = new(2000, 1, 1);
}
