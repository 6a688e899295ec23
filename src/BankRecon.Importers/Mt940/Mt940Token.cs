namespace BankRecon.Importers.Mt940;

internal enum Mt940TokenKind
{
    /// <summary>A tagged field such as :61:, with its continuation lines.</summary>
    Field = 0,

    /// <summary>The end of a message: a '-' or '-}' line, or the end of a SWIFT block 4.</summary>
    EndOfMessage = 1,
}

/// <summary>
/// One field of an MT940/MT942 message. <see cref="Lines"/> holds the physical lines: the first is the text after the
/// tag, the others are continuation lines exactly as read (line break and control characters removed).
/// </summary>
internal sealed record Mt940Token(Mt940TokenKind Kind, string Tag, IReadOnlyList<string> Lines, int LineNumber)
{
    public string FirstLine => Lines.Count > 0 ? Lines[0] : "";

    public string Location => "line " + LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
