using System.Runtime.CompilerServices;
using Xunit;

namespace BankRecon.TestKit;

/// <summary>
/// Compares text with a checked-in expected file next to the test sources. Set BANKRECON_UPDATE_GOLDEN=1 to (re)write
/// the expected files instead; then read the diff by hand before committing it — a golden file is only as good as
/// the review it got.
/// </summary>
public static class GoldenFile
{
    public const string UpdateVariable = "BANKRECON_UPDATE_GOLDEN";

    public static bool Updating => Environment.GetEnvironmentVariable(UpdateVariable) == "1";

    /// <summary>The test project's source directory (the nearest folder with a .csproj above the calling file).</summary>
    public static string ProjectDirectory([CallerFilePath] string callerFile = "")
    {
        var directory = Path.GetDirectoryName(callerFile);
        while (directory is not null && Directory.GetFiles(directory, "*.csproj").Length == 0)
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException($"No project directory above {callerFile}.");
    }

    /// <summary>Asserts that <paramref name="actual"/> equals the file at <paramref name="expectedPath"/> (absolute).</summary>
    public static void Verify(string actual, string expectedPath)
    {
        actual = actual.ReplaceLineEndings("\n");
        if (Updating)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(expectedPath)!);
            File.WriteAllText(expectedPath, actual);
            return;
        }

        Assert.True(File.Exists(expectedPath), $"Golden file {expectedPath} is missing. Run the tests with {UpdateVariable}=1 to create it, then review it.");
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        if (expected == actual) return;

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var first = 0;
        while (first < expectedLines.Length && first < actualLines.Length && expectedLines[first] == actualLines[first]) first++;
        Assert.Fail($"Output differs from {Path.GetFileName(expectedPath)} at line {first + 1}:\n" +
                    $"  expected: {(first < expectedLines.Length ? expectedLines[first] : "<end of file>")}\n" +
                    $"  actual:   {(first < actualLines.Length ? actualLines[first] : "<end of file>")}\n" +
                    $"(set {UpdateVariable}=1 to rewrite, then review the diff)");
    }
}
