using System.Globalization;
using BankRecon.Domain.Matching;
using FsCheck;
using FsCheck.Fluent;

namespace BankRecon.Domain.Tests.Matching;

/// <summary>
/// Properties that must hold for any input, checked with FsCheck over generated statements and ledgers in which
/// amounts, references, names and accounts collide on purpose.
/// </summary>
public sealed class MatchingEngineInvariantTests
{
    private static readonly decimal[] Amounts = [100m, 250m, 500m, 500m, 1000m, 1250m, 980m];
    private static readonly string[] Names = ["Fjordkraft AS", "Fjordkraft Nord AS", "Havbris AS", "Telenor Norge AS", "Bjørn Ødegård"];

    [Fact]
    public void No_entry_is_ever_applied_beyond_its_remaining_amount() => Check(c =>
    {
        var result = Run(c, c.Lines, c.Entries);
        foreach (var entry in c.Entries)
        {
            var used = result.Proposals.SelectMany(p => p.Applications).Where(a => a.EntryId == entry.EntryId)
                .Sum(a => Math.Abs(a.Amount) + Math.Abs(a.PaymentDiscount) + Math.Abs(a.BankCharges));
            Assert.True(used <= Math.Abs(entry.RemainingAmount), $"{entry.EntryId}: {used} applied of {entry.RemainingAmount}");
        }
    });

    [Fact]
    public void Applications_net_to_at_most_the_line_and_each_carries_its_entrys_sign() => Check(c =>
    {
        // a credit memo netted against an invoice is applied with its own (opposite) sign; the total keeps the line's
        var byId = c.Entries.ToDictionary(e => e.EntryId);
        var result = Run(c, c.Lines, c.Entries);
        Assert.Equal(c.Lines.Count, result.Proposals.Count);
        for (var i = 0; i < c.Lines.Count; i++)
        {
            var proposal = result.Proposals[i];
            Assert.Same(c.Lines[i], proposal.Line);
            var total = proposal.Applications.Sum(a => a.Amount);
            Assert.True(total * proposal.Line.Amount >= 0m && Math.Abs(total) <= Math.Abs(proposal.Line.Amount), $"{total} applied of {proposal.Line.Amount}");
            Assert.All(proposal.Applications, a => Assert.True(a.Amount * byId[a.EntryId].RemainingAmount >= 0m && a.PaymentDiscount * byId[a.EntryId].RemainingAmount >= 0m
                && a.BankCharges * byId[a.EntryId].RemainingAmount >= 0m));
            Assert.All(proposal.Applications, a => Assert.True(a.Amount != 0m || a.PaymentDiscount != 0m));
            var sameSign = proposal.Applications.Where(a => a.Amount * proposal.Line.Amount > 0m).Sum(a => Math.Abs(a.Amount));
            Assert.True(sameSign <= Math.Abs(proposal.Line.Amount) || proposal.Applications.Any(a => a.Amount * proposal.Line.Amount < 0m));
        }
    });

    [Fact]
    public void A_line_is_never_applied_across_parties() => Check(c =>
    {
        var byId = c.Entries.ToDictionary(e => e.EntryId);
        var result = Run(c, c.Lines, c.Entries);
        foreach (var proposal in result.Proposals)
        {
            AssertOneAccount(proposal.Account, proposal.Applications, byId);
            foreach (var alternative in proposal.Alternatives) AssertOneAccount(alternative.Account, alternative.Applications, byId);
        }
    });

    [Fact]
    public void Same_input_gives_the_same_output() => Check(c =>
    {
        var first = Run(c, c.Lines, c.Entries).Proposals.Select(Canonical).ToList();
        var second = Run(c, c.Lines, c.Entries).Proposals.Select(Canonical).ToList();
        Assert.Equal(first, second);
    });

