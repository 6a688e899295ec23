using BankRecon.Application.Common;
using BankRecon.Application.Ledger;
using BankRecon.Domain.Common;
using BankRecon.Domain.Company;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;
using BankRecon.Domain.Posting;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BankRecon.Application.Journals;

/// <summary>
/// "Post payments only" (<paramref name="Reconcile"/> false) or "Post payments and reconcile" (true).
/// </summary>
/// <param name="JournalId">The open payment reconciliation journal.</param>
/// <param name="Reconcile">Also reconcile: the lines must add up to ending balance − balance last statement; the bank entries are closed.</param>
/// <param name="PostedBy">User name recorded on every entry.</param>
/// <param name="ExpectedVersion">The journal <c>Version</c> the user was looking at; when given and the journal has changed since, nothing is posted (null = no check, e.g. the CLI).</param>
public sealed record PostJournalCommand(Guid JournalId, bool Reconcile, string PostedBy, int? ExpectedVersion);

/// <summary>What a successful post did.</summary>
public sealed record PostJournalResult(
    Guid JournalId,
    string JournalNo,
    string StatementNo,
    long TransactionNo,
    int LineCount,
    decimal Total,
    string Currency,
    bool Reconciled,
    int ClosedEntries,
    decimal PaymentDiscount,
    decimal PaymentTolerance,
    decimal RealizedFxLocal,
    IReadOnlyList<string> Notes);

public sealed class PostJournalValidator : AbstractValidator<PostJournalCommand>
{
    public PostJournalValidator()
    {
        RuleFor(c => c.JournalId).NotEmpty();
        RuleFor(c => c.PostedBy).NotEmpty().MaximumLength(100);
    }
}

