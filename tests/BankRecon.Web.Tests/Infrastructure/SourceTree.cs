namespace BankRecon.Web.Tests.Infrastructure;

/// <summary>Finds files of the repository from the test's bin folder (tests read resources and views as text).</summary>
public static class SourceTree
{
    public static string WebProject { get; } = Path.Combine(FindRoot(), "src", "BankRecon.Web");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BankRecon.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("BankRecon.sln not found above " + AppContext.BaseDirectory);
    }
}
