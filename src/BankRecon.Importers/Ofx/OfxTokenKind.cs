namespace BankRecon.Importers.Ofx;

/// <summary>The lexical pieces of an OFX body, whether it was written as SGML (1.x) or XML (2.x).</summary>
internal enum OfxTokenKind
{
    StartTag = 0,
    EndTag = 1,
    Text = 2,
}
