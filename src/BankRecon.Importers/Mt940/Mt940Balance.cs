namespace BankRecon.Importers.Mt940;

/// <summary>A balance field (:60F: :60M: :62F: :62M: :64: :65:): <c>[C|D]YYMMDD CCY amount</c>, signed (D = negative).</summary>
internal sealed record Mt940Balance(DateOnly Date, string Currency, decimal Amount, bool DateAdjusted)
{
    public static bool TryParse(string? text, out Mt940Balance? balance)
    {
        balance = null;
        if (text is null) return false;
        var value = text.AsSpan().Trim();
        if (value.Length < 11) return false;
        var mark = value[0];
        if (mark is not ('C' or 'D')) return false;
        if (!Mt940Syntax.TryParseDate(value.Slice(1, 6), out var date, out var adjusted)) return false;
        var currency = value.Slice(7, 3);
        if (!Mt940Syntax.IsCurrencyCode(currency)) return false;
        if (!Mt940Syntax.TryParseAmount(value[10..].Trim(), out var amount)) return false;
        balance = new Mt940Balance(date, currency.ToString(), mark == 'D' ? -amount : amount, adjusted);
        return true;
    }
}
