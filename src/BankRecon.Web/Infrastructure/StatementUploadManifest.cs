namespace BankRecon.Web.Infrastructure;

/// <summary>What the server remembers about an upload: whose it is, the files, and the choices made in the preview.</summary>
public sealed record StatementUploadManifest
{
    public string Token { get; init; } = "";

    public string User { get; init; } = "";

    public DateTime CreatedAtUtc { get; init; }

    public string? BankAccountNo { get; init; }

    public string Format { get; init; } = "Auto";

    /// <summary>The CSV profile as the user adjusted it in the preview (JSON), if they did.</summary>
    public string? CsvProfileJson { get; init; }

    public IReadOnlyList<File> Files { get; init; } = [];

    /// <summary>A stored file: the name the user gave it (shown, never used as a path) and the name it is stored under.</summary>
    public sealed record File(string Name, string Stored, long Size);
}
