using BankRecon.Importers.Csv;

namespace BankRecon.Importers.Tests.Csv;

public sealed class CsvProfileSerializerTests
{
    public static TheoryData<string> BuiltInNames => [.. CsvProfiles.BuiltIn.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(BuiltInNames))]
    public void Built_in_profile_survives_a_json_round_trip(string name)
    {
        var profile = CsvProfiles.Find(name)!;

        var json = CsvProfileSerializer.Serialize(profile);
        var back = CsvProfileSerializer.Deserialize(json);

        Assert.Equal(json, CsvProfileSerializer.Serialize(back));
        Assert.Equal(profile.Delimiter, back.Delimiter);
        Assert.Equal(profile.ThousandsSeparator, back.ThousandsSeparator);
        Assert.Equal(profile.AmountLayout, back.AmountLayout);
        Assert.Equal(profile.Columns, back.Columns);
        Assert.Equal(profile.TextColumns, back.TextColumns);
        Assert.Equal(profile.PendingMarkers, back.PendingMarkers);
        Assert.Equal(profile.Notes, back.Notes);
    }

    [Fact]
    public void Json_is_readable_for_people()
    {
        var json = CsvProfileSerializer.Serialize(CsvProfiles.SbankenNo);

        Assert.Contains("\"delimiter\": \"\\t\"", json, StringComparison.Ordinal);
        Assert.Contains("\"amountLayout\": \"DebitCredit\"", json, StringComparison.Ordinal);
        Assert.Contains("INN PÅ KONTO", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Hand_written_profile_with_defaults_is_read()
    {
        const string json = """
            { "name": "my-bank", "datePattern": "dd.MM.yyyy", "bookingDateColumn": "Dato", "amountColumn": "Beløp", "delimiter": ";" }
            """;

        Assert.True(CsvProfileSerializer.TryDeserialize(json, out var profile, out var error), error);
        Assert.Equal("my-bank", profile.Name);
        Assert.Equal(',', profile.DecimalSeparator);
        Assert.Equal(CsvAmountLayout.Signed, profile.AmountLayout);
        Assert.Contains("UT", profile.DebitMarkers);
    }

    [Theory]
    [InlineData("{ \"name\": \"x\", \"amountColumn\": \"A\" }", "booking date")]
    [InlineData("{ \"name\": \"x\", \"bookingDateColumn\": \"D\", \"amountLayout\": \"DebitCredit\", \"debitColumn\": \"Ut\" }", "debit and the credit")]
    [InlineData("{ \"name\": \"x\", \"bookingDateColumn\": \"D\", \"amountColumn\": \"A\", \"encoding\": \"klingon\" }", "klingon")]
    [InlineData("{ \"bookingDateColumn\": \"D\" }", "name")]
    [InlineData("not json", "cannot be read")]
    public void Invalid_profile_json_is_refused_with_a_reason(string json, string reason)
    {
        Assert.False(CsvProfileSerializer.TryDeserialize(json, out _, out var error));
        Assert.Contains(reason, error, StringComparison.OrdinalIgnoreCase);
    }
}
