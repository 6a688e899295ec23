namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// Splits a line's texts into atoms without allocating per atom: the folded characters of all atoms are stored back to
/// back in one reusable buffer, so the token made of atoms i..j is the contiguous span
/// <c>Chars[Atoms[i].Start .. Atoms[j].End]</c>. One instance is reused for every line of a run.
/// </summary>
internal sealed class TextAtoms
{
    /// <summary>Texts beyond this many atoms are ignored (remittance texts are at most a few hundred characters).</summary>
    public const int MaxAtoms = 256;

    private const int MaxJoinGap = 2;

    public char[] Chars { get; private set; } = new char[512];

    public int Length { get; private set; }

    public Atom[] Atoms { get; } = new Atom[MaxAtoms];

    public int Count { get; private set; }

    public void Clear()
    {
        Length = 0;
        Count = 0;
    }

    public ReadOnlySpan<char> Span(int first, int last) => Chars.AsSpan(Atoms[first].Start, Atoms[last].End - Atoms[first].Start);

    public ReadOnlySpan<char> Span(int index) => Chars.AsSpan(Atoms[index].Start, Atoms[index].Length);

    /// <summary>Appends the atoms of <paramref name="text"/>; atoms never join across two appended texts.</summary>
    public void Append(string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        Span<char> folded = stackalloc char[2];
        var gap = int.MaxValue;          // chars since the last letter/digit; MaxValue = start of a text
        var gapJoinable = false;
        var inAtom = false;
        foreach (var c in text)
        {
            var count = TextFold.Fold(c, folded);
            if (count == 0)
            {
                if (inAtom)
                {
                    inAtom = false;
                    gap = 0;
                    gapJoinable = true;
                }

                if (gap != int.MaxValue)
                {
                    gap++;
                    gapJoinable &= IsJoiningSeparator(c);
                }

                continue;
            }

            for (var k = 0; k < count; k++)
            {
                var ch = folded[k];
                var isDigit = char.IsAsciiDigit(ch);
                if (!inAtom || Atoms[Count - 1].IsDigit != isDigit)
                {
                    if (Count == MaxAtoms) return;
                    var joins = inAtom || (gap != int.MaxValue && gapJoinable && gap <= MaxJoinGap);
                    Atoms[Count++] = new Atom { Start = Length, Length = 0, IsDigit = isDigit, JoinsPrevious = joins };
                    inAtom = true;
                }

                EnsureCapacity(Length + 1);
                Chars[Length++] = ch;
                Atoms[Count - 1].Length++;
            }
        }
    }

    private static bool IsJoiningSeparator(char c) => c is ' ' or '-' or '/' or '.' or '_' or '#' or ':' or '\u00A0';

    private void EnsureCapacity(int size)
    {
        if (size <= Chars.Length) return;
        var bigger = new char[Math.Max(size, Chars.Length * 2)];
        Chars.AsSpan(0, Length).CopyTo(bigger);
        Chars = bigger;
    }
}
