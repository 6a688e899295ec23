namespace BankRecon.Domain.Matching.Engine;

/// <summary>Text evidence pointing at one entry: its payment reference or document number was found on the line.</summary>
internal sealed class EntryHit
{
    public required int Entry { get; init; }

    /// <summary>A reference on the line equals the entry's payment reference.</summary>
    public bool Reference { get; set; }

    /// <summary>...and its check digits are valid (a structured reference, decisive).</summary>
    public bool ReferenceValid { get; set; }

    /// <summary>
    /// A reference on the line with invalid check digits differs from the entry's payment reference by one digit or one
    /// swap of adjacent digits (a typo); see <see cref="LineState.NearReferenceUnique"/>.
    /// </summary>
    public bool ReferenceNear { get; set; }

    /// <summary>The whole document number was found as a token.</summary>
    public bool Document { get; set; }

    /// <summary>The whole external document number was found as a token.</summary>
    public bool External { get; set; }

    /// <summary>Only the digit group of the document number was found (weaker).</summary>
    public bool DigitsOnly { get; set; }

    /// <summary>Text as found (for the explanation).</summary>
    public string? Found { get; set; }

    public bool FullDocument => Document || External;

    public bool AnyDocument => Document || External || Reference;

    public int Strength => (ReferenceValid ? 8 : 0) + (Reference ? 4 : 0) + (FullDocument || ReferenceNear ? 2 : 0) + (DigitsOnly ? 1 : 0);
}
