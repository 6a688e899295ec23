using BankRecon.Domain.Matching.Engine;

namespace BankRecon.Domain.Tests.Matching;

/// <summary>The text normalisation the engine's evidence rests on.</summary>
public sealed class TextEvidenceTests
{
    [Theory]
    [InlineData("INV-1042", "INV1042")]
    [InlineData("inv 001042", "INV1042")]
    [InlineData("2026/000123", "2026000123")]   // one digit group once separators go; only its leading zeros drop
    [InlineData("A-0-7", "")]             // too short once normalised
    [InlineData("103456", "103456")]
    [InlineData("Ø-1000", "O1000")]
    public void Document_keys_ignore_case_separators_and_leading_zeros(string documentNo, string key) =>
        Assert.Equal(key, Key(documentNo));

    [Theory]
    [InlineData("INV-1042", "1042")]
    [InlineData("AB-12345-X", "12345")]
    [InlineData("103456", "")]            // already only digits: the full key is the number
    public void Digit_group_key_is_the_longest_digit_group(string documentNo, string digits)
    {
        var key = Key(documentNo);
        Assert.Equal(digits, key[DocumentKey.DigitsOnly(key)]);
    }

    private static string Key(string documentNo)
    {
        var buffer = new char[documentNo.Length * 2];
        return new string(buffer, 0, DocumentKey.Full(documentNo, buffer));
    }

    [Fact]
    public void Atoms_split_letters_from_digits_and_join_across_short_separators()
    {
        var atoms = new TextAtoms();
        atoms.Append("Faktura inv1042, KID: 0010 3456");

        var texts = Enumerable.Range(0, atoms.Count).Select(i => atoms.Span(i).ToString()).ToArray();

        Assert.Equal(["FAKTURA", "INV", "1042", "KID", "0010", "3456"], texts);
        Assert.True(atoms.Atoms[2].JoinsPrevious);     // INV|1042: letter-digit boundary
        Assert.False(atoms.Atoms[3].JoinsPrevious);    // ", " contains a comma: not a joining separator
        Assert.True(atoms.Atoms[5].JoinsPrevious);     // "0010 3456"
        Assert.Equal("INV1042", atoms.Span(1, 2).ToString());
    }

    [Fact]
    public void Atoms_never_join_two_appended_texts()
    {
        var atoms = new TextAtoms();
        atoms.Append("Faktura 1042");
        atoms.Append("1043");

        Assert.False(atoms.Atoms[2].JoinsPrevious);
    }

    [Theory]
    [InlineData("Fjordkraft AS", "FJORDKRAFT")]
    [InlineData("fjordkraft a/s", "FJORDKRAFT")]
    [InlineData("Bjørn Ødegård", "BJORN ODEGARD")]
    [InlineData("Ødegård, Bjørn", "BJORN ODEGARD")]
    [InlineData("Müller GmbH", "MULLER")]
    [InlineData("Kjøkkenæra Oy", "KJOKKENAERA")]
    [InlineData("AS", "AS")]                            // a name that is only a suffix keeps it
    public void Name_profiles_fold_case_diacritics_word_order_and_legal_suffixes(string name, string sortedKey) =>
        Assert.Equal(sortedKey, NameProfile.Create(name).SortedKey);

