namespace BankRecon.Importers.Ofx;

/// <summary>What <see cref="OfxElementReader"/> reports: an aggregate opens or closes, or a leaf element has a value.</summary>
internal enum OfxEventKind
{
    Open = 0,
    Close = 1,
    Leaf = 2,
}
