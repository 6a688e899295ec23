using BankRecon.Application.Common;
using BankRecon.Application.Ledger;
using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Csv;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BankRecon.Application.Statements;

/// <summary>
/// Import statement files into payment reconciliation journals, all files in one database transaction: all or nothing.
/// <see cref="CsvProfileJson"/> is the CSV layout the user confirmed in the preview; it is saved on the bank account.
/// <see cref="AcceptRowErrors"/> imports a file although some of its rows could not be read (they are left out).
/// </summary>
public sealed record ImportStatementCommand(
    IReadOnlyList<StatementFileInput> Files,
    string? BankAccountNo,
    string ImportedBy,
    StatementFormat Format = StatementFormat.Auto,
    string? CsvProfileJson = null,
    string? CsvProfileName = null,
    bool AcceptRowErrors = false);

public sealed record ImportStatementResult(IReadOnlyList<ImportedFile> Files)
{
    public IEnumerable<ImportedJournal> Journals => Files.SelectMany(f => f.Journals);

    public IEnumerable<ImportNote> Warnings => Files.SelectMany(f => f.Warnings);
}

public sealed record ImportedFile(
    Guid ImportId,
    string FileName,
    StatementFormat Format,
    int StatementCount,
    int LineCount,
    int NewLineCount,
    int DuplicateCount,
    IReadOnlyList<ImportedJournal> Journals,
    IReadOnlyList<ImportNote> Warnings);

public sealed record ImportedJournal(
    Guid Id,
    string No,
    string BankAccountNo,
    string StatementNo,
    DateOnly StatementDate,
    int LineCount,
    int DuplicatesSkipped,
    decimal BalanceLastStatement,
    decimal StatementEndingBalance);

public sealed class ImportStatementValidator : AbstractValidator<ImportStatementCommand>
{
    public ImportStatementValidator()
    {
        RuleFor(c => c.Files).NotEmpty().WithErrorCode("import.no-file").WithMessage("Choose at least one statement file.");
        RuleForEach(c => c.Files).ChildRules(file =>
        {
            file.RuleFor(f => f.Content).NotNull().Must(s => s is null || (s.CanRead && s.CanSeek)).WithMessage("The file content must be readable and seekable.");
            file.RuleFor(f => f.FileName).NotEmpty().MaximumLength(1000);
        });
        RuleFor(c => c.ImportedBy).NotEmpty().MaximumLength(64);
        RuleFor(c => c.Format).IsInEnum();
    }
}

