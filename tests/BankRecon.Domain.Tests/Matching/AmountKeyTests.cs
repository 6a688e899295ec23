using BankRecon.Domain.Matching;
using BankRecon.Domain.Matching.Engine;

namespace BankRecon.Domain.Tests.Matching;

/// <summary>The sorted amounts an amount band is looked up in.</summary>
public sealed class AmountKeyTests
{
    [Fact]
    public void A_pool_sorted_by_radix_is_in_the_same_order_as_one_sorted_by_comparison()
    {
        var random = new Random(7);
        var source = new OpenEntry("E1", PartyType.Customer, "C1", "Kunde AS", [], null, null, DocumentType.Invoice, "1001", null, null,
            new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 15), "NOK", 1m);
        var entries = new IndexedEntry[5000];
        for (var i = 0; i < entries.Length; i++)
        {
            // few distinct amounts, many over 2^22 minor units: ties and several radix passes
            var remaining = random.Next(4) == 0 ? random.Next(1, 50) * 100_000L : random.Next(1, 30) * 1_000L;
            var discount = random.Next(3) == 0 ? remaining / 50 : 0;
            entries[i] = new IndexedEntry
            {
                Source = source, Index = i, Party = 0, Sign = 1, Currency = "NOK", Remaining = remaining, Discount = discount,
                PostingDate = source.PostingDate, DueDate = source.DueDate, DiscountDate = source.DueDate, Reference = "",
            };
        }

        var all = Enumerable.Range(0, entries.Length).ToArray();
        var byRadix = new AmountKey[AmountKey.CountFor(all, entries)];
        var byComparison = new AmountKey[byRadix.Length];

        AmountKey.FillAscending(all, entries, byRadix);
        AmountKey.Fill(all, entries, byComparison);

        Assert.Equal(byComparison, byRadix);
        Assert.True(byRadix.Length > entries.Length);
    }
}
