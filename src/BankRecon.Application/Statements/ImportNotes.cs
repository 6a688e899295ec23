using System.Globalization;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Application.Statements;

/// <summary>The refusals the preview and the import share, worded once.</summary>
internal static class ImportNotes
{
    public static ImportNote TooLarge(string fileName, long size, long max) => ImportNote.Of("import.too-large",
        $"The file {fileName} is {Megabytes(size)} MB; a statement file may be at most {Megabytes(max)} MB.", fileName, Megabytes(size), Megabytes(max));

    public static ImportNote AlreadyImported(string fileName, PreviousImport previous)
    {
        var at = previous.ImportedAtUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return ImportNote.Of("import.already-imported",
            $"The file {fileName} was already imported on {at} UTC by {previous.ImportedBy} (as {previous.FileName}).", fileName, at, previous.ImportedBy, previous.FileName);
    }

    public static ImportNote Unreadable(string fileName, ParseDiagnostic fatal) => ImportNote.Of("import.unreadable",
        $"The file {fileName} cannot be imported: {fatal.Message} (at {fatal.Location})", fileName, fatal.Message, fatal.Location);

    public static string Megabytes(long bytes) => (bytes / (1024m * 1024m)).ToString("0.#", CultureInfo.InvariantCulture);
}
