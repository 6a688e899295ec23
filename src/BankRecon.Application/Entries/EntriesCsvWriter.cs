using System.Text;
using CsvHelper;

namespace BankRecon.Application.Entries;

/// <summary>Writes open entries in the entries CSV contract (<see cref="EntriesCsv"/>).</summary>
public static class EntriesCsvWriter
{
    /// <summary>UTF-8 without a byte order mark, the encoding the contract names.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static void Write(string path, IEnumerable<OpenEntryRow> entries)
    {
        using var writer = new StreamWriter(path, append: false, Encoding);
        Write(writer, entries);
    }

    public static void Write(TextWriter writer, IEnumerable<OpenEntryRow> entries)
    {
        // Injection escaping stays off: negative amounts start with '-', and this file is data, not a spreadsheet.
        var options = new CsvWriterOptions { Separator = ',', NewLine = "\n", Injection = CsvInjection.None };
        using var csv = CsvWriter.Create(writer, options, leaveOpen: true);
        foreach (var column in EntriesCsv.Columns)
        {
            csv.WriteField(column);
        }

        csv.EndRecord();
        foreach (var entry in entries)
        {
            csv.WriteField(entry.EntryId);
            csv.WriteField(EntriesCsv.Format(entry.PartyType));
            csv.WriteField(entry.PartyNo);
            csv.WriteField(entry.PartyName);
            csv.WriteField(entry.PartyIban);
            csv.WriteField(entry.PartyAddress);
            csv.WriteField(entry.PartyCity);
            csv.WriteField(EntriesCsv.Format(entry.DocumentType));
            csv.WriteField(entry.DocumentNo);
            csv.WriteField(entry.ExternalDocumentNo);
            csv.WriteField(entry.PaymentReference);
            csv.WriteField(EntriesCsv.Format(entry.PostingDate));
            csv.WriteField(EntriesCsv.Format(entry.DueDate));
            csv.WriteField(entry.Currency);
            csv.WriteField(EntriesCsv.Format(entry.RemainingAmount));
            csv.WriteField(entry.PaymentDiscountDate is { } discountDate ? EntriesCsv.Format(discountDate) : "");
            csv.WriteField(entry.PaymentDiscountAmount == 0m ? "" : EntriesCsv.Format(entry.PaymentDiscountAmount));
            csv.EndRecord();
        }

        csv.Flush();
    }
}