    [Fact]
    public void Shuffled_lines_and_entries_give_the_same_proposal_per_line() => Check(c =>
    {
        var original = Run(c, c.Lines, c.Entries).Proposals.ToDictionary(p => p.Line.LineIndex, Canonical);
        var lines = c.LineOrder.Select(i => c.Lines[i]).ToList();
        var entries = c.EntryOrder.Select(i => c.Entries[i]).ToList();
        var shuffled = Run(c, lines, entries).Proposals;
        for (var i = 0; i < lines.Count; i++)
        {
            Assert.Same(lines[i], shuffled[i].Line);
            Assert.True(original[lines[i].LineIndex] == Canonical(shuffled[i]), $"line {lines[i].LineIndex}:\n{original[lines[i].LineIndex]}\n{Canonical(shuffled[i])}");
        }
    });

    [Fact]
    public void High_proposals_never_need_review_and_always_say_why() => Check(c =>
    {
        foreach (var proposal in Run(c, c.Lines, c.Entries).Proposals)
        {
            Assert.Equal(proposal.Confidence != MatchConfidence.High, proposal.ReviewRequired);
            if (proposal.Confidence == MatchConfidence.None) continue;
            Assert.NotEmpty(proposal.Reasons);
            Assert.False(string.IsNullOrEmpty(proposal.Rule));
            Assert.True(proposal.Alternatives.Count <= c.Settings.MaxAlternatives);
        }
    });

    [Theory]
    [InlineData(RuleSet.Default)]
    [InlineData(RuleSet.BusinessCentral)]
    public void Large_runs_split_over_threads_are_deterministic_and_order_independent(RuleSet ruleSet)
    {
        // enough lines for the engine to spread the per-line work over threads
        var random = new Random(20260310);
        var scenario = MatchScenario.Ours();
        // each rule set with its own bounds (the baseline keeps the ones it was first measured with)
        scenario.Settings = ruleSet == RuleSet.BusinessCentral ? MatchingSettings.BusinessCentral : MatchingSettings.Default;
        for (var p = 0; p < 200; p++)
        {
            scenario.Customer("C" + p.ToString(CultureInfo.InvariantCulture), Names[p % Names.Length] + " " + p.ToString(CultureInfo.InvariantCulture), MatchScenario.NorwegianIban((86011110000L + p).ToString(CultureInfo.InvariantCulture)));
        }

        var entries = new List<OpenEntry>();
        for (var i = 0; i < 2000; i++)
        {
            entries.Add(scenario.Invoice("C" + random.Next(200).ToString(CultureInfo.InvariantCulture), Amounts[random.Next(Amounts.Length)],
                paymentReference: random.Next(3) == 0 ? MatchScenario.Kid((100000 + i).ToString(CultureInfo.InvariantCulture)) : null));
        }

        for (var l = 0; l < 900; l++)
        {
            var entry = entries[random.Next(entries.Count)];
            _ = (l % 3) switch
            {
                0 => scenario.Line(entry.RemainingAmount, reference: entry.PaymentReference),
                1 => scenario.Line(entry.RemainingAmount, "Faktura " + entry.DocumentNo),
                _ => scenario.Line(entry.RemainingAmount, account: entry.PartyAccounts[0]),
            };
        }

        var first = MatchingEngine.Match(scenario.Lines, scenario.Entries, scenario.Settings).Proposals.Select(Canonical).ToList();
        var again = MatchingEngine.Match(scenario.Lines, scenario.Entries, scenario.Settings).Proposals.Select(Canonical).ToList();
        var shuffledLines = scenario.Lines.OrderBy(_ => random.Next()).ToList();
        var shuffledEntries = scenario.Entries.OrderBy(_ => random.Next()).ToList();
        var shuffled = MatchingEngine.Match(shuffledLines, shuffledEntries, scenario.Settings).Proposals.ToDictionary(p => p.Line.LineIndex, Canonical);

        Assert.Equal(first, again);
        Assert.Equal(first, scenario.Lines.Select(line => shuffled[line.LineIndex]));
        Assert.True(first.Count(c => !c.StartsWith("None", StringComparison.Ordinal)) > 600);
    }

    private static void Check(Action<Case> property) =>
        Prop.ForAll(Cases.ToArbitrary(), property).Check(Config.QuickThrowOnFailure.WithMaxTest(150));

