namespace BankRecon.Application.Dashboard;

/// <summary>
/// The home page's receivables figures (open invoices, overdue entries, overdue amounts per currency) for one state of
/// the ledger and one business day. Counting them reads every open customer entry (about 200 ms for 100 000 on
/// SQLite), while only a posting can open, close or reduce an entry, and every posting bumps the ledger counters'
/// Version (ADR 0010), which the home page reads first (one row). So the figures are exact, on every server.
/// </summary>
public sealed class ReceivablesFiguresCache
{
    private ReceivablesFigures? _figures;

    public bool TryGet(int ledgerVersion, DateOnly today, out ReceivablesFigures figures)
    {
        var cached = Volatile.Read(ref _figures);
        if (cached is not null && cached.LedgerVersion == ledgerVersion && cached.Today == today)
        {
            figures = cached;
            return true;
        }

        figures = default!;
        return false;
    }

    public void Set(ReceivablesFigures figures) => Volatile.Write(ref _figures, figures);
}

/// <summary>What <see cref="ReceivablesFiguresCache"/> keeps: the figures and the ledger Version and day they hold for.</summary>
public sealed record ReceivablesFigures(int LedgerVersion, DateOnly Today, int OpenInvoices, int OverdueEntries, IReadOnlyList<(string Currency, decimal Amount)> Overdue);
