using System.Diagnostics.CodeAnalysis;

namespace BankRecon.Importers.Mt940;

/// <summary>
/// The :61: statement line, subfield by subfield: <c>6!n[4!n]2a[1!a]15d1!a3!c16x[//16x][34x]</c>.
/// </summary>
internal sealed record Mt940Entry
{
    public DateOnly ValueDate { get; init; }

    public DateOnly? EntryDate { get; init; }

    /// <summary>Signed amount: C and RD (reversal of a debit) are money in, D and RC (reversal of a credit) money out.</summary>
    public decimal Amount { get; init; }

    public bool IsReversal { get; init; }

    /// <summary>The funds code: the third letter of the currency code (R for EUR, D for USD, F for CHF/HUF, N for PLN).</summary>
    public char? FundsCode { get; init; }

    /// <summary>N/S/F + three characters ("NTRF", "N192", ING's space-padded "NOV ").</summary>
    public string? TransactionType { get; init; }

    public string? CustomerReference { get; init; }

    public string? BankReference { get; init; }

    /// <summary>Text after the reference on the first line (Rabobank legacy pads the counterparty name there).</summary>
    public string? FirstLineTail { get; init; }

    /// <summary>The supplementary details from the following lines (34x): /OCMT/…, a counterparty IBAN or name, a reference.</summary>
    public string? Supplementary { get; init; }

    /// <summary>Set when a date had a day past the end of its month (e.g. 30 February) and was moved to the last day.</summary>
    public bool DateAdjusted { get; init; }

    public static bool TryParse(IReadOnlyList<string> lines, [NotNullWhen(true)] out Mt940Entry? entry, [NotNullWhen(false)] out string? error)
    {
        entry = null;
        var line = lines.Count > 0 ? lines[0].TrimEnd() : "";
        var text = line.AsSpan();
        if (text.Length < 8)
        {
            error = "The :61: statement line is too short.";
            return false;
        }

        if (!Mt940Syntax.TryParseDate(text[..6], out var valueDate, out var adjusted))
        {
            error = $"The value date '{text[..6]}' of the :61: statement line is not a valid YYMMDD date.";
            return false;
        }

        var pos = 6;
        DateOnly? entryDate = null;
        if (text.Length >= pos + 4 && Mt940Syntax.AllDigits(text.Slice(pos, 4)))
        {
            if (!Mt940Syntax.TryInferEntryDate(valueDate, text.Slice(pos, 4), out var booked, out var entryAdjusted))
            {
                error = $"The entry date '{text.Slice(pos, 4)}' of the :61: statement line is not a valid MMDD date.";
                return false;
            }

            entryDate = booked;
            adjusted |= entryAdjusted;
            pos += 4;
        }
        else if (text.Length >= pos + 4 && text.Slice(pos, 4).SequenceEqual("    "))
        {
            // Citibank writes four spaces where the optional entry date would be.
            pos += 4;
        }

        // Debit/credit mark: C, D, RC, RD. A following letter is the funds code, so "DR" is D + funds code R (EUR),
        // not a reversal; a reversal always starts with R.
        var reversal = false;
        if (pos < text.Length && text[pos] == 'R' && pos + 1 < text.Length && text[pos + 1] is 'C' or 'D')
        {
            reversal = true;
            pos++;
        }

        if (pos >= text.Length || text[pos] is not ('C' or 'D'))
        {
            error = $"The :61: statement line has no debit/credit mark (C, D, RC or RD) at position {pos + 1}.";
            return false;
        }

        var credit = text[pos] == 'C';
        pos++;
        char? funds = null;
        if (pos < text.Length && char.IsAsciiLetter(text[pos]))
        {
            funds = text[pos];
            pos++;
        }

        var amountStart = pos;
        while (pos < text.Length && (char.IsAsciiDigit(text[pos]) || text[pos] == ',')) pos++;
        if (!Mt940Syntax.TryParseAmount(text[amountStart..pos], out var amount))
        {
            error = $"The amount '{text[amountStart..pos]}' of the :61: statement line is not a valid amount.";
            return false;
        }

        // Deutsche Bank puts a space before the transaction type.
        while (pos < text.Length && text[pos] == ' ') pos++;

        string? type = null;
        if (pos < text.Length && text[pos] is 'N' or 'S' or 'F' && !text[pos..].StartsWith("//"))
        {
            var length = Math.Min(4, text.Length - pos);
            type = text.Slice(pos, length).ToString();
            pos += length;
        }

        var rest = text[pos..];
        string? customerReference;
        string? bankReference = null;
        string? tail = null;
        var slashes = rest.IndexOf("//");
        if (slashes >= 0)
        {
            customerReference = rest[..slashes].Trim().ToString();
            var afterSlashes = rest[(slashes + 2)..];
            var bankPart = afterSlashes.Length > 16 ? afterSlashes[..16] : afterSlashes;
            bankReference = bankPart.Trim().ToString();
            if (afterSlashes.Length > 16) tail = afterSlashes[16..].Trim().ToString();
        }
        else
        {
            // Rabobank legacy pads the reference to 16 characters and continues with the counterparty name;
            // ASN writes the counterparty IBAN (18 characters) as the reference. A run of two spaces separates the two.
            var gap = rest.IndexOf("  ");
            if (gap >= 0)
            {
                customerReference = rest[..gap].Trim().ToString();
                tail = rest[gap..].Trim().ToString();
            }
            else
            {
                customerReference = rest.Trim().ToString();
            }
        }

        string? supplementary = null;
        if (lines.Count > 1)
        {
            supplementary = string.Join(" ", lines.Skip(1).Select(l => l.Trim()).Where(l => l.Length > 0));
        }

        var signed = credit ^ reversal ? amount : -amount;
        entry = new Mt940Entry
        {
            ValueDate = valueDate,
            EntryDate = entryDate,
            Amount = signed,
            IsReversal = reversal,
            FundsCode = funds,
            TransactionType = NullIfEmpty(type?.TrimEnd()),
            CustomerReference = NullIfEmpty(customerReference),
            BankReference = NullIfEmpty(bankReference),
            FirstLineTail = NullIfEmpty(tail),
            Supplementary = NullIfEmpty(supplementary),
            DateAdjusted = adjusted,
        };
        error = null;
        return true;
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;
}