    private static MatchResult Run(Case c, List<MatchLine> lines, List<OpenEntry> entries) => MatchingEngine.Match(lines, entries, c.Settings);

    private static void AssertOneAccount(MatchAccount? account, IReadOnlyList<ProposedApplication> applications, Dictionary<string, OpenEntry> byId)
    {
        if (applications.Count == 0) return;
        var parties = applications.Select(a => MatchAccount.For(byId[a.EntryId].PartyType, byId[a.EntryId].PartyNo)).Distinct().ToList();
        Assert.Single(parties);
        Assert.Equal(parties[0], account);
    }

    private static string Canonical(LineProposal p) => string.Join(
        " | ",
        p.Confidence, p.Account, p.Rule, p.Score, p.ReviewRequired,
        string.Join(";", p.Applications.Select(a => $"{a.EntryId}:{a.Amount}:{a.PaymentDiscount}:{a.BankCharges}")),
        string.Join(";", p.Reasons),
        string.Join(" || ", p.Alternatives.Select(x => $"{x.Confidence} {x.Account} {x.Rule} {x.Score} {string.Join(";", x.Applications.Select(a => $"{a.EntryId}:{a.Amount}"))} {string.Join(";", x.Reasons)}")));

    private static Gen<Case> Cases =>
        from entrySpecs in Gen.ArrayOf(EntrySpecs)
        from lineSpecs in Gen.ArrayOf(LineSpecs)
        from ruleSet in Gen.Elements(RuleSet.Default, RuleSet.BusinessCentral)
        from tolerance in Gen.Elements(0m, 1m, 20m)
        from lineOrder in Gen.Shuffle(Enumerable.Range(0, lineSpecs.Length).ToArray())
        from entryOrder in Gen.Shuffle(Enumerable.Range(0, entrySpecs.Length).ToArray())
        select Build(entrySpecs, lineSpecs, ruleSet, tolerance, lineOrder, entryOrder);

    private static Gen<(int Party, int Amount, int Flags)> EntrySpecs =>
        from party in Gen.Choose(0, Names.Length - 1)
        from amount in Gen.Choose(0, Amounts.Length - 1)
        from flags in Gen.Choose(0, 63)
        select (party, amount, flags);

    private static Gen<(int Target, int Mode, int Flags)> LineSpecs =>
        from target in Gen.Choose(0, 40)
        from mode in Gen.Choose(0, 10)
        from flags in Gen.Choose(0, 63)
        select (target, mode, flags);

