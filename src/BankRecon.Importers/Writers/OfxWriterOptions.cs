namespace BankRecon.Importers.Writers;

/// <summary>Signon values for <see cref="OfxWriter"/>; fixed defaults keep the output reproducible.</summary>
public sealed record OfxWriterOptions
{
    public DateOnly ServerDate { get; init; } = new(2000, 1, 1);

    /// <summary>BANKACCTFROM/BANKID: the bank's routing or clearing number.</summary>
    public string BankId { get; init; } = "0000";

    public string Language { get; init; } = "ENG";
}
