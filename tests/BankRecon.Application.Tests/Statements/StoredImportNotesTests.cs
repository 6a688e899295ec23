using BankRecon.Application.Statements;
using BankRecon.Domain.Common;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Application.Tests.Statements;

/// <summary>An import's warnings as kept on the import for its result page: read back with their codes and typed values.</summary>
public sealed class StoredImportNotesTests
{
    [Fact]
    public void Notes_come_back_with_their_codes_and_values_of_every_kind()
    {
        var diagnostic = ParseDiagnostic.Warning("line 17", "The balance 1800.00 does not follow on from 1500.00.")
            .Coded("parse.csv-running-balance-break", 1_800.00m, 1_500.00m, new DateOnly(2026, 3, 10), "DNB");
        var notes = new[]
        {
            ImportNote.Of("import.balance-gap", "Statement 43 opens at 1800.00 …", "43", 1_800.00m, "NOK-DNB", 1_500.00m, 300.00m),
            ImportNote.Of("import.duplicates-open", "3 lines … PR00001", 3, "43", "PR00001"),
            ImportNote.Of("import.file-warning", "line 17: The balance …", new FileLocation("line 17"), diagnostic),
            ImportNote.Of("import.already-imported", "… on 2026-03-10 12:30 UTC", new DateTime(2026, 3, 10, 12, 30, 0, DateTimeKind.Utc), 5_000_000_000L,
                new Money(-12.5m, CurrencyCode.Sek)),
        };

        var stored = StoredImportNotes.Write(notes, 8000);
        var (read, more) = StoredImportNotes.Read(stored);

        Assert.Equal(0, more);
        Assert.Equal(notes.Length, read.Count);
        for (var i = 0; i < notes.Length; i++)
        {
            Assert.Equal(notes[i].Code, read[i].Code);
            Assert.Equal(notes[i].Message, read[i].Message);
            Assert.Equal(notes[i].Args.Count, read[i].Args.Count);
        }

        Assert.Equal(["43", 1_800.00m, "NOK-DNB", 1_500.00m, 300.00m], read[0].Args);
        Assert.Equal("1800.00", ((decimal)read[0].Args[1]).ToString(System.Globalization.CultureInfo.InvariantCulture));   // the scale is kept
        Assert.Equal([3, "43", "PR00001"], read[1].Args);
        Assert.Equal(new FileLocation("line 17"), read[2].Args[0]);
        Assert.Equal(diagnostic, Assert.IsType<ParseDiagnostic>(read[2].Args[1]));
        Assert.Equal(new DateTime(2026, 3, 10, 12, 30, 0, DateTimeKind.Utc), read[3].Args[0]);
        Assert.Equal(DateTimeKind.Utc, ((DateTime)read[3].Args[0]).Kind);
        Assert.Equal(5_000_000_000L, read[3].Args[1]);
        Assert.Equal(new Money(-12.5m, CurrencyCode.Sek), read[3].Args[2]);
    }

    [Fact]
    public void What_does_not_fit_is_counted_and_every_kept_note_is_whole()
    {
        var notes = Enumerable.Range(1, 500).Select(i => ImportNote.Of("import.duplicates-upload", $"{i} lines of statement {i} repeat lines of an earlier statement.", i, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

        var stored = StoredImportNotes.Write(notes, 8000)!;
        var (read, more) = StoredImportNotes.Read(stored);

        Assert.True(stored.Length <= 8000, $"{stored.Length} characters");
        Assert.True(read.Count > 10 && more > 0, $"{read.Count} kept, {more} more");
        Assert.Equal(500, read.Count + more);
        Assert.Equal(notes.Take(read.Count).Select(n => n.Message), read.Select(n => n.Message));
    }

    [Fact]
    public void Warnings_kept_before_codes_were_stored_are_shown_as_they_were_written()
    {
        var (read, more) = StoredImportNotes.Read("Statement 43 is marked by the bank as a copy.\n… and 2 more warnings.");

        Assert.Equal(0, more);
        Assert.Equal(["Statement 43 is marked by the bank as a copy.", "… and 2 more warnings."], read.Select(n => n.Message));
        Assert.All(read, n => Assert.Equal("", n.Code));
    }

    [Fact]
    public void Nothing_to_keep_is_kept_as_nothing_and_a_damaged_value_is_shown_as_stored()
    {
        Assert.Null(StoredImportNotes.Write([], 8000));
        Assert.Empty(StoredImportNotes.Read(null).Notes);
        Assert.Empty(StoredImportNotes.Read("  ").Notes);

        var (read, _) = StoredImportNotes.Read("{\"notes\":[{\"code\":\"import.copy\"");

        Assert.Equal("{\"notes\":[{\"code\":\"import.copy\"", Assert.Single(read).Message);
        // well-formed JSON with a value that is not: an unknown severity, an amount that is not a number
        const string badSeverity = "{\"notes\":[{\"code\":\"import.file-warning\",\"text\":\"x\",\"args\":[{\"diag\":{\"sev\":\"Loud\",\"loc\":\"file\",\"text\":\"y\",\"args\":[]}}]}]}";
        Assert.Equal(badSeverity, Assert.Single(StoredImportNotes.Read(badSeverity).Notes).Message);
        const string badAmount = "{\"notes\":[{\"code\":\"import.balance-gap\",\"text\":\"x\",\"args\":[{\"d\":\"lots\"}]}]}";
        Assert.Equal(badAmount, Assert.Single(StoredImportNotes.Read(badAmount).Notes).Message);
    }
}
