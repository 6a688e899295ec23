namespace BankRecon.Importers.Csv;

/// <summary>
/// Follows one statement's rows in file order and works out the row order (oldest or newest first) and, when there is a
/// running balance column, the opening and closing balances. Constant memory: it keeps the first and last rows that
/// carry a balance, the previous row, and counters.
/// </summary>
internal sealed class CsvBalanceTracker
{
    private decimal _total;
    private int _rows;
    private (decimal Balance, decimal Amount, decimal SumBefore)? _firstBalanced;
    private (decimal Balance, decimal Amount, decimal SumBefore)? _lastBalanced;
    private (decimal? Balance, decimal Amount, DateOnly? Date)? _previous;
    private int _oldestFirstLinks;
    private int _newestFirstLinks;
    private int _balancePairs;
    private int _ascendingDates;
    private int _descendingDates;

    public DateOnly? MinDate { get; private set; }

    public DateOnly? MaxDate { get; private set; }

    public int Rows => _rows;

    public decimal Total => _total;

    public void Add(decimal amount, decimal? balance, DateOnly? date)
    {
        if (date is { } d)
        {
            if (MinDate is null || d < MinDate) MinDate = d;
            if (MaxDate is null || d > MaxDate) MaxDate = d;
        }

        if (_previous is { } previous)
        {
            if (previous.Date is { } p && date is { } c)
            {
                if (c > p) _ascendingDates++;
                else if (c < p) _descendingDates++;
            }

            if (previous.Balance is { } pb && balance is { } cb)
            {
                _balancePairs++;
                if (cb == pb + amount) _oldestFirstLinks++;
                if (pb == cb + previous.Amount) _newestFirstLinks++;
            }
        }

        if (balance is { } b)
        {
            _firstBalanced ??= (b, amount, _total);
            _lastBalanced = (b, amount, _total);
        }

        _previous = (balance, amount, date);
        _total += amount;
        _rows++;
    }

    /// <summary>The row order and how it was found: forced by the profile, from the running balance, or from the dates.</summary>
    public (bool NewestFirst, string How) Order(bool? forced)
    {
        if (forced is { } f) return (f, "as the profile says");
        if (_oldestFirstLinks != _newestFirstLinks) return (_newestFirstLinks > _oldestFirstLinks, "from the running balance");
        if (_ascendingDates != _descendingDates) return (_descendingDates > _ascendingDates, "from the dates");
        return (false, "by default");
    }

    /// <summary>Places where the running balance does not follow the amounts, in the given order.</summary>
    public int BalanceBreaks(bool newestFirst) => _balancePairs - (newestFirst ? _newestFirstLinks : _oldestFirstLinks);

    /// <summary>Opening and closing balance from the balance column, or null without balances.</summary>
    public (decimal Opening, decimal Closing)? Balances(bool newestFirst)
    {
        if (_firstBalanced is not { } first || _lastBalanced is not { } last) return null;
        if (!newestFirst)
        {
            // Balance after row k = opening + Σ amounts up to and including k.
            var opening = first.Balance - (first.SumBefore + first.Amount);
            var closing = last.Balance + (_total - last.SumBefore - last.Amount);
            return (opening, closing);
        }

        // Newest first: rows before k in the file are later; rows after k are earlier.
        var newestClosing = first.Balance + first.SumBefore;
        var oldestOpening = last.Balance - (_total - last.SumBefore);
        return (oldestOpening, newestClosing);
    }
}
