namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// Business Central's string nearness ("Record Match Mgt."): repeatedly take the longest common substring (at least
/// <c>threshold</c> characters), remove it from both strings and count its characters; the result is
/// <c>factor × matched ÷ length of the shorter string</c>, case-insensitive. Written from the published description,
/// not copied.
/// </summary>
internal static class StringNearness
{
    public const int DefaultThreshold = 4;

    public static int Calculate(string first, string second, int threshold = DefaultThreshold, int normalizingFactor = 100)
    {
        if (first.Length == 0 || second.Length == 0) return 0;
        var a = first.ToUpperInvariant();
        var b = second.ToUpperInvariant();
        var minLength = Math.Max(1, Math.Min(a.Length, b.Length));
        var matched = 0;
        while (true)
        {
            var (start, length) = LongestCommonSubstring(a, b);
            if (length == 0 || length < threshold) break;
            matched += length;
            var common = a.Substring(start, length);
            a = a.Remove(start, length);
            var inB = b.IndexOf(common, StringComparison.Ordinal);
            b = b.Remove(inB, length);
        }

        return normalizingFactor * matched / minLength;
    }

    /// <summary>Start (in <paramref name="a"/>) and length of the longest common substring; the leftmost in a on ties.</summary>
    public static (int Start, int Length) LongestCommonSubstring(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return (0, 0);
        Span<int> row = b.Length < 512 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        row.Clear();
        var bestLength = 0;
        var bestEnd = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = 0;   // row[j-1] of the previous i
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                if (a[i - 1] == b[j - 1])
                {
                    row[j] = diagonal + 1;
                    if (row[j] > bestLength)
                    {
                        bestLength = row[j];
                        bestEnd = i;
                    }
                }
                else
                {
                    row[j] = 0;
                }

                diagonal = above;
            }
        }

        return (bestEnd - bestLength, bestLength);
    }
}
