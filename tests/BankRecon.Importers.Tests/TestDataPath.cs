namespace BankRecon.Importers.Tests;

/// <summary>Fixture files copied next to the test assembly (TestData/&lt;format&gt;/...).</summary>
internal static class TestDataPath
{
    public static string Of(string format, string fileName) => Path.Combine(AppContext.BaseDirectory, "TestData", format, fileName);

    public static IEnumerable<string> All(string format, string pattern = "*") =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "TestData", format), pattern).Order(StringComparer.Ordinal);
}
