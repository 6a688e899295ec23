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
        Assert.Equal(key, DocumentKey.Full(documentNo));

    [Theory]
    [InlineData("INV-1042", "1042")]
    [InlineData("AB-12345-X", "12345")]
    [InlineData("103456", "")]            // already only digits: the full key is the number
    public void Digit_group_key_is_the_longest_digit_group(string documentNo, string digits) =>
        Assert.Equal(digits, DocumentKey.DigitsOnly(documentNo, DocumentKey.Full(documentNo)));

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
