using BankRecon.Importers.Abstractions;
using BankRecon.TestKit;

namespace BankRecon.Importers.Tests.Camt;

/// <summary>
/// Every camt file under TestData/camt (the real published samples and our own quirk fixtures) parsed through the
/// public front door and compared, field by field, with its reviewed *.expected.json.
/// </summary>
public sealed class CamtGoldenTests
{
    private static readonly string Folder = Path.Combine(GoldenFile.ProjectDirectory(), "TestData", "camt");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Folder, "*.xml").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(file!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Camt_file_parses_to_its_reviewed_golden_output(string file)
    {
        using var stream = File.OpenRead(Path.Combine(Folder, file));

        var result = StatementReader.Read(stream);

        Assert.Equal(StatementFormat.Camt, result.Format);
        GoldenFile.Verify(ParseResultJson.Serialize(result), Path.Combine(Folder, file + ".expected.json"));
    }
}
