using System.Diagnostics;
using System.Globalization;
using BankRecon.Application.Common;
using BankRecon.Application.MatchingRules;
using BankRecon.Domain.Common;
using BankRecon.Domain.Matching;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using LedgerDocumentType = BankRecon.Domain.Ledger.DocumentType;
using MatchDocumentType = BankRecon.Domain.Matching.DocumentType;
using MatchPartyType = BankRecon.Domain.Matching.PartyType;

namespace BankRecon.Application.Journals;

public sealed record ApplyAutomaticallyCommand(Guid JournalId, string User, int? ExpectedVersion = null);

/// <summary>What one "Apply automatically" run did, and how long each part took.</summary>
public sealed record ApplyAutomaticallySummary(
    string JournalNo,
    int PaymentLines,
    int AppliedLines,
    int NeedReview,
    int KeptByPerson,
    int OpenEntries,
    int LeftOutEntries,
    int Version,
    ApplyTimings Timings)
{
    /// <summary>Business Central's closing message, plus the review count.</summary>
    public string Message => string.Create(CultureInfo.InvariantCulture,
        $"{AppliedLines} payment lines out of {PaymentLines} are applied; {NeedReview} need review.");

    public string? LeftOutMessage => LeftOutEntries == 0
        ? null
        : string.Create(CultureInfo.InvariantCulture, $"{LeftOutEntries} open entries are applied in other journals and were left out.");
}

/// <summary>Milliseconds spent loading from the database, matching, and storing the proposals.</summary>
public sealed record ApplyTimings(long LoadMs, long MatchMs, long SaveMs)
{
    public long TotalMs => LoadMs + MatchMs + SaveMs;
}

public sealed class ApplyAutomaticallyValidator : AbstractValidator<ApplyAutomaticallyCommand>
{
    public ApplyAutomaticallyValidator()
    {
        RuleFor(c => c.JournalId).NotEmpty();
        RuleFor(c => c.User).NotEmpty().MaximumLength(100);
    }
}

