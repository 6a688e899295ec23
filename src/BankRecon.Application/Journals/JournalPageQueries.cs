using System.Collections.Concurrent;
using System.Linq.Expressions;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace BankRecon.Application.Journals;

/// <summary>
/// The journal page's queries, compiled once (EF.CompileAsyncQuery). The page is the product's busiest view; as LINQ,
/// each view built and hashed three expression trees before any SQL ran (about a third of the query work). The view's
/// filter, confidence and search text are parameters (a condition that is off becomes "@p &lt;&gt; 1 OR …", or drops out
/// for a null parameter), so one compiled query per sort order serves every view.
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

    /// <summary>Lines in a view: the journal's lines narrowed by filter, confidence and search text.</summary>
    private static readonly Expression<Func<BankReconDbContext, Guid, JournalLineFilter, LineConfidence?, string?, string?, IQueryable<StatementLine>>> View =
#pragma warning disable CA1304, CA1311, CA1862 // EF translates ToLower() to SQL lower(): no .NET culture is involved
        (db, journalId, filter, confidence, lowered, term) => db.StatementLines.AsNoTracking()
            .Where(l => l.JournalId == journalId)
            .Where(l => filter != JournalLineFilter.ToReview || l.ReviewRequired)
            .Where(l => filter != JournalLineFilter.WithDifference || l.Amount != l.AppliedAmount)
            .Where(l => filter != JournalLineFilter.Unapplied || l.AccountType == ApplicationAccountType.None)
            .Where(l => confidence == null || l.Confidence == confidence)
            .Where(l => term == null
                || (l.Description != null && l.Description.ToLower().Contains(lowered!))
                || (l.CounterpartyName != null && l.CounterpartyName.ToLower().Contains(lowered!))
                || (l.Reference != null && l.Reference.Contains(term))
                || (l.AccountNo != null && l.AccountNo == term));
#pragma warning restore CA1304, CA1311, CA1862

    /// <summary>
    /// A line as the page shows it. The account's name (one indexed look-up per row) and the applied document numbers
    /// (joined to the page's rows) come in the same query.
    /// </summary>
    private static readonly Expression<Func<BankReconDbContext, StatementLine, JournalLineRow>> Row =
        (db, l) => new JournalLineRow(l.Id, l.LineNo, l.BookingDate, l.Description, l.CounterpartyName, l.CounterpartyAccount, l.Reference,
            l.Amount, l.AppliedAmount, l.AccountType, l.AccountNo,
            l.AccountNo == null ? null
            : l.AccountType == ApplicationAccountType.Customer ? db.Customers.Where(c => c.No == l.AccountNo).Select(c => c.Name).FirstOrDefault()
            : l.AccountType == ApplicationAccountType.Vendor ? db.Vendors.Where(v => v.No == l.AccountNo).Select(v => v.Name).FirstOrDefault()
            : l.AccountType == ApplicationAccountType.GlAccount ? db.GlAccounts.Where(g => g.No == l.AccountNo).Select(g => g.Name).FirstOrDefault()
            : l.AccountType == ApplicationAccountType.BankAccount ? db.BankAccounts.Where(b => b.No == l.AccountNo).Select(b => b.Name).FirstOrDefault()
            : null,
            l.Confidence, l.ReviewRequired, l.Rule, l.Explanation != null,
            l.Applications.Where(a => a.DocumentNo != null).Select(a => a.DocumentNo!).ToList(),
            l.ParentLineId != null, l.AppliedBy);

    /// <summary>Lines in a view (for a search, whose count the journal's figures do not hold).</summary>
    public Func<BankReconDbContext, Guid, JournalLineFilter, LineConfidence?, string?, string?, Task<int>> Count { get; } =
        EF.CompileAsyncQuery(Compose<int>(body => Expression.Call(typeof(Queryable), nameof(Queryable.Count), [typeof(StatementLine)], body)));

    private readonly Dictionary<(string Column, bool Descending), Func<BankReconDbContext, Guid, JournalLineFilter, LineConfidence?, string?, string?, int, int, IAsyncEnumerable<JournalLineRow>>> Pages = new()
    {
        [("line", false)] = Page(l => l.LineNo, false, null),
        [("line", true)] = Page(l => l.LineNo, true, null),
        [("date", false)] = Page(l => l.BookingDate, false, l => l.LineNo),
        [("date", true)] = Page(l => l.BookingDate, true, l => l.LineNo),
        [("amount", false)] = Page(l => l.Amount, false, l => l.LineNo),
        [("amount", true)] = Page(l => l.Amount, true, l => l.LineNo),
        [("confidence", false)] = Page(l => l.Confidence, false, l => l.LineNo),
        [("confidence", true)] = Page(l => l.Confidence, true, l => l.LineNo),
    };

    /// <summary>The sort orders the page offers; anything else sorts by line number.</summary>
    public Func<BankReconDbContext, Guid, JournalLineFilter, LineConfidence?, string?, string?, int, int, IAsyncEnumerable<JournalLineRow>> PageQuery(
        string column, bool descending) =>
        Pages.GetValueOrDefault((column, descending)) ?? Pages[("line", descending)];

    /// <summary>The view, ordered (then by line number, so pages never overlap), one page of it, as rows.</summary>
    private static Func<BankReconDbContext, Guid, JournalLineFilter, LineConfidence?, string?, string?, int, int, IAsyncEnumerable<JournalLineRow>> Page<TKey>(
        Expression<Func<StatementLine, TKey>> key, bool descending, Expression<Func<StatementLine, int>>? thenBy)
    {
        var skip = Expression.Parameter(typeof(int), "skip");
        var take = Expression.Parameter(typeof(int), "take");
        Expression body = View.Body;
        body = Expression.Call(typeof(Queryable), descending ? nameof(Queryable.OrderByDescending) : nameof(Queryable.OrderBy),
            [typeof(StatementLine), typeof(TKey)], body, Expression.Quote(key));
        if (thenBy is not null)
            body = Expression.Call(typeof(Queryable), nameof(Queryable.ThenBy), [typeof(StatementLine), typeof(int)], body, Expression.Quote(thenBy));
        body = Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [typeof(StatementLine)], body, skip);
        body = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(StatementLine)], body, take);
        // The row's name look-ups use the same context parameter as the view.
        var line = Row.Parameters[1];
        var row = Expression.Lambda<Func<StatementLine, JournalLineRow>>(new ReplaceParameter(Row.Parameters[0], View.Parameters[0]).Visit(Row.Body), line);
        body = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(StatementLine), typeof(JournalLineRow)], body, Expression.Quote(row));
        var lambda = Expression.Lambda<Func<BankReconDbContext, Guid, JournalLineFilter, LineConfidence?, string?, string?, int, int, IQueryable<JournalLineRow>>>(
            body, [.. View.Parameters, skip, take]);
        return EF.CompileAsyncQuery(lambda);
    }

    private static Expression<Func<BankReconDbContext, Guid, JournalLineFilter, LineConfidence?, string?, string?, TResult>> Compose<TResult>(
        Func<Expression, Expression> wrap) =>
        Expression.Lambda<Func<BankReconDbContext, Guid, JournalLineFilter, LineConfidence?, string?, string?, TResult>>(wrap(View.Body), View.Parameters);

    private sealed class ReplaceParameter(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
