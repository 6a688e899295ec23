using BankRecon.Application.Common;
using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Journals;

/// <summary>A line whose proposal <see cref="StatementLine.Propose"/> changed, with what it was before.</summary>
/// <param name="Line">The line (not tracked), after Propose.</param>
/// <param name="OldVersion">Its Version as loaded: the update is refused if someone changed the line since.</param>
/// <param name="HadApplications">Whether it had applications before, which are then deleted.</param>
internal sealed record ProposedLine(StatementLine Line, int OldVersion, bool HadApplications);

/// <summary>
/// Stores what "Apply automatically" decided, set-based, in one transaction: the journal first (through EF, so its
/// Version token refuses a concurrent change exactly as every other journal edit does), then one UPDATE per changed
/// line (checked against the line's own Version), the old applications of those lines deleted and the new ones
/// inserted in bulk. <see cref="StatementLine.Propose"/> has already decided each line's state; this only writes it,
/// with the columns and conversions of the EF model. Lines whose proposal did not change are not in the list.
/// </summary>
internal static class ProposalWriter
{
    /// <summary>The columns <see cref="StatementLine.Propose"/> sets.</summary>
    private static readonly string[] ProposalColumns =
    [
        nameof(StatementLine.AccountType), nameof(StatementLine.AccountNo), nameof(StatementLine.AppliedAmount), nameof(StatementLine.Confidence),
        nameof(StatementLine.Rule), nameof(StatementLine.Explanation), nameof(StatementLine.ReviewRequired), nameof(StatementLine.AppliedBy),
        nameof(StatementLine.AppliedAtUtc), nameof(StatementLine.Version),
    ];

    public static async Task<Result> SaveAsync(BankReconDbContext db, PaymentReconciliationJournal journal, IReadOnlyList<ProposedLine> lines,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            if (await UpdateLinesAsync(db, lines, cancellationToken) != lines.Count)
            {
                await transaction.RollbackAsync(cancellationToken);
                return JournalAccess.Changed(journal.No);
            }

            await DeleteApplicationsAsync(db, [.. lines.Where(l => l.HadApplications).Select(l => l.Line.Id)], cancellationToken);
            await InsertApplicationsAsync(db, lines, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            return JournalAccess.Changed(journal.No);
        }
    }

    private static Task<int> UpdateLinesAsync(BankReconDbContext db, IReadOnlyList<ProposedLine> lines, CancellationToken cancellationToken)
    {
        var table = EntityTable.For(db, typeof(StatementLine));
        var set = ProposalColumns.Select(table.Column).ToList();
        var id = table.Column(nameof(StatementLine.Id));
        var version = table.Column(nameof(StatementLine.Version));
        List<EntityColumn> parameters = [.. set, id, version];
        var rows = lines.Select(l =>
        {
            var values = new object?[parameters.Count];
            for (var i = 0; i < set.Count; i++) values[i] = set[i].Get(l.Line);
            values[set.Count] = l.Line.Id;
            values[set.Count + 1] = l.OldVersion;
            return values;
        }).ToList();
        return RowStatement.ExecuteAsync(db, table, p =>
            $"UPDATE {table.Name} SET {string.Join(", ", set.Select((c, i) => c.Name + " = " + p(i)))} " +
            $"WHERE {id.Name} = {p(set.Count)} AND {version.Name} = {p(set.Count + 1)}",
            parameters, rows, cancellationToken);
    }

    private static Task<int> DeleteApplicationsAsync(BankReconDbContext db, IReadOnlyList<Guid> lineIds, CancellationToken cancellationToken)
    {
        var table = EntityTable.For(db, typeof(AppliedPaymentEntry));
        var owner = OwnerColumn(table);
        return RowStatement.ExecuteAsync(db, table, p => $"DELETE FROM {table.Name} WHERE {owner.Name} = {p(0)}",
            [owner], [.. lineIds.Select(l => new object?[] { l })], cancellationToken);
    }

    private static async Task InsertApplicationsAsync(BankReconDbContext db, IReadOnlyList<ProposedLine> lines, CancellationToken cancellationToken)
    {
        var rows = new List<object>();
        var owners = new Dictionary<object, Guid>(ReferenceEqualityComparer.Instance);
        foreach (var line in lines)
        {
            foreach (var application in line.Line.Applications)
            {
                rows.Add(application);
                owners[application] = line.Line.Id;
            }
        }

        using var inserter = new BulkInserter(db, typeof(AppliedPaymentEntry), (row, _) => owners[row]);
        await inserter.InsertAsync(rows, cancellationToken);
    }

    /// <summary>The owned applications' foreign key to their line (a shadow property).</summary>
    private static EntityColumn OwnerColumn(EntityTable table) =>
        table.Columns.Single(c => c.IsShadow && c.Property.IsForeignKey());
}
