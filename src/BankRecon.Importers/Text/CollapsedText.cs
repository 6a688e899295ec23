using System.Buffers;

namespace BankRecon.Importers.Text;

/// <summary>
/// Whether a text is already "collapsed": no whitespace at either end, no whitespace other than single plain spaces
/// inside. The readers collapse every description and name, and most already are, so checking first (vectorised) saves
/// building a copy of each.
/// </summary>
internal static class CollapsedText
{
    // Every whitespace character except the plain space.
    private static readonly SearchValues<char> OtherWhitespace = SearchValues.Create(
        Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c)).ToArray());

    /// <summary>True for a non-empty text that collapsing whitespace would leave unchanged.</summary>
    public static bool Is(string text) =>
        text.Length > 0
        && !char.IsWhiteSpace(text[0])
        && !char.IsWhiteSpace(text[^1])
        && !text.AsSpan().ContainsAny(OtherWhitespace)
        && !text.Contains("  ", StringComparison.Ordinal);
}
