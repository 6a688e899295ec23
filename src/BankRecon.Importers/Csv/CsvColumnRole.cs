namespace BankRecon.Importers.Csv;

/// <summary>What a CSV column holds, as far as statement import cares.</summary>
public enum CsvColumnRole
{
    None = 0,
    BookingDate,
    ValueDate,
    Amount,
    Debit,
    Credit,
    Direction,
    Text,
    CounterpartyName,
    CounterpartyAccount,
    Reference,
    BankReference,
    Currency,
    Balance,
    Status,
    Account,
}
