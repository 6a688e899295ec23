using System.Globalization;
using BankRecon.Domain.Common;
using CsvHelper;

namespace BankRecon.Application.Entries;

/// <summary>
/// Reads the entries CSV contract (<see cref="EntriesCsv"/>). Every problem names the file line and the column, and
/// reading goes on to report up to <see cref="MaxErrors"/> problems at once, so a user fixes a file in one pass.
/// </summary>
public static class EntriesCsvReader
{
    public const int MaxErrors = 20;

    public static Result<IReadOnlyList<OpenEntryRow>> Read(string path)
    {
        using var reader = new StreamReader(path, EntriesCsvWriter.Encoding, detectEncodingFromByteOrderMarks: true);
        return Read(reader);
    }

    public static Result<IReadOnlyList<OpenEntryRow>> Read(TextReader reader)
    {
        // The header is read as an ordinary record so that a header-only file still gets its columns checked.
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Throw,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
        };
        using var csv = CsvReader.Create(reader, options, leaveOpen: true);
        var errors = new List<Error>();
        var entries = new List<OpenEntryRow>();
        var seenIds = new Dictionary<string, long>(StringComparer.Ordinal);

        try
        {
            if (!csv.Read())
            {
                return Result<IReadOnlyList<OpenEntryRow>>.Invalid("entries.empty", "The entries file is empty: line 1 must be the header row.", "line 1");
            }

            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < csv.FieldCount; i++)
            {
                index.TryAdd(csv.GetString(i).Trim().TrimStart('\uFEFF').ToLowerInvariant(), i);
            }

            var missing = EntriesCsv.RequiredColumns.Where(c => !index.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                return Result<IReadOnlyList<OpenEntryRow>>.Invalid(
                    "entries.missing-columns",
                    $"Line {csv.LineNumber} (header) lacks the column(s) {string.Join(", ", missing)}. Expected: {string.Join(",", EntriesCsv.Columns)}.",
                    $"line {csv.LineNumber}");
            }

            while (errors.Count < MaxErrors && csv.Read())
            {
                var row = new RowReader(csv, index, errors);
                var entry = row.ToEntry();
                if (entry is null) continue;
                if (seenIds.TryGetValue(entry.EntryId, out var firstLine))
                {
                    errors.Add(row.Error(EntriesCsv.EntryId, $"entry_id '{entry.EntryId}' was already used on line {firstLine}."));
                    continue;
                }

                seenIds.Add(entry.EntryId, row.Line);
                entries.Add(entry);
            }
        }
        catch (CsvFormatException ex)
        {
            errors.Add(new Error("entries.unreadable", $"Line {ex.LineNumber}: the CSV structure cannot be read ({ex.Message}).", $"line {ex.LineNumber}"));
        }

        return errors.Count > 0
            ? Result<IReadOnlyList<OpenEntryRow>>.Invalid(errors)
            : Result<IReadOnlyList<OpenEntryRow>>.Success(entries);
    }

    /// <summary>Reads and checks one row; each bad field adds one error and the row is skipped.</summary>
    private sealed class RowReader(CsvReader csv, Dictionary<string, int> index, List<Error> errors)
    {
        private bool _failed;

        public long Line { get; } = csv.LineNumber;

        public OpenEntryRow? ToEntry()
        {
            var entryId = Required(EntriesCsv.EntryId);
            var partyTypeText = Required(EntriesCsv.PartyType);
            var partyType = EntryPartyType.Customer;
            if (partyTypeText.Length > 0 && !EntriesCsv.TryParsePartyType(partyTypeText, out partyType))
            {
                Fail(EntriesCsv.PartyType, $"'{partyTypeText}' is not a party type (customer or vendor).");
            }

            var documentTypeText = Required(EntriesCsv.DocumentType);
            var documentType = EntryDocumentType.Invoice;
            if (documentTypeText.Length > 0 && !EntriesCsv.TryParseDocumentType(documentTypeText, out documentType))
            {
                Fail(EntriesCsv.DocumentType, $"'{documentTypeText}' is not a document type (invoice, credit_memo, finance_charge or reminder).");
            }

            var currency = Required(EntriesCsv.Currency);
            if (currency.Length > 0 && !CurrencyCode.TryParse(currency, out _))
            {
                Fail(EntriesCsv.Currency, $"'{currency}' is not a three-letter ISO 4217 currency code.");
            }

            var entry = new OpenEntryRow
            {
                EntryId = entryId,
                PartyType = partyType,
                PartyNo = Required(EntriesCsv.PartyNo),
                PartyName = Optional(EntriesCsv.PartyName),
                PartyIban = Optional(EntriesCsv.PartyIban),
                PartyAddress = Optional(EntriesCsv.PartyAddress),
                PartyCity = Optional(EntriesCsv.PartyCity),
                DocumentType = documentType,
                DocumentNo = Required(EntriesCsv.DocumentNo),
                ExternalDocumentNo = Optional(EntriesCsv.ExternalDocumentNo),
                PaymentReference = Optional(EntriesCsv.PaymentReference),
                PostingDate = Date(EntriesCsv.PostingDate, required: true) ?? default,
                DueDate = Date(EntriesCsv.DueDate, required: true) ?? default,
                Currency = currency.ToUpperInvariant(),
                RemainingAmount = Amount(EntriesCsv.RemainingAmount, required: true),
                PaymentDiscountDate = Date(EntriesCsv.PaymentDiscountDate, required: false),
                PaymentDiscountAmount = Amount(EntriesCsv.PaymentDiscountAmount, required: false),
            };

            return _failed ? null : entry;
        }

        public Error Error(string column, string message) =>
            new("entries.invalid-value", $"Line {Line}, column {column}: {message}", $"line {Line}, column {column}");

        private void Fail(string column, string message)
        {
            _failed = true;
            errors.Add(Error(column, message));
        }

        private string Optional(string column) =>
            index.TryGetValue(column, out var i) && i < csv.FieldCount ? csv.GetString(i).Trim() : "";

        private string Required(string column)
        {
            var value = Optional(column);
            if (value.Length == 0) Fail(column, "a value is required.");
            return value;
        }

        private DateOnly? Date(string column, bool required)
        {
            var raw = required ? Required(column) : Optional(column);
            if (raw.Length == 0) return null;
            if (DateOnly.TryParseExact(raw, EntriesCsv.DatePattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            Fail(column, $"'{raw}' is not an ISO date (yyyy-MM-dd).");
            return null;
        }

        private decimal Amount(string column, bool required)
        {
            var raw = required ? Required(column) : Optional(column);
            if (raw.Length == 0) return 0m;
            if (decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)) return amount;
            Fail(column, $"'{raw}' is not an amount (digits with an optional '-' and a '.' decimal point, e.g. -1234.50).");
            return 0m;
        }
    }
}