/// <summary>
/// Business Central's "Apply Automatically" (MatchNoOverwriteOfManualOrAccepted): runs the matching engine over the
/// journal's lines against the open customer and vendor entries in the bank account's currency and stores each line's
/// proposal with its explanation. Lines a person applied or accepted are kept, and what they apply is taken out of the
/// pool; entries that lines of other open journals apply are left out (and counted).
/// </summary>
public sealed class ApplyAutomaticallyHandler(
    BankReconDbContext db,
    TimeProvider clock,
    IValidator<ApplyAutomaticallyCommand> validator,
    ILogger<ApplyAutomaticallyHandler> logger)
{
    private static readonly LedgerDocumentType[] CandidateDocuments =
        [LedgerDocumentType.None, LedgerDocumentType.Invoice, LedgerDocumentType.CreditMemo, LedgerDocumentType.FinanceChargeMemo, LedgerDocumentType.Reminder];

    public async Task<Result<ApplyAutomaticallySummary>> HandleAsync(ApplyAutomaticallyCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Result<ApplyAutomaticallySummary>.Invalid(validation.ToErrors());

        var watch = Stopwatch.StartNew();
        var (journal, loaded) = await JournalAccess.LoadForEditAsync(db, command.JournalId, command.ExpectedVersion, cancellationToken);
        if (journal is null) return Result<ApplyAutomaticallySummary>.Failure(loaded);
        var bank = await db.BankAccounts.AsNoTracking().Where(b => b.Id == journal.BankAccountId)
            .Select(b => new { b.MatchToleranceType, b.MatchToleranceValue }).SingleAsync(cancellationToken);

        var rules = await MatchingRuleDefaults.EnsureAsync(db, cancellationToken);
        var mappings = (await db.TextToAccountMappings.AsNoTracking().ToListAsync(cancellationToken))
            .Select(AccountTypes.ToEngine).OfType<TextToAccountMapping>().ToList();
        // Not tracked: the proposals are written set-based (ProposalWriter), and only for the lines whose proposal changes.
        var lines = await db.StatementLines.AsNoTracking().Where(l => l.JournalId == journal.Id).OrderBy(l => l.LineNo).ToListAsync(cancellationToken);
        var pool = await LoadPoolAsync(journal.Id, journal.Currency, lines, cancellationToken);
        var loadMs = watch.ElapsedMilliseconds;

        watch.Restart();
        var open = lines.Where(l => !l.IsDecidedByPerson && l.Amount != 0m).ToList();
        var matchLines = open.Select((l, i) => new MatchLine(0, i, l.BookingDate, l.Amount, l.Currency, l.Description, l.CounterpartyName,
            l.CounterpartyAccount, l.Reference, l.EndToEndId)).ToList();
        var settings = new MatchingSettings
        {
            RuleSet = RuleSet.Default,
            Rules = rules,
            ToleranceType = bank.MatchToleranceType == Domain.BankAccounts.MatchToleranceType.Percentage ? ToleranceType.Percentage : ToleranceType.Amount,
            ToleranceValue = bank.MatchToleranceValue,
            TextMappings = mappings,
        };
        var result = MatchingEngine.Match(matchLines, pool.Entries, settings);
        var matchMs = watch.ElapsedMilliseconds;

        watch.Restart();
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = new List<ProposedLine>();
        for (var i = 0; i < open.Count; i++)
        {
            if (Propose(open[i], result.Proposals[i], pool, command.User, now) is { } proposed) changed.Add(proposed);
        }

        journal.RecordApplied(command.User, now);
        var saved = await ProposalWriter.SaveAsync(db, journal, changed, cancellationToken);
        if (!saved.Succeeded) return Result<ApplyAutomaticallySummary>.Failure(saved);
        var saveMs = watch.ElapsedMilliseconds;

        var payments = lines.Where(l => l.Amount != 0m).ToList();
        var summary = new ApplyAutomaticallySummary(
            journal.No,
            payments.Count,
            payments.Count(l => l.AccountType != ApplicationAccountType.None),
            payments.Count(l => l.ReviewRequired),
            lines.Count(l => l.IsDecidedByPerson),
            pool.Entries.Count,
            pool.LeftOut,
            journal.Version,
            new ApplyTimings(loadMs, matchMs, saveMs));
        logger.LogInformation(
            "Applied journal {JournalNo} automatically: {Applied} of {Lines} lines applied, {Review} to review, {Kept} kept, {LeftOut} entries left out, {Entries} open entries, {ElapsedMs} ms",
            journal.No, summary.AppliedLines, summary.PaymentLines, summary.NeedReview, summary.KeptByPerson, summary.LeftOutEntries, summary.OpenEntries,
            summary.Timings.TotalMs);
        return Result.Success(summary);
    }

    /// <summary>Has the line take the engine's proposal; null when that is exactly what it has already.</summary>
    private static ProposedLine? Propose(StatementLine line, LineProposal proposal, Pool pool, string user, DateTime now)
    {
        var explanation = new LineExplanation(
            proposal.Score,
            proposal.Reasons,
            [.. proposal.Alternatives.Select(a => new ExplainedAlternative(
                a.Confidence.ToString(),
                a.Account is null ? null : AccountTypes.ToApplication(a.Account.Type).ToString(),
                a.Account?.No,
                a.Rule,
                a.Score,
                a.ReviewRequired,
                a.Reasons,
                [.. a.Applications.Select(p => new ExplainedApplication(pool.Ids[p.EntryId], pool.DocumentNos[p.EntryId], p.Amount, p.PaymentDiscount))]))]).ToJson();

        if (proposal.Account is null)
        {
            if (Unchanged(line, LineConfidence.None, ApplicationAccountType.None, null, [], null, explanation, reviewRequired: true)) return null;
            var before = new ProposedLine(line, line.Version, line.Applications.Count > 0);
            return line.Propose(LineConfidence.None, ApplicationAccountType.None, null, [], null, explanation, reviewRequired: true, user, now) ? before : null;
        }

        var accountType = AccountTypes.ToApplication(proposal.Account.Type);
        var confidence = AccountTypes.ToLine(proposal.Confidence);
        List<AppliedPaymentEntry> applications;
        if (proposal.Applications.Count == 0)
        {
            // A text-to-account mapping: the whole line goes to the account, without a ledger entry.
            applications = [new AppliedPaymentEntry(null, line.Amount)];
            if (confidence == LineConfidence.High) confidence = LineConfidence.HighTextMapping;
        }
        else
        {
            applications = [.. proposal.Applications.Select(p => new AppliedPaymentEntry(pool.Ids[p.EntryId], p.Amount, p.PaymentDiscount, pool.DocumentNos[p.EntryId]))];
        }

        var rule = proposal.Rule is { Length: > 200 } tooLong ? tooLong[..200] : proposal.Rule;
        if (Unchanged(line, confidence, accountType, proposal.Account.No, applications, rule, explanation, proposal.ReviewRequired)) return null;
        var old = new ProposedLine(line, line.Version, line.Applications.Count > 0);
        return line.Propose(confidence, accountType, proposal.Account.No, applications, rule, explanation, proposal.ReviewRequired, user, now) ? old : null;
    }

    /// <summary>A re-run that proposes exactly what the line has leaves it alone: no write, no new version, the stamp stays.</summary>
    private static bool Unchanged(StatementLine line, LineConfidence confidence, ApplicationAccountType accountType, string? accountNo,
        List<AppliedPaymentEntry> applications, string? rule, string explanation, bool reviewRequired) =>
        line.Confidence == confidence && line.AccountType == accountType && string.Equals(line.AccountNo, accountNo, StringComparison.Ordinal)
        && line.ReviewRequired == reviewRequired && string.Equals(line.Rule, rule, StringComparison.Ordinal)
        && string.Equals(line.Explanation, explanation, StringComparison.Ordinal)
        && line.Applications.Count == applications.Count
        && line.Applications.Zip(applications).All(p => p.First.LedgerEntryId == p.Second.LedgerEntryId && p.First.AppliedAmount == p.Second.AppliedAmount
            && p.First.AppliedPmtDiscount == p.Second.AppliedPmtDiscount);

    /// <summary>
    /// The open entries the engine may use: customer and vendor invoices, credit memos, finance charge memos and reminders
    /// in the journal's currency, minus entries other open journals apply, minus what this journal's kept lines apply.
    /// </summary>
    private async Task<Pool> LoadPoolAsync(Guid journalId, string currency, List<StatementLine> lines, CancellationToken cancellationToken)
    {
        var elsewhere = await LedgerEntryLookup.AppliedInOpenJournalsAsync(db, null, journalId, null, cancellationToken);
        var kept = new Dictionary<Guid, (decimal Amount, decimal Discount)>();
        foreach (var application in lines.Where(l => l.IsDecidedByPerson).SelectMany(l => l.Applications))
        {
            if (application.LedgerEntryId is not { } id) continue;
            var sum = kept.GetValueOrDefault(id);
            kept[id] = (sum.Amount + application.AppliedAmount, sum.Discount + application.AppliedPmtDiscount);
        }

        // Parties and their bank accounts as two flat reads each, joined here: a collection projection would make EF
        // order and split the rows itself, which costs more than the reads.
        var parties = new Dictionary<Guid, PartyRow>();
        foreach (var c in await db.Customers.AsNoTracking()
            .Select(c => new PartyRow(c.Id, MatchPartyType.Customer, c.No, c.Name, c.Address, c.City))
            .ToListAsync(cancellationToken)) parties[c.Id] = c;
        foreach (var v in await db.Vendors.AsNoTracking()
            .Select(v => new PartyRow(v.Id, MatchPartyType.Vendor, v.No, v.Name, v.Address, v.City))
            .ToListAsync(cancellationToken)) parties[v.Id] = v;
        var accounts = await (from c in db.Customers.AsNoTracking() from b in c.BankAccounts select new { c.Id, AccountId = b.Id, b.AccountNumber })
            .ToListAsync(cancellationToken);
        accounts.AddRange(await (from v in db.Vendors.AsNoTracking() from b in v.BankAccounts select new { v.Id, AccountId = b.Id, b.AccountNumber })
            .ToListAsync(cancellationToken));
        foreach (var account in accounts.OrderBy(a => a.AccountId))
        {
            if (parties.TryGetValue(account.Id, out var party)) party.Accounts.Add(account.AccountNumber);
        }

        var rows = await db.CustomerLedgerEntries.AsNoTracking()
            .Where(e => e.Open && e.Currency == currency && CandidateDocuments.Contains(e.DocumentType))
            .Select(e => new EntryRow(e.Id, e.PartyId, e.DocumentType, e.DocumentNo, e.ExternalDocumentNo, e.PaymentReference, e.PostingDate, e.DueDate,
                e.RemainingAmount, e.PmtDiscountDate, e.RemainingPmtDiscountPossible))
            .ToListAsync(cancellationToken);
        var vendorRows = await db.VendorLedgerEntries.AsNoTracking()
            .Where(e => e.Open && e.Currency == currency && CandidateDocuments.Contains(e.DocumentType))
            .Select(e => new EntryRow(e.Id, e.PartyId, e.DocumentType, e.DocumentNo, e.ExternalDocumentNo, e.PaymentReference, e.PostingDate, e.DueDate,
                e.RemainingAmount, e.PmtDiscountDate, e.RemainingPmtDiscountPossible))
            .ToListAsync(cancellationToken);

        var pool = new Pool(rows.Count + vendorRows.Count);
        foreach (var row in rows.Concat(vendorRows))
        {
            if (elsewhere.ContainsKey(row.Id))
            {
                pool.LeftOut++;
                continue;
            }

            var remaining = row.RemainingAmount;
            var discount = row.RemainingPmtDiscountPossible;
            if (kept.TryGetValue(row.Id, out var used))
            {
                remaining -= used.Amount + used.Discount;
                if (used.Amount != 0m) discount = 0m;           // the discount goes with the payment that closes the entry
                if (remaining == 0m || Math.Sign(remaining) != Math.Sign(row.RemainingAmount)) continue;
            }

            if (!parties.TryGetValue(row.PartyId, out var party)) continue;
            var key = row.Id.ToString("N");
            pool.Ids[key] = row.Id;
            pool.DocumentNos[key] = row.DocumentNo;
            pool.Entries.Add(new OpenEntry(key, party.Type, party.No, party.Name, party.Accounts, party.Address, party.City, ToMatch(row.DocumentType),
                row.DocumentNo, row.ExternalDocumentNo, row.PaymentReference, row.PostingDate, row.DueDate, currency, remaining,
                discount == 0m ? null : row.PmtDiscountDate, discount));
        }

        return pool;
    }

    private static MatchDocumentType ToMatch(LedgerDocumentType type) => type switch
    {
        LedgerDocumentType.CreditMemo => MatchDocumentType.CreditMemo,
        LedgerDocumentType.FinanceChargeMemo => MatchDocumentType.FinanceCharge,
        LedgerDocumentType.Reminder => MatchDocumentType.Reminder,
        _ => MatchDocumentType.Invoice,
    };

    private sealed record PartyRow(Guid Id, MatchPartyType Type, string No, string Name, string? Address, string? City)
    {
        public List<string> Accounts { get; } = [];
    }

    private sealed record EntryRow(Guid Id, Guid PartyId, LedgerDocumentType DocumentType, string DocumentNo, string? ExternalDocumentNo,
        string? PaymentReference, DateOnly PostingDate, DateOnly DueDate, decimal RemainingAmount, DateOnly? PmtDiscountDate, decimal RemainingPmtDiscountPossible);

    private sealed class Pool(int capacity)
    {
        public List<OpenEntry> Entries { get; } = new(capacity);

        public Dictionary<string, Guid> Ids { get; } = new(capacity, StringComparer.Ordinal);

        public Dictionary<string, string> DocumentNos { get; } = new(capacity, StringComparer.Ordinal);

        public int LeftOut { get; set; }
    }
}
