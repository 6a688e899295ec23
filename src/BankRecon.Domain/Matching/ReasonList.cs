using System.Collections;
using System.Text;

namespace BankRecon.Domain.Matching;

/// <summary>
/// The reasons of one proposal or alternative: fully written texts kept side by side, in UTF-8, in a block that the
/// engine shares between the proposals of several lines. Each reason becomes a string when it is read;
/// <see cref="Utf8"/> reads it without one. A run of 100 000 lines writes about 75 million characters of reasons: as a
/// million strings (150 MB) they were most of what the garbage collector copied while the proposals were written; as
/// about a thousand blocks of bytes (half the size, no references inside) they cost it a fraction of that.
/// </summary>
public sealed class ReasonList : IReadOnlyList<string>
{
    private readonly byte[] _block;

    // start and length (in bytes) of each reason in the block, one after the other
    private readonly int[] _bounds;

    internal ReasonList(byte[] block, int[] bounds)
    {
        _block = block;
        _bounds = bounds;
    }

    /// <summary>No reasons.</summary>
    public static ReasonList Empty { get; } = new([], []);

    public int Count => _bounds.Length / 2;

    public string this[int index] => Encoding.UTF8.GetString(Utf8(index));

    /// <summary>The text of one reason in UTF-8, without making a string of it.</summary>
    public ReadOnlySpan<byte> Utf8(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return _block.AsSpan(_bounds[index * 2], _bounds[(index * 2) + 1]);
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join("; ", this);
}
