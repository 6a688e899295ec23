using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BankRecon.Web.Infrastructure;

/// <summary>
/// Keeps uploaded statement files between the preview and the import, on the server: under
/// <c>&lt;data folder&gt;/uploads/&lt;token&gt;/</c>, where the token is 32 random bytes (base64url). The browser only ever
/// holds the token; file names are never used as paths (files are stored as 0.bin, 1.bin …), a token is bound to the
/// user who uploaded, and uploads expire after <see cref="Lifetime"/> (swept on every new upload). We keep the bytes
/// instead of asking for a re-upload so that the CSV profile can be adjusted and the preview redone without choosing
/// the files again.
/// </summary>
public sealed partial class StatementUploadStore(AppPaths paths, TimeProvider clock, ILogger<StatementUploadStore> logger)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private string Root => Path.Combine(paths.DataFolder, "uploads");

    /// <summary>Stores the files and returns the new token.</summary>
    public async Task<string> SaveAsync(IReadOnlyList<IFormFile> files, StatementUploadManifest manifest, CancellationToken cancellationToken)
    {
        Sweep();
        var token = Base64Url(RandomNumberGenerator.GetBytes(32));
        var folder = Path.Combine(Root, token);
        Directory.CreateDirectory(folder);
        var stored = new List<StatementUploadManifest.File>();
        for (var i = 0; i < files.Count; i++)
        {
            var name = $"{i}.bin";
            await using (var target = new FileStream(Path.Combine(folder, name), FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await files[i].CopyToAsync(target, cancellationToken);
            }

            stored.Add(new StatementUploadManifest.File(Path.GetFileName(files[i].FileName), name, files[i].Length));
        }

        await WriteAsync(folder, manifest with { Files = stored, CreatedAtUtc = clock.GetUtcNow().UtcDateTime }, cancellationToken);
        logger.LogInformation("Stored {FileCount} uploaded statement files ({Bytes} bytes) for {User}", stored.Count, stored.Sum(f => f.Size), manifest.User);
        return token;
    }

    /// <summary>The upload behind a token, if it exists, belongs to <paramref name="user"/> and has not expired.</summary>
    public async Task<StatementUploadManifest?> FindAsync(string? token, string user, CancellationToken cancellationToken)
    {
        var folder = FolderFor(token);
        if (folder is null || !File.Exists(Path.Combine(folder, "manifest.json"))) return null;
        await using var stream = File.OpenRead(Path.Combine(folder, "manifest.json"));
        var manifest = await JsonSerializer.DeserializeAsync<StatementUploadManifest>(stream, Json, cancellationToken);
        if (manifest is null || !string.Equals(manifest.User, user, StringComparison.Ordinal)) return null;
        return clock.GetUtcNow().UtcDateTime - manifest.CreatedAtUtc > Lifetime ? null : manifest with { Token = token! };
    }

    public Task UpdateAsync(StatementUploadManifest manifest, CancellationToken cancellationToken) =>
        FolderFor(manifest.Token) is { } folder ? WriteAsync(folder, manifest, cancellationToken) : Task.CompletedTask;

    /// <summary>Opens the stored files for reading (seekable), in upload order, with the names the user gave them.</summary>
    public IReadOnlyList<(string FileName, Stream Content)> Open(StatementUploadManifest manifest)
    {
        var folder = FolderFor(manifest.Token) ?? throw new InvalidOperationException("The upload token is not valid.");
        return [.. manifest.Files.Select(f => (f.Name, (Stream)new FileStream(Path.Combine(folder, f.Stored), FileMode.Open, FileAccess.Read, FileShare.Read, 81920)))];
    }

    public void Delete(string token)
    {
        if (FolderFor(token) is { } folder && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }

    /// <summary>Removes uploads older than <see cref="Lifetime"/>.</summary>
    public void Sweep()
    {
        if (!Directory.Exists(Root)) return;
        var limit = clock.GetUtcNow().UtcDateTime - Lifetime;
        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            try
            {
                if (Directory.GetCreationTimeUtc(folder) < limit) Directory.Delete(folder, recursive: true);
            }
            catch (IOException ex)
            {
                logger.LogWarning(ex, "Could not remove an expired statement upload");
            }
        }
    }

    /// <summary>The folder of a well-formed token; null for anything else (no path ever comes from the client).</summary>
    private string? FolderFor(string? token) => token is not null && TokenPattern().IsMatch(token) ? Path.Combine(Root, token) : null;

    private static async Task WriteAsync(string folder, StatementUploadManifest manifest, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(Path.Combine(folder, "manifest.json"), FileMode.Create, FileAccess.Write);
        await JsonSerializer.SerializeAsync(stream, manifest with { Token = "" }, Json, cancellationToken);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("^[A-Za-z0-9_-]{43}$")]
    private static partial Regex TokenPattern();
}