    [Fact]
    public void Profiles_made_with_shared_words_equal_their_own_and_share_one_string_per_word()
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);

        var first = NameProfile.Create("Nygård og Sørensen Bygg AS", words);
        var second = NameProfile.Create("Bygg Nygård A/S", words);
        var alone = NameProfile.Create("Nygård og Sørensen Bygg AS");

        Assert.Equal(alone.Tokens, first.Tokens);
        Assert.Equal(alone.SortedKey, first.SortedKey);
        Assert.Equal(alone.Compact, first.Compact);
        Assert.Equal(alone.EndsWithLegalSuffix, first.EndsWithLegalSuffix);
        Assert.Same(first.Tokens[0], second.Tokens[1]);   // NYGARD
        Assert.Same(first.Tokens[2], second.Tokens[0]);   // BYGG
    }

    [Fact]
    public void Abbreviated_words_are_marked_and_a_name_part_reads_like_a_whole_name()
    {
        var profile = NameProfile.Create("Entr. O. Hansen AS");

        Assert.Equal(["ENTR", "O", "HANSEN"], profile.Tokens);
        Assert.Equal([true, true, false], profile.Abbreviated);
        Assert.Equal(NameProfile.Create("HANSEN BYGG").SortedKey, NameProfile.Create("HANSEN BYGG, STORGATA 1".AsSpan(0, 11)).SortedKey);
    }

    [Theory]
    [InlineData("INV-001042", "inv 1042", false)]     // leading zeros count here: only case and separators are ignored
    [InlineData("INV-1042", "inv 1042", true)]
    [InlineData("Ø-1000", "O1000", true)]
    [InlineData("", null, true)]
    [InlineData("1042", "10420", false)]
    public void Alphanumeric_comparison_agrees_with_folding_both_texts(string a, string? b, bool same)
    {
        Assert.Equal(same, TextFold.SameAlphanumeric(a, b));
        Assert.Equal(same, TextFold.FoldAlphanumeric(a) == TextFold.FoldAlphanumeric(b));
    }

    [Theory]
    [InlineData("Fjordkraft AS", "FJORDKRAFT", 1.0)]
    [InlineData("Fjord Kraft AS", "Fjordkraft AS", 0.99)]
    [InlineData("Fjordkraft Energiservice AS", "FJORDKRAFT ENERGISERV", 1.0)]
    public void Equal_and_truncated_names_are_strong(string party, string payer, double expected) =>
        Assert.Equal(expected, NameSimilarity.Calculate(NameProfile.Create(payer), NameProfile.Create(party), payer.Length), 2);

    [Theory]
    [InlineData("Fjordkraft AS", "Fjordkarft AS")]        // transposition
    [InlineData("Havbris Transport AS", "Havbris Transprt")]  // deletion
    public void Small_typos_are_similar_but_not_strong(string party, string payer)
    {
        var similarity = NameSimilarity.Calculate(NameProfile.Create(payer), NameProfile.Create(party), payer.Length);

        Assert.InRange(similarity, NameSimilarity.Fuzzy, NameSimilarity.Strong - 0.0001);
    }

    [Theory]
    [InlineData("Fjordkraft AS", "Havbris AS")]
    [InlineData("Fjordkraft Energi AS", "Fjordkraft Energiservice AS")]   // not truncated: written with its suffix
    [InlineData("Ola Hansen", "Ole Hansen Bygg")]
    public void Different_names_are_not_similar(string party, string payer) =>
        Assert.True(NameSimilarity.Calculate(NameProfile.Create(payer), NameProfile.Create(party), payer.Length) < NameSimilarity.Fuzzy);

    [Theory]
    [InlineData("kitten", "sitting", 3, 3)]
    [InlineData("FJORDKRAFT", "FJORDKARFT", 2, 1)]
    [InlineData("ABC", "ABCDEFG", 2, 3)]
    public void Edit_distance_counts_transpositions_once_and_stops_past_the_bound(string a, string b, int bound, int expected) =>
        Assert.Equal(expected, NameSimilarity.BoundedEditDistance(a, b, bound));

    [Theory]
    [InlineData("FJORDKRAFT AS", "Fjordkraft AS", 100)]
    [InlineData("Fjordkraft", "Fjordkraft Nord AS", 100)]     // the shorter string is fully contained
    [InlineData("Fjordkarft AS", "Fjordkraft AS", 84)]     // FJORDK + FT AS = 11 of 13
    [InlineData("ABC", "ABC", 0)]                              // common substrings below 4 characters do not count
    public void Business_central_nearness_sums_long_common_substrings_over_the_shorter_length(string a, string b, int nearness) =>
        Assert.Equal(nearness, StringNearness.Calculate(a, b));

    [Fact]
    public void Combination_search_prefers_the_oldest_entries_and_counts_alternatives()
    {
        Span<int> solutions = stackalloc int[3];

        var found = CombinationSearch.Find([100, 200, 300, 400], 500, minSize: 2, maxSize: 4, solutions);

        Assert.Equal(2, found);
        Assert.Equal(0b1001, solutions[0]);   // 100 + 400: takes the oldest first
        Assert.Equal(0b0110, solutions[1]);   // 200 + 300
    }

    [Fact]
    public void Combination_search_finds_nothing_when_no_subset_adds_up()
    {
        Span<int> solutions = stackalloc int[3];

        Assert.Equal(0, CombinationSearch.Find([300, 450, 1200], 700, minSize: 2, maxSize: 3, solutions));
    }
}
