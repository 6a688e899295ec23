namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// How alike a payer name (as the bank reports it) and a customer/vendor name are, from 0 to 1, after
/// <see cref="NameProfile"/> normalisation: word order is ignored, a word may carry a small typo (edit distance 1, or 2
/// for long words), and a name cut off by the bank's field length may end in a partial word or miss its last words.
/// </summary>
internal static class NameSimilarity
{
    /// <summary>Bank name fields are cut at 20–35 characters; a name at least this long may be truncated.</summary>
    public const int TruncationSuspectLength = 18;

    /// <summary>Near-identical: the same words, or a truncated prefix of them.</summary>
    public const double Strong = 0.97;

    /// <summary>Similar enough to name the party as a candidate (typos, a missing word).</summary>
    public const double Fuzzy = 0.85;

    public static double Calculate(NameProfile payer, NameProfile party, int payerRawLength)
    {
        if (payer.IsEmpty || party.IsEmpty) return 0;
        if (string.Equals(payer.SortedKey, party.SortedKey, StringComparison.Ordinal)) return 1.0;
        if (string.Equals(payer.Compact, party.Compact, StringComparison.Ordinal)) return 0.99;

        var truncated = payerRawLength >= TruncationSuspectLength && payer.Length < party.Length && !payer.EndsWithLegalSuffix;
        Span<bool> used = party.Tokens.Length <= 32 ? stackalloc bool[party.Tokens.Length] : new bool[party.Tokens.Length];
        double matched = 0;
        var payerTotal = 0;
        var partyConsidered = 0;
        var lastMatchedPartyPosition = -1;
        for (var i = 0; i < payer.Tokens.Length; i++)
        {
            var token = payer.Tokens[i];
            payerTotal += token.Length;
            var isLast = i == payer.Tokens.Length - 1;
            var bestScore = 0.0;
            var best = -1;
            var bestPartyLength = 0;
            for (var k = 0; k < party.Tokens.Length; k++)
            {
                if (used[k]) continue;
                var candidate = party.Tokens[k];
                double score;
                var partyLength = candidate.Length;
                if (string.Equals(token, candidate, StringComparison.Ordinal))
                {
                    score = 1.0;
                }
                else if (truncated && isLast && token.Length >= 3 && candidate.StartsWith(token, StringComparison.Ordinal))
                {
                    score = 1.0;
                    partyLength = token.Length; // the rest of the word was cut off by the bank
                }
                else if (payer.Abbreviated[i] && candidate.Length > token.Length && candidate.StartsWith(token, StringComparison.Ordinal))
                {
                    // "Constr." for "Construction" is the word; an initial ("O." for "Ola") fits many names, so counts less
                    score = token.Length >= 3 ? 1.0 : 0.9;
                }
                else
                {
                    var maxDistance = Math.Min(token.Length, candidate.Length) >= 8 ? 2 : Math.Min(token.Length, candidate.Length) >= 4 ? 1 : 0;
                    if (maxDistance == 0) continue;
                    var distance = BoundedEditDistance(token, candidate, maxDistance);
                    if (distance > maxDistance) continue;
                    score = 1.0 - (double)distance / Math.Max(token.Length, candidate.Length);
                }

                if (score > bestScore)
                {
                    bestScore = score;
                    best = k;
                    bestPartyLength = partyLength;
                }
            }

            if (best < 0) continue;
            used[best] = true;
            matched += bestScore * (token.Length + bestPartyLength);
            partyConsidered += bestPartyLength;
            lastMatchedPartyPosition = Math.Max(lastMatchedPartyPosition, best);
        }

        for (var k = 0; k < party.Tokens.Length; k++)
        {
            if (used[k]) continue;
            // words after the last matched one are what a truncating bank drops
            if (truncated && k > lastMatchedPartyPosition) continue;
            partyConsidered += party.Tokens[k].Length;
        }

        var denominator = payerTotal + partyConsidered;
        return denominator == 0 ? 0 : matched / denominator;
    }

    /// <summary>Optimal string alignment distance (adjacent transpositions count 1), or max+1 when it exceeds <paramref name="max"/>.</summary>
    public static int BoundedEditDistance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var width = b.Length + 1;
        Span<int> previous2 = width <= 128 ? stackalloc int[width] : new int[width];
        Span<int> previous = width <= 128 ? stackalloc int[width] : new int[width];
        Span<int> current = width <= 128 ? stackalloc int[width] : new int[width];
        for (var j = 0; j < width; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max) return max + 1;
            var swap = previous2;
            previous2 = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }
}