public sealed class ImportStatementHandler(
    BankReconDbContext db,
    TimeProvider clock,
    IOptions<StatementImportOptions> options,
    IValidator<ImportStatementCommand> validator,
    ILogger<ImportStatementHandler> logger)
{
    public const string NumberSeriesCode = "PMT-REC";

    public async Task<Result<ImportStatementResult>> HandleAsync(ImportStatementCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Refused(command, Result<ImportStatementResult>.Invalid(validation.ToErrors()));

        var confirmed = PreviewStatementImportHandler.ParseProfile(command.CsvProfileJson, out var profileError);
        if (profileError is not null) return Refused(command, Result<ImportStatementResult>.Invalid("import.csv-profile", profileError, nameof(command.CsvProfileJson)).WithArgs(profileError));
        CsvProfile? named = null;
        if (!string.IsNullOrWhiteSpace(command.CsvProfileName) && !string.Equals(command.CsvProfileName, "auto", StringComparison.OrdinalIgnoreCase))
        {
            named = CsvProfiles.Find(command.CsvProfileName);
            if (named is null) return Refused(command, Result<ImportStatementResult>.Invalid("import.csv-profile", $"There is no built-in CSV profile '{command.CsvProfileName}'.", nameof(command.CsvProfileName))
                .WithArgs(command.CsvProfileName));
        }

        // Checks that need no database: size and emptiness (the web layer checks the size too, before storing).
        var max = options.Value.MaxStatementFileBytes;
        var hashes = new List<string>();
        foreach (var file in command.Files)
        {
            if (file.Content.Length > max) return Refused(command, Fail(ImportNotes.TooLarge(file.FileName, file.Content.Length, max)));
            if (file.Content.Length == 0) return Refused(command, Fail(ImportNotes.Empty(file.FileName)));
            var sha = ImportFiles.Sha256(file.Content);
            if (hashes.Contains(sha, StringComparer.Ordinal)) return Refused(command, Fail(ImportNotes.ChosenTwice(file.FileName)));
            hashes.Add(sha);
        }

        var result = await RunAsync(ct => ImportAsync(command, hashes, confirmed, named, ct), cancellationToken);
        if (!result.Succeeded) return Refused(command, result);

        foreach (var file in result.Value.Files)
        {
            logger.LogInformation(
                "Imported statement file {ImportId} ({Format}, {Bytes} bytes) by {User}: {Statements} statements, {Lines} lines, {NewLines} new, {Duplicates} duplicates, journals {Journals}, {Warnings} warnings",
                file.ImportId, file.Format, command.Files.First(f => f.FileName == file.FileName).Content.Length, command.ImportedBy, file.StatementCount,
                file.LineCount, file.NewLineCount, file.DuplicateCount, string.Join(", ", file.Journals.Select(j => j.No)), file.Warnings.Count);
        }

        return result;
    }

    /// <summary>One transaction, retried on fresh data when a concurrent import or posting took the same numbers or keys.</summary>
    private async Task<Result<ImportStatementResult>> RunAsync(Func<CancellationToken, Task<Result<ImportStatementResult>>> work, CancellationToken cancellationToken)
    {
        var autoDetect = db.ChangeTracker.AutoDetectChangesEnabled;
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // Lines are only ever added; the few entities that change are flushed by an explicit DetectChanges.
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            long? pageCache = null;
            try
            {
                pageCache = await ImportPageCache.EnlargeAsync(db, cancellationToken);
                var result = await work(cancellationToken);
                if (!result.Succeeded)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                    return result;
                }

                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return result;
            }
            catch (Exception ex) when (PostingRetry.IsTransient(ex) && attempt < PostingRetry.Attempts)
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt), cancellationToken);
            }
            catch (Exception ex) when (PostingRetry.IsTransient(ex))
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                return Result<ImportStatementResult>.Conflict("import.concurrent",
                    "Someone else imported or posted to the same bank account at the same moment. Nothing was imported; please try again.");
            }
            catch
            {
                await transaction.RollbackAsync(CancellationToken.None);
                db.ChangeTracker.Clear();
                throw;
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = autoDetect;
                await ImportPageCache.RestoreAsync(db, pageCache);
            }
        }
    }

    private async Task<Result<ImportStatementResult>> ImportAsync(ImportStatementCommand command, List<string> hashes, CsvProfile? confirmed,
        CsvProfile? named, CancellationToken cancellationToken)
    {
        var loaded = await ImportAccounts.LoadAsync(db, command.BankAccountNo, tracking: true, cancellationToken);
        if (!loaded.Succeeded) return Result<ImportStatementResult>.Failure(loaded);
        var company = await db.CompanySettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var context = new ImportRunContext(loaded.Value, new DuplicateFinder(db), company?.Today(clock) ?? DateOnly.FromDateTime(now), now, command.ImportedBy,
            await NumberSeriesAsync(cancellationToken), new BulkInserter(db, typeof(Domain.Reconciliation.StatementLine)), options.Value.BatchSize);

        var files = new List<ImportedFile>();
        for (var i = 0; i < command.Files.Count; i++)
        {
            var file = command.Files[i];
            var sha = hashes[i];
            var previous = await db.StatementImports.AsNoTracking().Where(x => x.Sha256 == sha)
                .Select(x => new PreviousImport(x.ImportedAtUtc, x.ImportedBy, x.FileName)).FirstOrDefaultAsync(cancellationToken);
            if (previous is not null)
            {
                var note = ImportNotes.AlreadyImported(file.FileName, previous);
                return Result<ImportStatementResult>.Conflict(note.Code, note.Message).WithArgs([.. note.Args]);
            }

            var imported = await ImportFileAsync(file, sha, command, confirmed, named, context, cancellationToken);
            if (!imported.Succeeded) return Result<ImportStatementResult>.Failure(imported);
            files.Add(imported.Value);
        }

        return Result.Success(new ImportStatementResult(files));
    }

    private async Task<NumberSeries> NumberSeriesAsync(CancellationToken cancellationToken)
    {
        var series = await db.NumberSeries.SingleOrDefaultAsync(s => s.Code == NumberSeriesCode, cancellationToken);
        if (series is not null) return series;
        // A company set up without the demo has no series yet: create the Business Central default on first use.
        series = new NumberSeries(NumberSeriesCode, "Payment reconciliation journals", "PR", 1, 5);
        db.NumberSeries.Add(series);
        return series;
    }

    private async Task<Result<ImportedFile>> ImportFileAsync(StatementFileInput file, string sha, ImportStatementCommand command, CsvProfile? confirmed,
        CsvProfile? named, ImportRunContext context, CancellationToken cancellationToken)
    {
        var content = file.Content;
        var detected = ImportFiles.Detect(content, command.Format);
        var csv = detected == StatementFormat.Csv ? ImportFiles.ChooseCsvProfile(content, confirmed, named, context.Accounts.Chosen) : null;
        var parseOptions = ImportFiles.Options(command.Format, csv?.Profile, context.Accounts.Chosen);
        var run = new ImportFileRun(db, file, sha, detected, context);
        var format = StatementFormat.Auto;
        var rowErrors = new List<ParseDiagnostic>();
        content.Position = 0;
        await foreach (var item in StreamedStatementReader.ReadAsync(content, parseOptions, cancellationToken))
        {
            Result step = Result.Success();
            switch (item.Kind)
            {
                case ParseEvent.EventKind.StatementStarted:
                    step = await run.StartAsync(item.Header!, cancellationToken);
                    break;
                case ParseEvent.EventKind.Lines:
                    step = await run.LinesAsync(item.Lines, cancellationToken);
                    break;
                case ParseEvent.EventKind.StatementEnded:
                    step = await run.EndAsync(item.Header!, cancellationToken);
                    break;
                case ParseEvent.EventKind.Diagnostic:
                    var diagnostic = item.Diagnostic!;
                    if (diagnostic.Severity == DiagnosticSeverity.Fatal) step = Fail(ImportNotes.Unreadable(file.FileName, diagnostic));
                    else if (diagnostic.Severity == DiagnosticSeverity.Error) rowErrors.Add(diagnostic);
                    else if (diagnostic.Severity == DiagnosticSeverity.Warning) run.Warnings.Add(ImportNotes.FileWarning(diagnostic));
                    break;
                case ParseEvent.EventKind.Completed:
                    format = item.Format;
                    break;
            }

            // Stopping here ends the parse (the reader cancels its worker) and the caller rolls everything back.
            if (!step.Succeeded) return Result<ImportedFile>.Failure(step);
        }

        if (format == StatementFormat.Auto || run.StatementCount == 0)
            return Result<ImportedFile>.Failure(Fail(ImportNotes.NoStatements(file.FileName)));
        if (rowErrors.Count > 0 && !command.AcceptRowErrors)
        {
            var first = rowErrors[0];
            return Result<ImportedFile>.Failure(Fail(ImportNote.Of("import.row-errors",
                $"{rowErrors.Count} rows of {file.FileName} could not be read (first at {first.Location}: {first.Message}). Nothing was imported; correct the file, or import it without those rows.",
                rowErrors.Count, file.FileName, new FileLocation(first.Location), first)));
        }

        foreach (var error in rowErrors)
            run.Warnings.Add(ImportNotes.RowSkipped(error));
        if (run.Import is null) return Result<ImportedFile>.Failure(Fail(ImportNotes.NoStatements(file.FileName)));

        run.Import.RecordOutcome(run.StatementCount, run.LineCount, run.NewLineCount, run.DuplicateCount);
        run.Import.RecordWarnings(StoredImportNotes.Write(run.Warnings, Domain.Reconciliation.StatementImport.WarningsMaxLength));
        if (confirmed is not null && csv is not null)
        {
            // The user confirmed this layout in the preview: next time it is used without asking.
            foreach (var account in run.Accounts) account.SaveCsvProfile(CsvProfileSerializer.Serialize(confirmed));
        }

        return Result.Success(new ImportedFile(run.Import.Id, file.FileName, format, run.StatementCount, run.LineCount, run.NewLineCount, run.DuplicateCount,
            run.Journals, run.Warnings));
    }

    private static Result<ImportStatementResult> Fail(ImportNote note) => Result<ImportStatementResult>.Invalid([note.ToError()]);

    private Result<ImportStatementResult> Refused(ImportStatementCommand command, Result<ImportStatementResult> result)
    {
        // The only trace a refused file leaves: no account numbers, names or file names, just what happened.
        logger.LogWarning("Statement import refused for {User}: {Codes} ({FileCount} files, {Bytes} bytes)",
            command.ImportedBy, string.Join(", ", result.Errors.Select(e => e.Code)), command.Files?.Count ?? 0,
            command.Files?.Sum(f => f.Content?.CanSeek == true ? f.Content.Length : 0) ?? 0);
        return result;
    }
}
