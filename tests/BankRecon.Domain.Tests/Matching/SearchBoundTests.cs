using System.Globalization;
using BankRecon.Domain.Matching;

namespace BankRecon.Domain.Tests.Matching;

/// <summary>
/// The per-line search bounds (docs/domain/matching.md, "Bounds") keep the work per line independent of the ledger's
/// size. These cases are the extremes a large ledger produces: one party with thousands of open entries, and one name
/// that thousands of parties share. The work is checked through the engine's own counts, never through time.
/// </summary>
public sealed class SearchBoundTests
{
    private static readonly string FjordkraftIban = MatchScenario.NorwegianIban("86011117947");

    [Fact]
    public void Party_with_thousands_of_open_invoices_still_gets_its_exact_reference_match()
    {
        var scenario = MatchScenario.Ours().Customer("C1", "Fjordkraft AS", FjordkraftIban);
        for (var i = 0; i < 5000; i++) scenario.Invoice("C1", 1000m + i, "5" + i.ToString("D5", CultureInfo.InvariantCulture));
        var kid = MatchScenario.Kid("4321777");
        var paid = scenario.Invoice("C1", 777.50m, "600001", paymentReference: kid);
        scenario.Line(777.50m, "Betaling", account: FjordkraftIban, reference: kid);
        var statistics = new MatchStatistics();

        var proposal = MatchingEngine.Match(scenario.Lines, scenario.Entries, scenario.Settings, statistics).Proposals[0];

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        Assert.Equal(777.50m, proposal.AmountFor(paid));
        Assert.Single(proposal.Applications);
        // the searches for combinations and credit memos read at most MaxEntriesPerParty entries of each sign
        Assert.InRange(statistics.PartyEntriesRead, 1, 2 * scenario.Settings.MaxEntriesPerParty);
    }

    [Fact]
    public void Open_credit_memo_is_found_although_the_party_has_thousands_of_open_invoices()
    {
        var scenario = MatchScenario.Ours().Customer("C1", "Fjordkraft AS", FjordkraftIban);
        var early = MatchScenario.StatementDate.AddDays(-90);
        for (var i = 0; i < 3000; i++) scenario.Invoice("C1", 2000m + i, "5" + i.ToString("D5", CultureInfo.InvariantCulture), postingDate: early);
        var invoice = scenario.Invoice("C1", 5000m, "163802", postingDate: MatchScenario.StatementDate.AddDays(-20));
        var credit = scenario.Invoice("C1", 750m, "CR-24171", documentType: DocumentType.CreditMemo, postingDate: MatchScenario.StatementDate.AddDays(-10));
        scenario.Line(4250m, "fakt.nr 163802", account: FjordkraftIban);

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        Assert.Equal("Invoice less open credit memo", proposal.Rule);
        Assert.Equal(5000m, proposal.AmountFor(invoice));
        Assert.Equal(-750m, proposal.AmountFor(credit));
    }

    [Fact]
    public void Name_shared_by_thousands_of_customers_reads_a_bounded_number_of_postings_and_a_tie_is_not_applied()
    {
        var scenario = SharedNameLedger(customers: 3000);
        var first = scenario.Invoice("C00017", 4500m, "700001");
        var second = scenario.Invoice("C02950", 4500m, "700002");
        scenario.Line(4500m, "Betaling", name: "NORDLYS HANDEL AS");
        var statistics = new MatchStatistics();

        var result = MatchingEngine.Match(scenario.Lines, scenario.Entries, scenario.Settings, statistics);
        var proposal = result.Proposals[0];

        Assert.NotEqual(MatchConfidence.High, proposal.Confidence);
        var proposed = new[] { proposal.Applications }.Concat(proposal.Alternatives.Select(a => a.Applications))
            .Select(applications => applications.Single().EntryId).ToList();
        Assert.Contains(first.EntryId, proposed);
        Assert.Contains(second.EntryId, proposed);
        // every name list of 3000 parties is over the cap: the whole-name list is read up to it, the word lists not at all
        Assert.InRange(statistics.NamePostingsRead, 1, 2 * scenario.Settings.MaxNamePostings);
        Assert.True(statistics.NameListsSkipped > 0);
        Assert.InRange(statistics.CandidatesEvaluated, 2, scenario.Settings.MaxCandidatesPerLine);
    }

    [Fact]
    public void Name_shared_by_thousands_of_customers_still_finds_the_one_with_a_unique_amount()
    {
        var scenario = SharedNameLedger(customers: 3000);
        var paid = scenario.Invoice("C02950", 4321.55m, "700002");
        scenario.Line(4321.55m, "Betaling", name: "NORDLYS HANDEL AS");

        var proposal = scenario.Single();

        Assert.Equal(MatchConfidence.High, proposal.Confidence);
        Assert.Equal(4321.55m, proposal.AmountFor(paid));
        Assert.Equal(new MatchAccount(MatchAccountType.Customer, "C02950"), proposal.Account);
    }

    /// <summary>Customers that all have the same name, each with one open invoice of its own amount.</summary>
    private static MatchScenario SharedNameLedger(int customers)
    {
        var scenario = MatchScenario.Ours();
        scenario.Settings = scenario.Settings with { MaxNamePostings = 100 };
        for (var i = 0; i < customers; i++)
        {
            var no = "C" + i.ToString("D5", CultureInfo.InvariantCulture);
            scenario.Customer(no, "Nordlys Handel AS");
            scenario.Invoice(no, 10_000m + i * 3.17m, "9" + i.ToString("D5", CultureInfo.InvariantCulture));
        }

        return scenario;
    }
}
