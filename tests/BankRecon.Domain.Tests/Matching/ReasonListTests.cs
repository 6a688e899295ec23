using System.Globalization;
using System.Text;
using BankRecon.Domain.Matching;

namespace BankRecon.Domain.Tests.Matching;

/// <summary>
/// The engine keeps reasons as UTF-8 text in blocks shared by many proposals (<see cref="ReasonList"/>). Whatever block a
/// proposal's reasons land in, and however the lines are split over threads, each reads back as the sentence written.
/// </summary>
public sealed class ReasonListTests
{
    [Fact]
    public void Every_line_of_a_long_statement_reads_back_its_own_reasons_with_nordic_letters_intact()
    {
        // 1 500 lines on both threads, each with its own payer: several hundred kilobytes of reasons, so many blocks
        const int count = 1_500;
        var scenario = MatchScenario.Ours();
        var ibans = new string[count];
        for (var i = 0; i < count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            ibans[i] = MatchScenario.NorwegianIban((10_000_000_000L + i).ToString(CultureInfo.InvariantCulture));
            scenario.Customer("C" + n, $"Ødegård Rørleggerbedrift {n} AS", ibans[i]);
            scenario.Invoice("C" + n, 1_000m + i, "INV-" + n);
        }

        for (var i = 0; i < count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            scenario.Line(1_000m + i, text: $"Faktura INV-{n} fra Ødegård, takk for handelen", name: $"Ødegård Rørleggerbedrift {n} AS", account: ibans[i]);
        }

        var proposals = scenario.Run().Proposals;

        for (var i = 0; i < count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            var reasons = proposals[i].Reasons;
            Assert.Contains($"invoice INV-{n} found in the text", reasons);
            Assert.Contains($"amount equals the remaining amount of invoice INV-{n}", reasons);
            Assert.Contains(reasons, r => r.StartsWith("IBAN NO", StringComparison.Ordinal) && r.EndsWith($"belongs to customer C{n} Ødegård Rørleggerbedrift {n} AS", StringComparison.Ordinal));
            var list = Assert.IsType<ReasonList>(reasons);
            for (var r = 0; r < list.Count; r++) Assert.Equal(list[r], Encoding.UTF8.GetString(list.Utf8(r)));
            Assert.Equal(list.ToArray(), list.ToArray());
        }
    }

    [Fact]
    public void A_reason_past_the_end_of_the_list_is_refused()
    {
        var scenario = MatchScenario.Ours();
        scenario.Customer("C1", "Havbris AS");
        scenario.Invoice("C1", 500m, "103456");
        scenario.Line(500m, text: "103456");

        var list = Assert.IsType<ReasonList>(scenario.Single().Reasons);

        Assert.Throws<ArgumentOutOfRangeException>(() => list.Utf8(list.Count));
        Assert.Throws<ArgumentOutOfRangeException>(() => list.Utf8(-1));
        Assert.Empty(ReasonList.Empty);
    }
}