/// <summary>
/// Posts a payment reconciliation journal in ONE database transaction (all or nothing), through
/// <see cref="PaymentApplicationPosting"/>. Refusals come back as <see cref="ResultStatus.Invalid"/> with one error per
/// line (<see cref="Error.Field"/> = "Lines[n]", n = the line no.) or per journal (Field null).
/// <para>
/// Concurrency: two people posting, or posting while someone edits the journal, make exactly one of them win. The
/// journal's <c>Version</c> and every line's <c>Version</c> are checked when the posting is saved; the loser's
/// attempt is thrown away and retried on fresh data, which then finds the journal posted (<see cref="ResultStatus.Conflict"/>
/// "already posted") or changed (when <see cref="PostJournalCommand.ExpectedVersion"/> was given). Two journals
/// applying the same invoice: the invoice's <c>Version</c> makes the second poster retry, and its re-check of the
/// remaining amount refuses that line ("already closed"); nothing is ever over-applied.
/// </para>
/// </summary>
public sealed class PostJournalHandler(
    BankReconDbContext db,
    LedgerWriter writer,
    TimeProvider clock,
    IValidator<PostJournalCommand> validator,
    ILogger<PostJournalHandler> logger)
{
    public async Task<Result<PostJournalResult>> HandleAsync(PostJournalCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Result<PostJournalResult>.Invalid(validation.ToErrors());

        using var scope = logger.BeginScope(new Dictionary<string, object> { ["JournalId"] = command.JournalId });
        var result = await PostingRetry.RunAsync(db, ct => PostAsync(command, ct), cancellationToken);
        if (result.Succeeded)
        {
            logger.LogInformation("Posted journal {JournalNo} ({LineCount} lines, reconciled {Reconciled}) as transaction {TransactionNo}",
                result.Value.JournalNo, result.Value.LineCount, result.Value.Reconciled, result.Value.TransactionNo);
        }
        else
        {
            logger.LogInformation("Posting journal {JournalId} was refused: {Status}, {ErrorCount} reason(s)", command.JournalId, result.Status, result.Errors.Count);
        }

        return result;
    }

    private async Task<Result<PostJournalResult>> PostAsync(PostJournalCommand command, CancellationToken cancellationToken)
    {
        var journal = await db.PaymentReconciliationJournals.SingleOrDefaultAsync(j => j.Id == command.JournalId, cancellationToken);
        if (journal is null) return Result<PostJournalResult>.NotFound("journal.not-found", "The payment reconciliation journal does not exist.");
        if (journal.Status == JournalStatus.Posted)
        {
            return Result<PostJournalResult>.Conflict("journal.already-posted",
                $"Journal {journal.No} has already been posted by {journal.PostedBy} at {journal.PostedAtUtc:yyyy-MM-dd HH:mm} UTC (transaction {journal.PostedTransactionNo}).").WithArgs(journal.No, journal.PostedBy ?? "", journal.PostedAtUtc ?? default, journal.PostedTransactionNo ?? 0);
        }

        if (journal.Status == JournalStatus.Reversed)
            return Result<PostJournalResult>.Conflict("journal.reversed", $"Journal {journal.No} was posted and reversed; it cannot be posted again.").WithArgs(journal.No);
        if (command.ExpectedVersion is { } expected && expected != journal.Version)
        {
            return Result<PostJournalResult>.Conflict("journal.changed",
                $"Journal {journal.No} was changed by someone else after you opened it. Nothing was posted; reload the journal, check the changes and post again.").WithArgs(journal.No);
        }

        // Claim the journal before reading anything else: a no-op update that holds the row (PostgreSQL) or the write
        // lock (SQLite) until commit. A second poster waits here and then finds the journal changed, so it never plans
        // against half of the first posting's effects ("invoice already closed" instead of "journal already posted").
        var version = journal.Version;
        var claimed = await db.PaymentReconciliationJournals.Where(j => j.Id == journal.Id && j.Version == version)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.Version, j => j.Version), cancellationToken);
        if (claimed == 0) throw new DbUpdateConcurrencyException($"Journal {journal.No} changed while it was being posted.");
        var company = await db.CompanySettings.SingleOrDefaultAsync(cancellationToken);
        var setup = await db.PostingSetups.SingleOrDefaultAsync(cancellationToken);
        if (company is null || setup is null)
            return Result<PostJournalResult>.Invalid("setup.missing", "The company and its posting setup must be set up before posting.");
        var bank = await db.BankAccounts.SingleAsync(b => b.Id == journal.BankAccountId, cancellationToken);

        // Lines are read-only from now on (the posted statement). Bumping every line's Version in ONE statement, before
        // reading them, locks them against a concurrent edit (which then fails its own Version check, whether or not it
        // also bumps the journal) and means the lines read below include every edit committed before.
        await db.StatementLines.Where(l => l.JournalId == journal.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Version, l => l.Version + 1), cancellationToken);
        var lines = await db.StatementLines.AsNoTracking().Where(l => l.JournalId == journal.Id).OrderBy(l => l.LineNo).ToListAsync(cancellationToken);
        var references = await LoadReferencesAsync(journal.Id, bank, lines, company.LocalCurrency, cancellationToken);
        var rates = new ExchangeRateTable(company.LocalCurrencyCode, await db.ExchangeRates.AsNoTracking().ToListAsync(cancellationToken));
        var context = new PaymentApplicationPosting.Context(company.LocalCurrencyCode, setup.Current, rates, company.PaymentDiscountGraceDays,
            journal.StatementDate, command.Reconcile);
        var built = PaymentApplicationPosting.Build(journal, lines, references, context);
        if (!built.Succeeded) return Result<PostJournalResult>.Failure(built);

        var posted = built.Value;
        var transactionNo = await writer.WriteAsync(posted.Transaction, command.PostedBy, cancellationToken);
        journal.MarkPosted(command.PostedBy, clock.GetUtcNow().UtcDateTime, transactionNo, command.Reconcile);
        bank.RecordPaymentStatement(journal.StatementNo);
        if (command.Reconcile) bank.RecordReconciledStatement(journal.StatementNo, journal.StatementEndingBalance);

        return Result.Success(new PostJournalResult(journal.Id, journal.No, journal.StatementNo, transactionNo, lines.Count, lines.Sum(l => l.Amount),
            journal.Currency, command.Reconcile, ClosedEntries(posted),
            posted.Lines.Sum(l => l.PaymentDiscount), posted.Lines.Sum(l => l.PaymentTolerance), posted.Lines.Sum(l => l.RealizedFxLocal), posted.Notes));
    }

    /// <summary>Entries of customers and vendors this posting closed, other than its own payments.</summary>
    private static int ClosedEntries(PaymentApplicationPosting.Posted posted)
    {
        var payments = posted.Transaction.PartyEntries.ToHashSet();
        return posted.Transaction.Closures.Count(c => !payments.Contains(c.Closed));
    }

    /// <summary>Loads, inside the posting transaction, everything the lines point to: parties, applied entries (with their remaining local amounts), accounts.</summary>
    private async Task<PaymentApplicationPosting.References> LoadReferencesAsync(
        Guid journalId, Domain.BankAccounts.BankAccount bank, List<StatementLine> lines, string localCurrency, CancellationToken cancellationToken)
    {
        List<string> AccountNos(ApplicationAccountType type) =>
            [.. lines.Where(l => l.AccountType == type && l.AccountNo is not null).Select(l => l.AccountNo!).Distinct(StringComparer.Ordinal)];
        List<Guid> EntryIds(ApplicationAccountType type) =>
            [.. lines.Where(l => l.AccountType == type).SelectMany(l => l.Applications).Select(a => a.LedgerEntryId).OfType<Guid>().Distinct()];

        var customerNos = AccountNos(ApplicationAccountType.Customer);
        var vendorNos = AccountNos(ApplicationAccountType.Vendor);
        var glNos = AccountNos(ApplicationAccountType.GlAccount);
        var bankNos = AccountNos(ApplicationAccountType.BankAccount);
        var customerEntryIds = EntryIds(ApplicationAccountType.Customer);
        var vendorEntryIds = EntryIds(ApplicationAccountType.Vendor);

        var customers = customerNos.Count == 0 ? [] : await db.Customers.Where(c => customerNos.Contains(c.No)).ToDictionaryAsync(c => c.No, c => (Party)c, StringComparer.Ordinal, cancellationToken);
        var vendors = vendorNos.Count == 0 ? [] : await db.Vendors.Where(v => vendorNos.Contains(v.No)).ToDictionaryAsync(v => v.No, v => (Party)v, StringComparer.Ordinal, cancellationToken);
        var glAccounts = glNos.Count == 0 ? [] : await db.GlAccounts.Where(g => glNos.Contains(g.No)).ToDictionaryAsync(g => g.No, StringComparer.Ordinal, cancellationToken);
        var banks = bankNos.Count == 0 ? [] : await db.BankAccounts.Where(b => bankNos.Contains(b.No)).ToDictionaryAsync(b => b.No, StringComparer.Ordinal, cancellationToken);

        // The applied entries are selected by a subquery on this journal's lines, not by a list of ids: EF Core sends a
        // list as one parameter per id, and ten thousand parameters are slow to bind (SQLite) or to plan.
        var applied = db.StatementLines.Where(l => l.JournalId == journalId).SelectMany(l => l.Applications).Select(a => a.LedgerEntryId);
        var entries = new List<PartyLedgerEntry>();
        if (customerEntryIds.Count > 0) entries.AddRange(await db.CustomerLedgerEntries.Where(e => applied.Contains(e.Id)).ToListAsync(cancellationToken));
        if (vendorEntryIds.Count > 0) entries.AddRange(await db.VendorLedgerEntries.Where(e => applied.Contains(e.Id)).ToListAsync(cancellationToken));

        // Remaining local amount = Σ of the entry's detailed entries; only foreign-currency entries need the query.
        var remainingLocal = new Dictionary<Guid, decimal>();
        if (entries.Any(e => !string.Equals(e.Currency, localCurrency, StringComparison.Ordinal)))
        {
            var rows = await db.DetailedLedgerEntries.AsNoTracking().Where(d => !d.Unapplied && d.Currency != localCurrency && applied.Contains(d.LedgerEntryId))
                .Select(d => new { d.LedgerEntryId, d.AmountLocal }).ToListAsync(cancellationToken);
            foreach (var row in rows) remainingLocal[row.LedgerEntryId] = remainingLocal.GetValueOrDefault(row.LedgerEntryId) + row.AmountLocal;
        }

        var toApply = entries.ToDictionary(e => e.Id,
            e => new PaymentApplicationPosting.EntryToApply(e, remainingLocal.TryGetValue(e.Id, out var local) ? local : e.RemainingAmount));
        return new PaymentApplicationPosting.References(bank, customers, vendors, toApply, glAccounts, banks);
    }
}
