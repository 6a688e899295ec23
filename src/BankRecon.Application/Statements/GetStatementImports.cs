using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Statements;

/// <summary>The given imports, or the most recent ones when none are given.</summary>
public sealed record GetStatementImportsQuery(IReadOnlyList<Guid> Ids, int Recent = 20);

public sealed record StatementImportJournal(Guid Id, string No, string Currency, string StatementNo, DateOnly StatementDate, JournalStatus Status, int LineCount,
    decimal BalanceLastStatement, decimal StatementEndingBalance);

public sealed record StatementImportSummary(
    Guid Id,
    string FileName,
    string Format,
    long SizeBytes,
    string BankAccountNo,
    string BankAccountName,
    string ImportedBy,
    DateTime ImportedAtUtc,
    int StatementCount,
    int LineCount,
    int NewLineCount,
    int DuplicateLineCount,
    IReadOnlyList<ImportNote> Warnings,
    int MoreWarnings,
    IReadOnlyList<StatementImportJournal> Journals);

/// <summary>What came of statement imports: files, counts, warnings and the journals they created (for the result page).</summary>
public sealed class GetStatementImportsHandler(BankReconDbContext db)
{
    public async Task<IReadOnlyList<StatementImportSummary>> HandleAsync(GetStatementImportsQuery query, CancellationToken cancellationToken)
    {
        var imports = db.StatementImports.AsNoTracking();
        var ids = query.Ids.Distinct().Take(100).ToList();
        var rows = ids.Count > 0
            ? await imports.Where(i => ids.Contains(i.Id)).ToListAsync(cancellationToken)
            : await imports.OrderByDescending(i => i.ImportedAtUtc).Take(Math.Clamp(query.Recent, 1, 100)).ToListAsync(cancellationToken);
        var importIds = rows.Select(r => (Guid?)r.Id).ToList();
        var journals = await db.PaymentReconciliationJournals.AsNoTracking().Where(j => importIds.Contains(j.StatementImportId)).ToListAsync(cancellationToken);
        var journalIds = journals.Select(j => j.Id).ToList();
        var counts = await db.StatementLines.AsNoTracking().Where(l => journalIds.Contains(l.JournalId) && l.ParentLineId == null)
            .GroupBy(l => l.JournalId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var accountIds = rows.Select(r => r.BankAccountId).Distinct().ToList();
        var accounts = await db.BankAccounts.AsNoTracking().Where(b => accountIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);
        return [.. rows.OrderByDescending(r => r.ImportedAtUtc).ThenBy(r => r.FileName, StringComparer.Ordinal).Select(r => Summary(r, accounts[r.BankAccountId],
            [.. journals.Where(j => j.StatementImportId == r.Id).OrderBy(j => j.No, StringComparer.Ordinal).Select(j => new StatementImportJournal(
                j.Id, j.No, j.Currency, j.StatementNo, j.StatementDate, j.Status, counts.GetValueOrDefault(j.Id), j.BalanceLastStatement, j.StatementEndingBalance))]))];
    }

    private static StatementImportSummary Summary(StatementImport import, BankAccount account, IReadOnlyList<StatementImportJournal> journals)
    {
        var (warnings, more) = StoredImportNotes.Read(import.Warnings);
        return new StatementImportSummary(
            import.Id, import.FileName, import.Format, import.SizeBytes, account.No, account.Name, import.ImportedBy, import.ImportedAtUtc,
            import.StatementCount, import.LineCount, import.NewLineCount, import.DuplicateLineCount, warnings, more, journals);
    }
}
