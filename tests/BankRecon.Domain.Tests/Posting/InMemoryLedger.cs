using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Posting;

namespace BankRecon.Domain.Tests.Posting;

/// <summary>A ledger in memory for property tests: numbers and keeps what a writer would write to the database.</summary>
internal sealed class InMemoryLedger
{
    private readonly LedgerCounters _counters = new();

    public List<GlEntry> Gl { get; } = [];

    public List<PartyLedgerEntry> Parties { get; } = [];

    public List<BankAccountLedgerEntry> Banks { get; } = [];

    public List<DetailedLedgerEntry> Detailed { get; } = [];

    public long Write(JournalTransaction transaction)
    {
        var transactionNo = _counters.NextTransactionNo();
        foreach (var entry in transaction.NewEntries) entry.AssignNumbers(_counters.NextEntryNo(entry), transactionNo, "test", DateTime.UnixEpoch);
        transaction.LinkReversals();
        Gl.AddRange(transaction.GlEntries);
        Parties.AddRange(transaction.PartyEntries);
        Banks.AddRange(transaction.BankEntries);
        Detailed.AddRange(transaction.DetailedEntries);
        return transactionNo;
    }

    public decimal Balance(Guid glAccountId) => Gl.Where(e => e.GlAccountId == glAccountId).Sum(e => e.Amount);

    public Dictionary<Guid, decimal> Balances() => Gl.GroupBy(e => e.GlAccountId).ToDictionary(g => g.Key, g => g.Sum(e => e.Amount));
}
