using System.Globalization;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Application.Statements;

/// <summary>The refusals the preview and the import share, worded once.</summary>
internal static class ImportNotes
{
    public static ImportNote TooLarge(string fileName, long size, long max) => ImportNote.Of("import.too-large",
        $"The file {fileName} is {Megabytes(size)} MB; a statement file may be at most {Megabytes(max)} MB.", fileName, MegabytesValue(size),
        MegabytesValue(max));

    public static ImportNote AlreadyImported(string fileName, PreviousImport previous)
    {
        var at = previous.ImportedAtUtc.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return ImportNote.Of("import.already-imported",
            $"The file {fileName} was already imported on {at} UTC by {previous.ImportedBy} (as {previous.FileName}).", fileName,
            DateTime.SpecifyKind(previous.ImportedAtUtc, DateTimeKind.Utc), previous.ImportedBy, previous.FileName);
    }

    /// <summary>The file was refused by its parser; "(at line 12)" when the parser names a place, nothing when it names the whole file.</summary>
    public static ImportNote Unreadable(string fileName, ParseDiagnostic fatal)
    {
        var where = new FileLocation(fatal.Location);
        return ImportNote.Of("import.unreadable", where.IsWholeFile
            ? $"The file {fileName} cannot be imported: {fatal.Message}"
            : $"The file {fileName} cannot be imported: {fatal.Message} (at {fatal.Location})", fileName, fatal, where);
    }

    /// <summary>A file's row error: "{0}" where, "{1}" what (the parser's diagnostic, translated by the web when it has a code).</summary>
    public static ImportNote RowSkipped(ParseDiagnostic error) =>
        ImportNote.Of("import.row-skipped", $"Left out: {error.Location}: {error.Message}", new FileLocation(error.Location), error);

    public static ImportNote FileWarning(ParseDiagnostic warning) =>
        ImportNote.Of("import.file-warning", $"{warning.Location}: {warning.Message}", new FileLocation(warning.Location), warning);

    public static ImportNote Empty(string fileName) => ImportNote.Of("import.empty", $"The file {fileName} is empty.", fileName);

    public static ImportNote ChosenTwice(string fileName) => ImportNote.Of("import.same-file-twice", $"The file {fileName} was chosen twice.", fileName);

    public static ImportNote NoStatements(string fileName) => ImportNote.Of("import.no-statements", $"The file {fileName} holds no bank statement.", fileName);

    public static string Megabytes(long bytes) => MegabytesValue(bytes).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Megabytes with one decimal at most, as the value a translation formats.</summary>
    public static decimal MegabytesValue(long bytes) => Math.Round(bytes / (1024m * 1024m), 1, MidpointRounding.AwayFromZero);
}
