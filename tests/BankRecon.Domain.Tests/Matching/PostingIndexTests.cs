using BankRecon.Domain.Matching.Engine;

namespace BankRecon.Domain.Tests.Matching;

/// <summary>The inverted index under every look-up of the matching engine (references, document numbers, names).</summary>
public sealed class PostingIndexTests
{
    [Fact]
    public void Each_key_gives_its_ids_in_the_order_added_and_an_id_added_twice_once()
    {
        var index = new PostingIndex(postings: 8, chars: 32);
        index.Add("HANSEN", 1);
        index.Add("BYGG", 1);
        index.Add("HANSEN", 1);     // "Hansen & Hansen Bygg": one party, the word twice
        index.Add("HANSEN", 4);
        index.Add("BERG".AsSpan(), 7);
        index.Add("HANSEN", 9);
        index.Freeze();

        Assert.Equal([1, 4, 9], index.Get("HANSEN").ToArray());
        Assert.Equal([1], index.Get("BYGG".AsSpan()).ToArray());
        Assert.Equal([7], index.Get("BERG").ToArray());
        Assert.True(index.Get("HANS").IsEmpty);
        Assert.True(index.Get("").IsEmpty);
        Assert.Equal(3, index.KeyCount);
    }

    [Fact]
    public void Far_more_keys_than_expected_are_all_found()
    {
        var index = new PostingIndex(postings: 4, chars: 4);
        for (var i = 0; i < 50_000; i++) index.Add("KID" + (i % 20_000).ToString(System.Globalization.CultureInfo.InvariantCulture), i);
        index.Freeze();

        Assert.Equal(20_000, index.KeyCount);
        for (var k = 0; k < 20_000; k++)
        {
            var ids = index.Get("KID" + k.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var expected = k < 10_000 ? new[] { k, k + 20_000, k + 40_000 } : new[] { k, k + 20_000 };
            Assert.Equal(expected, ids.ToArray());
        }
    }

    [Fact]
    public void Indexes_frozen_one_after_another_with_the_same_working_arrays_each_keep_their_own_keys()
    {
        // a large index first leaves its working arrays full of its postings; the small one after it must not see them,
        // and a larger one after that must get arrays big enough
        var scratch = new PostingScratch();
        var large = new PostingIndex(postings: 4, chars: 4);
        for (var i = 0; i < 5_000; i++) large.Add("INV" + (i % 1_000).ToString(System.Globalization.CultureInfo.InvariantCulture), i);
        large.Freeze(scratch);
        var small = new PostingIndex(postings: 4, chars: 4);
        small.Add("KID1", 3);
        small.Add("KID2", 5);
        small.Add("KID1", 8);
        small.Freeze(scratch);
        var larger = new PostingIndex(postings: 4, chars: 4);
        for (var i = 0; i < 9_000; i++) larger.Add("RF" + (i % 3_000).ToString(System.Globalization.CultureInfo.InvariantCulture), i);
        larger.Freeze(scratch);

        Assert.Equal(1_000, large.KeyCount);
        Assert.Equal([7, 1_007, 2_007, 3_007, 4_007], large.Get("INV7").ToArray());
        Assert.Equal(2, small.KeyCount);
        Assert.Equal([3, 8], small.Get("KID1").ToArray());
        Assert.Equal([5], small.Get("KID2").ToArray());
        Assert.True(small.Get("INV7").IsEmpty);
        Assert.Equal(3_000, larger.KeyCount);
        Assert.Equal([2_999, 5_999, 8_999], larger.Get("RF2999").ToArray());
        Assert.Equal([7, 1_007, 2_007, 3_007, 4_007], large.Get("INV7").ToArray());
    }

    [Fact]
    public void An_empty_index_finds_nothing() =>
        Assert.True(new PostingIndex(postings: 0, chars: 0).Freeze().Get("INV1042").IsEmpty);
}
