namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// A maximal run of folded letters or of digits in a text. <see cref="JoinsPrevious"/> says whether it may be glued to
/// the previous atom to form a token ("INV-1042", "INV 1042", "inv1042" all give INV + 1042).
/// </summary>
internal struct Atom
{
    public int Start;
    public int Length;
    public bool IsDigit;
    public bool JoinsPrevious;

    public readonly int End => Start + Length;
}
