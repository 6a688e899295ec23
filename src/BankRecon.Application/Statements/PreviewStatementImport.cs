using BankRecon.Domain.Reconciliation;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Csv;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using BankRecon.Application.Common;
using BankRecon.Domain.Common;

namespace BankRecon.Application.Statements;

/// <summary>
/// What an import of these files would do, without writing anything: per file its format, statements (account as
/// named and the bank account it goes to, or why none), period, counts and totals, balance check, duplicates (in open
/// journals, already posted, repeated in the upload), whether the same file was imported before, diagnostics, and for
/// CSV the profile it is read with (the confirmed one, the bank account's saved one or the detector's proposal).
/// </summary>
public sealed record PreviewStatementImportQuery(
    IReadOnlyList<StatementFileInput> Files,
    string? BankAccountNo,
    StatementFormat Format = StatementFormat.Auto,
    string? CsvProfileJson = null,
    string? CsvProfileName = null);

public sealed record StatementImportPreview(string? BankAccountNo, IReadOnlyList<StatementFilePreview> Files)
{
    /// <summary>Every file can be imported (row errors must be accepted separately when there are any).</summary>
    public bool CanImport => Files.Count > 0 && Files.All(f => f.CanImport);

    public bool HasRowErrors => Files.Any(f => f.RowErrorCount > 0);
}

public sealed record StatementFilePreview(
    string FileName,
    long SizeBytes,
    string? Sha256,
    StatementFormat Format,
    IReadOnlyList<ImportNote> Problems,
    PreviousImport? AlreadyImported,
    IReadOnlyList<StatementPreview> Statements,
    IReadOnlyList<ParseDiagnostic> Diagnostics,
    int DiagnosticCount,
    int RowErrorCount,
    CsvProfileChoice? Csv)
{
    public bool CanImport => Problems.Count == 0 && Statements.Count > 0;

    public int NewLineCount => Statements.Sum(s => s.NewLines);
}

public sealed record PreviousImport(DateTime ImportedAtUtc, string ImportedBy, string FileName);

public enum BalanceCheck
{
    Balanced = 0,
    Unbalanced = 1,

    /// <summary>The file gives no opening or no closing balance.</summary>
    NotPossible = 2,
}

public sealed record DuplicateJournal(Guid JournalId, string No, JournalStatus Status, int LineCount);

public sealed record PreviewLine(DateOnly? BookingDate, decimal Amount, string? Description, string? CounterpartyName, string? Reference, string? Location, bool Duplicate);

public sealed record StatementPreview(
    int Number,
    string? AccountAsNamed,
    Guid? BankAccountId,
    string? BankAccountNo,
    string? BankAccountName,
    ImportNote? AccountProblem,
    string? Currency,
    string? StatementId,
    string? StatementNo,
    DateOnly? From,
    DateOnly? To,
    int LineCount,
    int CreditCount,
    decimal Credits,
    int DebitCount,
    decimal Debits,
    decimal? OpeningBalance,
    decimal? ClosingBalance,
    BalanceCheck BalanceCheck,
    decimal? BalanceDifference,
    int NewLines,
    int DuplicatesOpen,
    int DuplicatesPosted,
    int DuplicatesInUpload,
    IReadOnlyList<DuplicateJournal> DuplicateJournals,
    bool IsCopy,
    IReadOnlyList<ImportNote> Warnings,
    IReadOnlyList<PreviewLine> FirstLines);

public sealed class PreviewStatementImportValidator : AbstractValidator<PreviewStatementImportQuery>
{
    public PreviewStatementImportValidator()
    {
        RuleFor(q => q.Files).NotEmpty().WithErrorCode("import.no-file").WithMessage("Choose at least one statement file.");
        RuleForEach(q => q.Files).ChildRules(file =>
        {
            file.RuleFor(f => f.Content).NotNull().Must(s => s is null || (s.CanRead && s.CanSeek)).WithMessage("The file content must be readable and seekable.");
            file.RuleFor(f => f.FileName).NotEmpty().MaximumLength(1000);
        });
        RuleFor(q => q.Format).IsInEnum();
    }
}

