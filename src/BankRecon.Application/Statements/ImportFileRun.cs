using System.Globalization;
using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Importers.Abstractions;
using BankRecon.Persistence;

namespace BankRecon.Application.Statements;

/// <summary>
/// Writes one file's statements as they stream in: each statement's lines are checked against the keys the bank
/// account already has, a batch at a time, and only new lines are added to a journal created on the first new line
/// (a statement of duplicates only creates none). Saved batch by batch inside the caller's transaction; written lines
/// are detached so the change tracker stays small however long the file is.
/// </summary>
internal sealed class ImportFileRun(BankReconDbContext db, StatementFileInput file, string sha256, StatementFormat format, ImportRunContext context)
{
    private readonly List<(ParsedLine Line, string Key)> _pending = [];
    private readonly List<ImportedJournal> _journals = [];
    private readonly HashSet<BankAccount> _accounts = [];
    private Statement? _current;

    public StatementImport? Import { get; private set; }

    public List<ImportNote> Warnings { get; } = [];

    public IReadOnlyList<ImportedJournal> Journals => _journals;

    public IReadOnlyCollection<BankAccount> Accounts => _accounts;

    public int StatementCount { get; private set; }

    public int LineCount { get; private set; }

    public int NewLineCount { get; private set; }

    public int DuplicateCount { get; private set; }

    public Task<Result> StartAsync(StatementHeader header, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        var (account, problem) = context.Accounts.Resolve(header);
        if (problem is not null) return Task.FromResult(Result.Invalid(problem.Code, problem.Message));
        if (Import is null)
        {
            Import = new StatementImport(account!.Id, file.FileName, sha256, FormatName(format), file.Content.Length, context.User, context.Now);
            db.StatementImports.Add(Import);
        }

        _accounts.Add(account!);
        _current = new Statement(new StatementTally(header), account!);
        return Task.FromResult(Result.Success());
    }

    public async Task<Result> LinesAsync(IReadOnlyList<ParsedLine> lines, CancellationToken cancellationToken)
    {
        if (_current is null)
        {
            // A parser that reports lines outside a statement (should not happen): refuse rather than guess.
            return Result.Invalid("import.no-statements", $"The file {file.FileName} has lines outside a statement.").WithArgs(file.FileName);
        }

        foreach (var line in lines)
        {
            _current.Tally.Add(line);
            _pending.Add((line, _current.Keys.KeyFor(line)));
            if (_pending.Count >= context.BatchSize) await FlushAsync(cancellationToken);
        }

        return Result.Success();
    }

    public async Task<Result> EndAsync(StatementHeader header, CancellationToken cancellationToken)
    {
        var statement = _current;
        if (statement is null) return Result.Success();
        // Some formats name the account only in the statement's trailer: it must still be the same account.
        var (account, problem) = context.Accounts.Resolve(header);
        if (problem is not null) return Result.Invalid(problem.Code, problem.Message);
        if (account!.Id != statement.Account.Id)
            return Result.Invalid("import.account-switch", $"Statement {header.StatementIndex + 1} names bank account {account.No} at its end but {statement.Account.No} at its start.")
                .WithArgs(header.StatementIndex + 1, account.No, statement.Account.No);

        statement.Tally.Header = header;
        await FlushAsync(cancellationToken);
        Finish(statement);
        _current = null;
        return Result.Success();
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var statement = _current!;
        if (_pending.Count == 0) return;
        var keys = _pending.Select(p => p.Key).ToList();
        var existing = await context.Finder.FindAsync(statement.Account.Id, keys, cancellationToken);
        var added = new List<StatementLine>(_pending.Count);
        foreach (var (line, key) in _pending)
        {
            if (existing.TryGetValue(key, out var hit))
            {
                statement.Duplicate(hit.Journal);
                continue;
            }

            var journal = statement.Journal ??= NewJournal(statement);
            added.Add(new StatementLine(journal.Id, statement.Account.Id, ++statement.LineNo, Data(line, statement), key));
            statement.Tally.AddNew(line.Amount);
        }

        context.Finder.Remember(statement.Account.Id, keys);
        _pending.Clear();
        // The import row, a new journal and the number series go through EF first: the lines refer to them.
        db.ChangeTracker.DetectChanges();
        if (db.ChangeTracker.HasChanges()) await db.SaveChangesAsync(cancellationToken);

        await context.Inserter.InsertAsync(added, cancellationToken);
    }

