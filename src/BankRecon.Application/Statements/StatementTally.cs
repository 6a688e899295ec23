using BankRecon.Importers.Abstractions;

namespace BankRecon.Application.Statements;

/// <summary>Running figures of one statement while it streams by: counts, totals, dates, new lines and duplicates.</summary>
internal sealed class StatementTally(StatementHeader header)
{
    public StatementHeader Header { get; set; } = header;

    public int LineCount { get; private set; }

    public decimal Sum { get; private set; }

    public decimal Credits { get; private set; }

    public decimal Debits { get; private set; }

    public int CreditCount { get; private set; }

    public int DebitCount { get; private set; }

    public DateOnly? FirstBookingDate { get; private set; }

    public DateOnly? LastBookingDate { get; private set; }

    public int NewCount { get; private set; }

    public decimal NewSum { get; private set; }

    public int DuplicateCount => DuplicatesOpen + DuplicatesPosted + DuplicatesInUpload;

    /// <summary>Already in a journal that is still open.</summary>
    public int DuplicatesOpen { get; set; }

    /// <summary>Already in a posted (or reversed) journal.</summary>
    public int DuplicatesPosted { get; set; }

    /// <summary>Repeated by an earlier statement or file of the same upload.</summary>
    public int DuplicatesInUpload { get; set; }

    public void Add(ParsedLine line)
    {
        LineCount++;
        Sum += line.Amount;
        if (line.Amount >= 0)
        {
            Credits += line.Amount;
            CreditCount++;
        }
        else
        {
            Debits += line.Amount;
            DebitCount++;
        }

        if (line.BookingDate is { } date)
        {
            if (FirstBookingDate is null || date < FirstBookingDate) FirstBookingDate = date;
            if (LastBookingDate is null || date > LastBookingDate) LastBookingDate = date;
        }
    }

    public void AddNew(decimal amount)
    {
        NewCount++;
        NewSum += amount;
    }
}