public sealed class PreviewStatementImportHandler(
    BankReconDbContext db,
    TimeProvider clock,
    IOptions<StatementImportOptions> options,
    IValidator<PreviewStatementImportQuery> validator)
{
    private const int FirstLinesShown = 8;
    private const int DiagnosticsShown = 100;

    public async Task<Result<StatementImportPreview>> HandleAsync(PreviewStatementImportQuery query, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(query, cancellationToken);
        if (!validation.IsValid) return Result<StatementImportPreview>.Invalid(validation.ToErrors());
        var confirmed = ParseProfile(query.CsvProfileJson, out var profileError);
        if (profileError is not null) return Result<StatementImportPreview>.Invalid("import.csv-profile", profileError, nameof(query.CsvProfileJson)).WithArgs(profileError);
        CsvProfile? named = null;
        if (!string.IsNullOrWhiteSpace(query.CsvProfileName) && !string.Equals(query.CsvProfileName, "auto", StringComparison.OrdinalIgnoreCase))
        {
            named = CsvProfiles.Find(query.CsvProfileName);
            if (named is null) return Result<StatementImportPreview>.Invalid("import.csv-profile", $"There is no built-in CSV profile '{query.CsvProfileName}'.", nameof(query.CsvProfileName))
                .WithArgs(query.CsvProfileName);
        }

        var loaded = await ImportAccounts.LoadAsync(db, query.BankAccountNo, tracking: false, cancellationToken);
        if (!loaded.Succeeded) return Result<StatementImportPreview>.Failure(loaded);
        var accounts = loaded.Value;
        var company = await db.CompanySettings.AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var today = company?.Today(clock) ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var finder = new DuplicateFinder(db);
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<StatementFilePreview>();
        foreach (var file in query.Files)
        {
            files.Add(await PreviewFileAsync(file, query.Format, confirmed, named, accounts, finder, hashes, today, cancellationToken));
        }

        return Result.Success(new StatementImportPreview(accounts.Chosen?.No, files));
    }

    internal static CsvProfile? ParseProfile(string? json, out string? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(json)) return null;
        return CsvProfileSerializer.TryDeserialize(json, out var profile, out error) ? profile : null;
    }

    private async Task<StatementFilePreview> PreviewFileAsync(StatementFileInput file, StatementFormat format, CsvProfile? confirmed, CsvProfile? named,
        ImportAccounts accounts, DuplicateFinder finder, HashSet<string> hashes, DateOnly today, CancellationToken cancellationToken)
    {
        var content = file.Content;
        var size = content.Length;
        var problems = new List<ImportNote>();
        var max = options.Value.MaxStatementFileBytes;
        if (size > max)
        {
            problems.Add(ImportNotes.TooLarge(file.FileName, size, max));
            return Empty(file, size, null, problems);
        }

        if (size == 0)
        {
            problems.Add(ImportNotes.Empty(file.FileName));
            return Empty(file, size, null, problems);
        }

        var sha = ImportFiles.Sha256(content);
        if (!hashes.Add(sha)) problems.Add(ImportNotes.ChosenTwice(file.FileName));
        var previous = await db.StatementImports.AsNoTracking().Where(i => i.Sha256 == sha)
            .Select(i => new PreviousImport(i.ImportedAtUtc, i.ImportedBy, i.FileName)).FirstOrDefaultAsync(cancellationToken);
        if (previous is not null) problems.Add(ImportNotes.AlreadyImported(file.FileName, previous));

        var detected = ImportFiles.Detect(content, format);
        var csv = detected == StatementFormat.Csv ? ImportFiles.ChooseCsvProfile(content, confirmed, named, accounts.Chosen) : null;
        var parseOptions = ImportFiles.Options(format, csv?.Profile, accounts.Chosen);

        var statements = new List<Collected>();
        var diagnostics = new List<ParseDiagnostic>();
        var diagnosticCount = 0;
        var rowErrors = 0;
        var found = StatementFormat.Auto;
        Collected? current = null;
        content.Position = 0;
        await foreach (var item in StreamedStatementReader.ReadAsync(content, parseOptions, cancellationToken))
        {
            switch (item.Kind)
            {
                case ParseEvent.EventKind.StatementStarted:
                    current = new Collected(new StatementTally(item.Header!));
                    statements.Add(current);
                    break;
                case ParseEvent.EventKind.Lines:
                    foreach (var line in item.Lines)
                    {
                        current ??= AddImplicit(statements, line);
                        current.Add(line);
                    }

                    break;
                case ParseEvent.EventKind.StatementEnded:
                    if (current is not null) current.Tally.Header = item.Header!;
                    current = null;
                    break;
                case ParseEvent.EventKind.Diagnostic:
                    diagnosticCount++;
                    if (item.Diagnostic!.Severity == DiagnosticSeverity.Error) rowErrors++;
                    if (diagnostics.Count < DiagnosticsShown) diagnostics.Add(item.Diagnostic);
                    if (item.Diagnostic.Severity == DiagnosticSeverity.Fatal) problems.Add(ImportNotes.Unreadable(file.FileName, item.Diagnostic));
                    break;
                case ParseEvent.EventKind.Completed:
                    found = item.Format;
                    break;
            }
        }

        if (statements.Count == 0 && !problems.Any(p => p.Code == "import.unreadable"))
            problems.Add(ImportNotes.NoStatements(file.FileName));

        var previews = new List<StatementPreview>();
        foreach (var statement in statements)
        {
            previews.Add(await PreviewStatementAsync(statement, detected, accounts, finder, problems, today, cancellationToken));
        }

        return new StatementFilePreview(file.FileName, size, sha, found, problems, previous, previews, diagnostics, diagnosticCount, rowErrors, csv);
    }

    private static Collected AddImplicit(List<Collected> statements, ParsedLine line)
    {
        var collected = new Collected(new StatementTally(new StatementHeader { StatementIndex = line.StatementIndex }));
        statements.Add(collected);
        return collected;
    }

    private static async Task<StatementPreview> PreviewStatementAsync(Collected statement, StatementFormat format, ImportAccounts accounts, DuplicateFinder finder,
        List<ImportNote> problems, DateOnly today, CancellationToken cancellationToken)
    {
        var tally = statement.Tally;
        var header = tally.Header;
        var (account, accountProblem) = accounts.Resolve(header);
        if (accountProblem is not null) problems.Add(accountProblem);
        var duplicates = new Dictionary<Guid, (DuplicateJournal Journal, int Count)>();
        var duplicateKeys = new HashSet<string>(StringComparer.Ordinal);
        IReadOnlyList<ImportNote> warnings = [];
        string? statementNo = null;
        if (account is not null)
        {
            var existing = await finder.FindAsync(account.Id, statement.Keys, cancellationToken);
            for (var i = 0; i < statement.Keys.Count; i++)
            {
                if (!existing.TryGetValue(statement.Keys[i], out var hit))
                {
                    tally.AddNew(statement.Amounts[i]);
                    continue;
                }

                duplicateKeys.Add(statement.Keys[i]);
                if (hit.Journal is null)
                {
                    tally.DuplicatesInUpload++;
                    continue;
                }

                if (hit.Journal.Status == JournalStatus.Open) tally.DuplicatesOpen++;
                else tally.DuplicatesPosted++;
                duplicates[hit.Journal.Id] = duplicates.TryGetValue(hit.Journal.Id, out var seen)
                    ? (seen.Journal, seen.Count + 1)
                    : (new DuplicateJournal(hit.Journal.Id, hit.Journal.No, hit.Journal.Status, 0), 1);
            }

            finder.Remember(account.Id, statement.Keys);
            if (tally.NewCount > 0)
            {
                var outcome = StatementContinuity.Assess(header, format, account, accounts.LastFor(account), tally, today);
                accounts.Advance(account, outcome.StatementNo, outcome.StatementEndingBalance);
                warnings = outcome.Warnings;
                statementNo = outcome.StatementNo;
            }
            else if (tally.LineCount > 0)
            {
                warnings = [ImportNote.Of("import.all-duplicates",
                    $"All {tally.LineCount} lines of statement {header.StatementIndex + 1} were imported before: no journal is created for it.",
                    tally.LineCount, header.StatementIndex + 1)];
            }
        }

        var (check, difference) = header is { OpeningBalance: { } opening, ClosingBalance: { } closing }
            ? (opening + tally.Sum == closing ? BalanceCheck.Balanced : BalanceCheck.Unbalanced, closing - opening - tally.Sum)
            : (BalanceCheck.NotPossible, (decimal?)null);
        var firstLines = statement.FirstLines.Select((l, i) => new PreviewLine(l.BookingDate, l.Amount, l.Description, l.CounterpartyName, l.Reference, l.Location,
            duplicateKeys.Contains(statement.Keys[i]))).ToList();
        return new StatementPreview(header.StatementIndex + 1, header.Account, account?.Id, account?.No, account?.Name, accountProblem, header.Currency,
            header.StatementId, statementNo, header.From ?? tally.FirstBookingDate, header.To ?? tally.LastBookingDate, tally.LineCount, tally.CreditCount,
            tally.Credits, tally.DebitCount, tally.Debits, header.OpeningBalance, header.ClosingBalance, check, difference, tally.NewCount, tally.DuplicatesOpen,
            tally.DuplicatesPosted, tally.DuplicatesInUpload, [.. duplicates.Values.Select(d => d.Journal with { LineCount = d.Count }).OrderBy(d => d.No, StringComparer.Ordinal)],
            header.IsCopy, warnings, firstLines);
    }

    private static StatementFilePreview Empty(StatementFileInput file, long size, string? sha, List<ImportNote> problems) =>
        new(file.FileName, size, sha, StatementFormat.Auto, problems, null, [], [], 0, 0, null);

    /// <summary>One statement as the preview collects it: tally, dedup keys and amounts in line order, the first lines.</summary>
    private sealed class Collected(StatementTally tally)
    {
        private readonly DedupKeys _dedup = new();

        public StatementTally Tally { get; } = tally;

        public List<string> Keys { get; } = [];

        public List<decimal> Amounts { get; } = [];

        public List<ParsedLine> FirstLines { get; } = [];

        public void Add(ParsedLine line)
        {
            Tally.Add(line);
            Keys.Add(_dedup.KeyFor(line));
            Amounts.Add(line.Amount);
            if (FirstLines.Count < FirstLinesShown) FirstLines.Add(line);
        }
    }
}