    private PaymentReconciliationJournal NewJournal(Statement statement)
    {
        // Provisional header; Finish sets the statement number and balances once the whole statement is known.
        var header = statement.Tally.Header;
        var journal = new PaymentReconciliationJournal(context.Series.Next(), statement.Account.Id, statement.Account.Currency,
            StatementNumbering.Next(context.Accounts.LastFor(statement.Account).No), header.To ?? header.From ?? context.Today, 0m, 0m,
            Import!.Id, context.User, context.Now);
        db.PaymentReconciliationJournals.Add(journal);
        return journal;
    }

    private void Finish(Statement statement)
    {
        StatementCount++;
        var tally = statement.Tally;
        var header = tally.Header;
        var n = (header.StatementIndex + 1).ToString(CultureInfo.InvariantCulture);
        LineCount += tally.LineCount;
        NewLineCount += tally.NewCount;
        DuplicateCount += tally.DuplicateCount;
        if (tally.DuplicatesOpen > 0)
            Warnings.Add(ImportNote.Of("import.duplicates-open",
                $"{tally.DuplicatesOpen} lines of statement {n} are already in open journal {statement.JournalNos(open: true)} and were skipped.",
                tally.DuplicatesOpen, n, statement.JournalNos(open: true)));
        if (tally.DuplicatesPosted > 0)
            Warnings.Add(ImportNote.Of("import.duplicates-posted",
                $"{tally.DuplicatesPosted} lines of statement {n} were already posted in journal {statement.JournalNos(open: false)} and were skipped.",
                tally.DuplicatesPosted, n, statement.JournalNos(open: false)));
        if (tally.DuplicatesInUpload > 0)
            Warnings.Add(ImportNote.Of("import.duplicates-upload",
                $"{tally.DuplicatesInUpload} lines of statement {n} repeat lines of an earlier statement in this import and were skipped.",
                tally.DuplicatesInUpload, n));

        if (statement.Journal is not { } journal)
        {
            if (tally.LineCount > 0)
                Warnings.Add(ImportNote.Of("import.all-duplicates",
                    $"All {tally.LineCount} lines of statement {n} were imported before: no journal was created for it.", tally.LineCount, n));
            return;
        }

        var outcome = StatementContinuity.Assess(header, format, statement.Account, context.Accounts.LastFor(statement.Account), tally, context.Today);
        journal.ChangeHeader(outcome.StatementNo, outcome.StatementDate, outcome.BalanceLastStatement, outcome.StatementEndingBalance);
        context.Accounts.Advance(statement.Account, outcome.StatementNo, outcome.StatementEndingBalance);
        Warnings.AddRange(outcome.Warnings);
        _journals.Add(new ImportedJournal(journal.Id, journal.No, statement.Account.No, outcome.StatementNo, outcome.StatementDate, tally.NewCount,
            tally.DuplicateCount, outcome.BalanceLastStatement, outcome.StatementEndingBalance));
    }

    private StatementLineData Data(ParsedLine line, Statement statement) => new(
        line.BookingDate ?? line.ValueDate ?? statement.Tally.Header.To ?? context.Today,
        line.ValueDate,
        line.Amount,
        line.Currency ?? statement.Tally.Header.Currency ?? statement.Account.Currency,
        line.OriginalAmount,
        line.OriginalCurrency,
        line.ExchangeRate,
        line.Description,
        line.CounterpartyName,
        line.CounterpartyAccount,
        line.Reference,
        line.ReferenceType,
        line.EndToEndId,
        line.BankReference,
        line.BankTransactionCode,
        line.IsReversal,
        line.Location);

    public static string FormatName(StatementFormat format) => format switch
    {
        StatementFormat.Camt => "camt",
        StatementFormat.Mt940 => "mt940",
        StatementFormat.Ofx => "ofx",
        StatementFormat.Bai2 => "bai2",
        StatementFormat.Csv => "csv",
        _ => "zip",
    };

    /// <summary>One statement being written.</summary>
    private sealed class Statement(StatementTally tally, BankAccount account)
    {
        private readonly Dictionary<string, bool> _duplicateJournals = new(StringComparer.Ordinal);

        public StatementTally Tally { get; } = tally;

        public BankAccount Account { get; } = account;

        public DedupKeys Keys { get; } = new();

        public PaymentReconciliationJournal? Journal { get; set; }

        public int LineNo { get; set; }

        public void Duplicate(DuplicateFinder.JournalInfo? journal)
        {
            if (journal is null)
            {
                Tally.DuplicatesInUpload++;
                return;
            }

            var open = journal.Status == JournalStatus.Open;
            if (open) Tally.DuplicatesOpen++;
            else Tally.DuplicatesPosted++;
            _duplicateJournals[journal.No] = open;
        }

        public string JournalNos(bool open) =>
            string.Join(", ", _duplicateJournals.Where(j => j.Value == open).Select(j => j.Key).Order(StringComparer.Ordinal));
    }
}
