using BankRecon.Application.Parties;
using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Company;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;
using BankRecon.Persistence;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.Documents;

/// <summary>
/// The master data a document posting reads (party, company, posting setup, rates, accounts, series, terms, bank
/// accounts), all tracked by the posting's context. One posting reads each from the database. A batch of postings in
/// one transaction that no one else can change under it (the demo seeder) reads each once and keeps it
/// (<see cref="ForBatch"/>): the same rows, fewer round trips.
/// </summary>
internal sealed class PostingReferenceData
{
    private readonly BankReconDbContext _db;
    private readonly bool _keep;
    private readonly Dictionary<(PartyType, string), Party?> _parties = [];
    private readonly Dictionary<string, List<ExchangeRate>?> _rates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NumberSeries?> _series = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, PaymentTerms?> _terms = [];
    private CompanySettings? _company;
    private PostingSetup? _setup;
    private List<GlAccount>? _accounts;
    private List<BankAccount>? _bankAccounts;

    private PostingReferenceData(BankReconDbContext db, bool keep)
    {
        _db = db;
        _keep = keep;
    }

    public static PostingReferenceData ForOnePosting(BankReconDbContext db) => new(db, keep: false);

    public static PostingReferenceData ForBatch(BankReconDbContext db) => new(db, keep: true);

    public Task<Party?> PartyAsync(PartyType type, string no, CancellationToken cancellationToken) =>
        KeepAsync(_parties, (type, no), () => _db.Parties(type).SingleOrDefaultAsync(p => p.No == no, cancellationToken));

    public async Task<CompanySettings?> CompanyAsync(CancellationToken cancellationToken) =>
        _keep && _company is not null ? _company : _company = await _db.CompanySettings.SingleOrDefaultAsync(cancellationToken);

    public async Task<PostingSetup?> SetupAsync(CancellationToken cancellationToken) =>
        _keep && _setup is not null ? _setup : _setup = await _db.PostingSetups.SingleOrDefaultAsync(cancellationToken);

    public async Task<List<ExchangeRate>> RatesAsync(string currency, CancellationToken cancellationToken) =>
        (await KeepAsync(_rates, currency, async () => await _db.ExchangeRates.Where(r => r.Currency == currency).ToListAsync(cancellationToken)))!;

    /// <summary>The accounts among <paramref name="accountNos"/> that exist.</summary>
    public async Task<List<GlAccount>> GlAccountsAsync(List<string?> accountNos, CancellationToken cancellationToken)
    {
        if (!_keep) return await _db.GlAccounts.Where(g => accountNos.Contains(g.No)).ToListAsync(cancellationToken);
        _accounts ??= await _db.GlAccounts.ToListAsync(cancellationToken);
        return [.. _accounts.Where(g => accountNos.Contains(g.No))];
    }

    public Task<NumberSeries?> SeriesAsync(string code, CancellationToken cancellationToken) =>
        KeepAsync(_series, code, () => _db.NumberSeries.SingleOrDefaultAsync(s => s.Code == code, cancellationToken));

    public Task<PaymentTerms?> TermsAsync(Guid id, CancellationToken cancellationToken) =>
        KeepAsync(_terms, id, () => _db.PaymentTerms.SingleOrDefaultAsync(t => t.Id == id, cancellationToken));

    /// <summary>The open bank account <paramref name="no"/>, or with no number the first open one in <paramref name="currency"/>.</summary>
    public async Task<BankAccount?> PaymentBankAccountAsync(string? no, string currency, CancellationToken cancellationToken)
    {
        if (!_keep)
        {
            var open = _db.BankAccounts.Where(b => !b.Blocked);
            return !string.IsNullOrWhiteSpace(no)
                ? await open.SingleOrDefaultAsync(b => b.No == no, cancellationToken)
                : await open.Where(b => b.Currency == currency).OrderBy(b => b.No).FirstOrDefaultAsync(cancellationToken);
        }

        _bankAccounts ??= await _db.BankAccounts.Where(b => !b.Blocked).OrderBy(b => b.No).ToListAsync(cancellationToken);
        return !string.IsNullOrWhiteSpace(no)
            ? _bankAccounts.SingleOrDefault(b => b.No == no)
            : _bankAccounts.FirstOrDefault(b => b.Currency == currency);
    }

    private async Task<TValue?> KeepAsync<TKey, TValue>(Dictionary<TKey, TValue?> kept, TKey key, Func<Task<TValue?>> load)
        where TKey : notnull
    {
        if (_keep && kept.TryGetValue(key, out var value)) return value;
        value = await load();
        if (_keep) kept[key] = value;
        return value;
    }
}
