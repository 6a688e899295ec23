namespace BankRecon.Importers.Ofx;

/// <summary>A forward-only stream of OFX tokens. Tag names are upper-case; text is entity-decoded, CDATA unwrapped.</summary>
internal interface IOfxTokenSource
{
    OfxTokenKind Kind { get; }

    /// <summary>Tag name for start and end tags.</summary>
    string Name { get; }

    /// <summary>Content of a text token (adjacent text and CDATA sections are merged).</summary>
    string Text { get; }

    /// <summary>1-based line where the current token starts.</summary>
    int Line { get; }

    /// <summary>Moves to the next token; false at the end of the input.</summary>
    bool Read();
}
