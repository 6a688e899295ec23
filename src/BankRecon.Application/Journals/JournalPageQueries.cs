using System.Collections.Concurrent;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BankRecon.Application.Journals;

/// <summary>
/// The journal page's queries, compiled once (EF.CompileAsyncQuery): as LINQ, each view built and hashed its expression
/// trees before any SQL ran. A view reads the header; the lines are read once per journal Version
/// (<see cref="JournalSnapshotCache"/>).
/// </summary>
internal sealed class JournalPageQueries
{
    // EF binds a compiled query to the model it first ran against; a process that uses two providers (the tests do)
    // has two models, so each model gets its own set.
    private static readonly ConcurrentDictionary<IModel, JournalPageQueries> ByModel = new();

    private JournalPageQueries()
    {
    }

    public static JournalPageQueries For(BankReconDbContext db) => ByModel.GetOrAdd(db.Model, _ => new JournalPageQueries());

    public Func<BankReconDbContext, Guid, Task<JournalHeader?>> Header { get; } = EF.CompileAsyncQuery(
        (BankReconDbContext db, Guid journalId) =>
            (from j in db.PaymentReconciliationJournals.AsNoTracking()
             join b in db.BankAccounts on j.BankAccountId equals b.Id
             where j.Id == journalId
             select new JournalHeader(j.Id, j.No, b.Id, b.No, b.Name, j.Currency, j.StatementNo, j.StatementDate, j.BalanceLastStatement,
                 j.StatementEndingBalance, j.Status, j.Version, j.CreatedBy, j.CreatedAtUtc, j.AppliedBy, j.AppliedAtUtc, j.PostedBy, j.PostedAtUtc,
                 j.Reconciled))
            .SingleOrDefault());

    /// <summary>
    /// A journal's lines as the page shows them (without documents): all of them (<c>ids</c> null; EF then leaves the
    /// condition out of the SQL), or those a journal edit changed. The account's name is one indexed look-up per row;
    /// the applied document numbers come from <see cref="Documents"/> (as a collection here, EF would join, sort the
    /// joined rows and build a delegate per row to fill each list).
    /// </summary>
    public Func<BankReconDbContext, Guid, Guid[]?, IAsyncEnumerable<JournalLineRow>> Lines { get; } = EF.CompileAsyncQuery(
        (BankReconDbContext db, Guid journalId, Guid[]? ids) => db.StatementLines.AsNoTracking()
            .Where(l => l.JournalId == journalId && (ids == null || ids.Contains(l.Id)))
            .Select(l => new JournalLineRow(l.Id, l.LineNo, l.BookingDate, l.Description, l.CounterpartyName, l.CounterpartyAccount, l.Reference,
                l.Amount, l.AppliedAmount, l.AccountType, l.AccountNo,
                l.AccountNo == null ? null
                : l.AccountType == ApplicationAccountType.Customer ? db.Customers.Where(c => c.No == l.AccountNo).Select(c => c.Name).FirstOrDefault()
                : l.AccountType == ApplicationAccountType.Vendor ? db.Vendors.Where(v => v.No == l.AccountNo).Select(v => v.Name).FirstOrDefault()
                : l.AccountType == ApplicationAccountType.GlAccount ? db.GlAccounts.Where(g => g.No == l.AccountNo).Select(g => g.Name).FirstOrDefault()
                : l.AccountType == ApplicationAccountType.BankAccount ? db.BankAccounts.Where(b => b.No == l.AccountNo).Select(b => b.Name).FirstOrDefault()
                : null,
                l.Confidence, l.ReviewRequired, l.Rule, l.Explanation != null,
                Array.Empty<string>(),
                l.ParentLineId != null, l.AppliedBy)));

    /// <summary>The document numbers applied to a journal's lines (all, or those with <c>ids</c>), one row per application.</summary>
    public Func<BankReconDbContext, Guid, Guid[]?, IAsyncEnumerable<LineDocument>> Documents { get; } = EF.CompileAsyncQuery(
        (BankReconDbContext db, Guid journalId, Guid[]? ids) => db.StatementLines.AsNoTracking()
            .Where(l => l.JournalId == journalId && (ids == null || ids.Contains(l.Id)))
            .SelectMany(l => l.Applications)
            .Where(a => a.DocumentNo != null)
            .Select(a => new LineDocument(EF.Property<Guid>(a, "StatementLineId"), a.DocumentNo!)));

    internal sealed record LineDocument(Guid LineId, string DocumentNo);
}