    private static Case Build((int Party, int Amount, int Flags)[] entrySpecs, (int Target, int Mode, int Flags)[] lineSpecs, RuleSet ruleSet, decimal tolerance, int[] lineOrder, int[] entryOrder)
    {
        var date = MatchScenario.StatementDate;
        var entries = new List<OpenEntry>();
        for (var i = 0; i < entrySpecs.Length; i++)
        {
            var (party, amountIndex, flags) = entrySpecs[i];
            var vendor = party == 3;
            var sign = (vendor ? -1 : 1) * ((flags & 1) == 1 ? -1 : 1);        // flag 1: credit memo
            var amount = Amounts[amountIndex];
            var documentNo = (103450 + i % 7).ToString(CultureInfo.InvariantCulture);   // numbers repeat on purpose
            entries.Add(new OpenEntry(
                "E" + i.ToString("D3", CultureInfo.InvariantCulture),
                vendor ? PartyType.Vendor : PartyType.Customer,
                (vendor ? "V" : "C") + party.ToString(CultureInfo.InvariantCulture),
                Names[party],
                (flags & 2) == 2 ? [MatchScenario.NorwegianIban("8601111794" + party.ToString(CultureInfo.InvariantCulture))] : [],
                null,
                null,
                (flags & 1) == 1 ? DocumentType.CreditMemo : DocumentType.Invoice,
                documentNo,
                (flags & 4) == 4 ? "INV-" + documentNo : null,
                (flags & 8) == 8 ? MatchScenario.Kid("00" + documentNo) : null,
                date.AddDays(-(flags % 20)),
                date.AddDays(-(flags % 20) + 14),
                (flags & 48) == 48 ? "EUR" : "NOK",
                sign * amount,
                (flags & 16) == 16 ? date : null,
                (flags & 16) == 16 ? sign * 20m : 0m));
        }

        var lines = new List<MatchLine>();
        for (var i = 0; i < lineSpecs.Length; i++)
        {
            var (target, mode, flags) = lineSpecs[i];
            var entry = entries.Count == 0 ? null : entries[target % entries.Count];
            var amount = entry?.RemainingAmount ?? 500m;
            if ((flags & 1) == 1) amount = Math.Round(amount / 2, 2);
            if ((flags & 2) == 2) amount += Math.Sign(amount) * 10m;
            if (amount == 0m) amount = 1m;
            string? text = null, name = null, account = null, reference = null;
            switch (mode)
            {
                case 0: reference = entry?.PaymentReference; break;
                case 1: text = "Faktura " + entry?.DocumentNo; break;
                case 2: account = entry?.PartyAccounts is { Count: > 0 } accounts ? accounts[0] : null; break;
                case 3: name = entry?.PartyName; break;
                case 4: text = "Fakturaer " + string.Join(" ", entries.Take(3).Select(e => e.DocumentNo)); amount = entries.Take(3).Sum(e => e.RemainingAmount); break;
                case 5: text = "Gebyr"; break;
                case 6: name = entry?.PartyName?.ToUpperInvariant()[..Math.Min(8, entry.PartyName.Length)]; break;
                case 7: text = entry?.ExternalDocumentNo; account = entry?.PartyAccounts is { Count: > 0 } owned ? owned[0] : null; break;
                case 8: reference = entry?.PaymentReference; account = MatchScenario.NorwegianIban("86011117949"); break;
                case 10:
                    // an invoice less a credit memo of the same party, both named
                    var credit = entries.FirstOrDefault(e => entry is not null && e.PartyNo == entry.PartyNo && e.RemainingAmount * entry.RemainingAmount < 0m);
                    text = "Faktura " + entry?.DocumentNo + " kreditnota " + credit?.DocumentNo;
                    if (credit is not null && Math.Abs(entry!.RemainingAmount) > Math.Abs(credit.RemainingAmount)) amount = entry.RemainingAmount + credit.RemainingAmount;
                    break;
                default: text = "Overføring " + (103450 + flags % 9).ToString(CultureInfo.InvariantCulture); break;
            }

            if (amount == 0m) amount = 1m;
            // flag 4: paid short by 10 with the bank reporting charges of 10 (flag 8 instead: charges the line does not show)
            if ((flags & 4) == 4 && Math.Abs(amount) > 10m) amount -= Math.Sign(amount) * 10m;
            decimal? charges = (flags & 12) == 4 ? 10m : null;
            lines.Add(new MatchLine(1, i + 1, date.AddDays(flags % 3), amount, (flags & 32) == 32 && mode == 5 ? "EUR" : "NOK", text, name, account, reference, ChargesAmount: charges));
        }

        var settings = new MatchingSettings
        {
            RuleSet = ruleSet,
            ToleranceType = ToleranceType.Amount,
            ToleranceValue = tolerance,
            TextMappings = [TextToAccountMapping.ToGlAccounts("Gebyr", "8040", "7770")],
        };
        return new Case(entries, lines, lineOrder, entryOrder, settings);
    }

    public sealed record Case(List<OpenEntry> Entries, List<MatchLine> Lines, int[] LineOrder, int[] EntryOrder, MatchingSettings Settings)
    {
        public override string ToString() =>
            $"{Settings.RuleSet}, tolerance {Settings.ToleranceValue}: {Entries.Count} entries [{string.Join(", ", Entries.Select(e => $"{e.EntryId} {e.PartyNo} {e.DocumentNo} {e.RemainingAmount} {e.PaymentReference}"))}] "
            + $"{Lines.Count} lines [{string.Join(", ", Lines.Select(l => $"{l.LineIndex}: {l.Amount} '{l.Description}' '{l.CounterpartyName}' '{l.CounterpartyAccount}' '{l.Reference}'"))}]";
    }
}
