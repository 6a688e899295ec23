using BankRecon.Application.Entries;
using BankRecon.Domain.Common;
using BankRecon.Domain.Matching;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Application.Matching;

/// <summary>Maps parsed statement lines and entries-CSV rows into the matching engine's input records.</summary>
public static class MatchInputs
{
    /// <summary>
    /// A parsed line as the engine sees it. A line without a booking date takes its value date, then
    /// <paramref name="fallbackDate"/> (the statement's end date), because the engine compares dates.
    /// </summary>
    public static MatchLine ToMatchLine(ParsedLine line, string? statementCurrency, DateOnly fallbackDate) =>
        new(
            line.StatementIndex,
            line.LineIndex,
            line.BookingDate ?? line.ValueDate ?? fallbackDate,
            line.Amount,
            line.Currency ?? statementCurrency ?? "",
            line.Description,
            line.CounterpartyName,
            line.CounterpartyAccount,
            line.Reference,
            line.EndToEndId,
            ChargesAmount: line.ChargesAmount);

    /// <summary>Every line of every statement, in file order.</summary>
    public static List<MatchLine> ToMatchLines(IEnumerable<ParsedStatement> statements)
    {
        var lines = new List<MatchLine>();
        foreach (var statement in statements)
        {
            var fallback = statement.Header.To ?? statement.Header.From ?? DateOnly.MinValue;
            lines.AddRange(statement.Lines.Select(l => ToMatchLine(l, statement.Header.Currency, fallback)));
        }

        return lines;
    }

    public static OpenEntry ToOpenEntry(OpenEntryRow row) =>
        new(
            row.EntryId,
            row.PartyType == EntryPartyType.Customer ? PartyType.Customer : PartyType.Vendor,
            row.PartyNo,
            row.PartyName,
            row.PartyIban.Length == 0 ? [] : [BankAccountNumber.Normalize(row.PartyIban)],
            NullIfEmpty(row.PartyAddress),
            NullIfEmpty(row.PartyCity),
            row.DocumentType switch
            {
                EntryDocumentType.Invoice => DocumentType.Invoice,
                EntryDocumentType.CreditMemo => DocumentType.CreditMemo,
                EntryDocumentType.FinanceCharge => DocumentType.FinanceCharge,
                EntryDocumentType.Reminder => DocumentType.Reminder,
                _ => throw new ArgumentOutOfRangeException(nameof(row), row.DocumentType, null),
            },
            row.DocumentNo,
            NullIfEmpty(row.ExternalDocumentNo),
            NullIfEmpty(row.PaymentReference),
            row.PostingDate,
            row.DueDate,
            row.Currency,
            row.RemainingAmount,
            row.PaymentDiscountDate,
            row.PaymentDiscountAmount);

    public static List<OpenEntry> ToOpenEntries(IEnumerable<OpenEntryRow> rows) => [.. rows.Select(ToOpenEntry)];

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
