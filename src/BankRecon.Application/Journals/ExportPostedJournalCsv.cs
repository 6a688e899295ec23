using System.Globalization;
using System.Text;
using BankRecon.Domain.Common;
using BankRecon.Persistence;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Journals;

public sealed record ExportPostedJournalCsvQuery(Guid JournalId);

/// <summary>
/// A posted statement as CSV for auditors: one row per application (a line without applications gets one row),
/// with the header's audit trail repeated on every row so each row stands alone in a spreadsheet. RFC 4180 with a
/// comma separator, UTF-8 with a byte-order mark (so spreadsheets read æ, ø, å), invariant decimals ("1234.50") and
/// ISO dates ("2026-03-31", instants "2026-03-31T10:00:00Z").
/// </summary>
public sealed class ExportPostedJournalCsvHandler(BankReconDbContext db, GetPostedJournalHandler details)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "JournalNo", "Status", "BankAccountNo", "StatementNo", "StatementDate", "LineNo", "BookingDate", "ValueDate", "Amount", "Currency",
        "Description", "Counterparty", "Reference", "BankReference", "AccountType", "AccountNo", "DocumentNo", "LedgerEntryNo", "AppliedAmount",
        "AppliedPmtDiscount", "Confidence", "AppliedBy", "AppliedAtUtc", "ImportedFile", "ImportedBy", "ImportedAtUtc", "PostedBy", "PostedAtUtc",
        "TransactionNo", "Reconciled", "ReversedBy", "ReversedAtUtc", "ReversalTransactionNo",
    ];

    private const int BatchSize = 2000;

    /// <summary>Writes the CSV to <paramref name="destination"/> (left open) and returns a file name for it; NotFound for a journal that is not posted.</summary>
    public async Task<Result<string>> HandleAsync(ExportPostedJournalCsvQuery query, Stream destination, CancellationToken cancellationToken)
    {
        var header = await details.HandleAsync(new GetPostedJournalQuery(query.JournalId, new Common.PageRequest(1, 1)), cancellationToken);
        if (header is null) return Result<string>.NotFound("journal.not-found", "There is no posted statement with that id.");

        await using var text = new StreamWriter(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true);
        using (var csv = CsvWriter.Create(text, CsvWriterOptions.Default with { NewLine = "\r\n" }, leaveOpen: true))
        {
            csv.WriteRecord([.. Columns]);
            var journalPart = new[] { header.No, header.Status.ToString(), header.BankAccountNo, header.StatementNo, Date(header.StatementDate) };
            var auditPart = new[]
            {
                header.Import?.FileName ?? "", header.Import?.ImportedBy ?? "", Instant(header.Import?.ImportedAtUtc), header.PostedBy ?? "", Instant(header.PostedAtUtc),
                Number(header.PostedTransactionNo), header.Reconciled ? "true" : "false", header.ReversedBy ?? "", Instant(header.ReversedAtUtc),
                Number(header.ReversalTransactionNo),
            };

            // Batches by line no.: a 10k-line statement never sits in memory at once.
            var lastLineNo = 0;
            while (true)
            {
                var from = lastLineNo;
                var batch = await db.StatementLines.AsNoTracking().Where(l => l.JournalId == header.Id && l.LineNo > from)
                    .OrderBy(l => l.LineNo).Take(BatchSize).ToListAsync(cancellationToken);
                if (batch.Count == 0) break;
                var entryNos = await details.EntryNumbersAsync(batch, cancellationToken);
                foreach (var line in batch)
                {
                    var linePart = new[]
                    {
                        Number(line.LineNo), Date(line.BookingDate), line.ValueDate is { } v ? Date(v) : "", Amount(line.Amount), line.Currency, line.Description ?? "",
                        line.CounterpartyName ?? "", line.Reference ?? "", line.BankReference ?? "", line.AccountType.ToString(), line.AccountNo ?? "",
                    };
                    var decision = new[] { line.Confidence.ToString(), line.AppliedBy ?? "", Instant(line.AppliedAtUtc) };
                    if (line.Applications.Count == 0) csv.WriteRecord([.. journalPart, .. linePart, "", "", "", "", .. decision, .. auditPart]);
                    foreach (var application in line.Applications.OrderBy(a => a.DocumentNo, StringComparer.Ordinal).ThenBy(a => a.Id))
                    {
                        var entryNo = application.LedgerEntryId is { } id && entryNos.TryGetValue(id, out var no) ? Number(no) : "";
                        csv.WriteRecord([.. journalPart, .. linePart, application.DocumentNo ?? "", entryNo, Amount(application.AppliedAmount),
                            Amount(application.AppliedPmtDiscount), .. decision, .. auditPart]);
                    }
                }

                lastLineNo = batch[^1].LineNo;
            }

            csv.Flush();
        }

        await text.FlushAsync(cancellationToken);
        return Result.Success(FileName(header.BankAccountNo, header.StatementNo, header.No));
    }

    public static string FileName(string bankAccountNo, string statementNo, string journalNo)
    {
        var name = $"statement-{bankAccountNo}-{statementNo}-{journalNo}.csv";
        return new string([.. name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' ? c : '_')]);
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Instant(DateTime? utc) => utc is { } value ? value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) : "";

    private static string Amount(decimal amount) => amount.ToString("0.00##", CultureInfo.InvariantCulture);

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "";
}
