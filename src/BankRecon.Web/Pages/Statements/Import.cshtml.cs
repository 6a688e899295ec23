using System.Globalization;
using BankRecon.Application.Statements;
using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Csv;
using BankRecon.Web.Infrastructure;
using BankRecon.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace BankRecon.Web.Pages.Statements;

/// <summary>
/// Upload → preview → (adjust the CSV layout) → import. The uploaded bytes wait on the server under a random token
/// (<see cref="StatementUploadStore"/>); every step is a plain form post followed by a redirect, so the page works
/// without JavaScript (drag and drop is an enhancement of the file picker). Auditors may not import.
/// </summary>
[Authorize(Policy = Policies.CanEdit)]
public sealed class ImportModel(
    PreviewStatementImportHandler previewStatements,
    ImportStatementHandler importStatements,
    ListImportBankAccountsHandler listBankAccounts,
    DemoStatementsHandler demoStatements,
    StatementUploadStore uploads,
    IOptions<StatementImportOptions> options,
    IOptions<CompanyOptions> company,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int MaxFiles = 10;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public CsvProfileForm Profile { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    public bool AcceptRowErrors { get; set; }

    public IReadOnlyList<ImportBankAccount> BankAccounts { get; private set; } = [];

    public IReadOnlyList<DemoStatementSample> Samples { get; private set; } = [];

    public StatementImportPreview? Preview { get; private set; }

    /// <summary>The CSV file whose layout the confirmation form shows (the first CSV file of the upload).</summary>
    public StatementFilePreview? CsvFile => Preview?.Files.FirstOrDefault(f => f.Csv?.Profile is not null);

    public long MaxFileBytes => options.Value.MaxStatementFileBytes;

    /// <summary>The zone instants in messages are shown in ("already imported on ...").</summary>
    public TimeZoneInfo TimeZone => company.Value.ResolveTimeZone();

    public string MaxFileMegabytes => (MaxFileBytes / (1024m * 1024m)).ToString("0.#", CultureInfo.CurrentCulture);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Token is null) return Page();
        var manifest = await uploads.FindAsync(Token, UserName, cancellationToken);
        if (manifest is null)
        {
            ModelState.AddModelError("", localizer["Import.UploadExpired"]);
            Token = null;
            return Page();
        }

        await PreviewAsync(manifest, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetSampleAsync(string? account, StatementFormat format, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(account)) return NotFound();
        var file = await demoStatements.CreateAsync(account, format, cancellationToken);
        if (!file.Succeeded) return NotFound();
        return File(file.Value.Content, file.Value.ContentType, file.Value.FileName);
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        var files = Input.Files.Where(f => f is not null).ToList();
        if (files.Count == 0) ModelState.AddModelError("Input.Files", localizer["Import.NoFile"]);
        if (files.Count > MaxFiles) ModelState.AddModelError("Input.Files", localizer["Import.TooManyFiles", MaxFiles]);
        foreach (var file in files.Where(f => f.Length > MaxFileBytes))
        {
            ModelState.AddModelError("Input.Files", localizer["Import.TooLarge", Path.GetFileName(file.FileName), MaxFileMegabytes]);
        }

        if (!Enum.IsDefined(Input.Format)) ModelState.AddModelError("Input.Format", localizer["Import.UnknownFormat"]);
        if (!ModelState.IsValid)
        {
            await LoadAsync(cancellationToken);
            return Page();
        }

        var token = await uploads.SaveAsync(files, new StatementUploadManifest
        {
            User = UserName,
            BankAccountNo = string.IsNullOrWhiteSpace(Input.BankAccountNo) ? null : Input.BankAccountNo.Trim(),
            Format = Input.Format.ToString(),
        }, cancellationToken);
        return RedirectToPage(new { token });
    }

    public async Task<IActionResult> OnPostProfileAsync(CancellationToken cancellationToken)
    {
        var manifest = await uploads.FindAsync(Token, UserName, cancellationToken);
        if (manifest is null) return await ExpiredAsync(cancellationToken);

        var current = await CurrentCsvProfileAsync(manifest, cancellationToken);
        if (current is null) return RedirectToPage(new { token = Token });
        var edited = Profile.ApplyTo(current, manifest.BankAccountNo ?? "");
        var problems = edited.Validate();
        if (problems.Count > 0)
        {
            foreach (var problem in problems) ModelState.AddModelError("Profile", problem);
            await LoadAsync(cancellationToken);
            await PreviewAsync(manifest, cancellationToken, keepForm: true);
            return Page();
        }

        await uploads.UpdateAsync(manifest with { CsvProfileJson = CsvProfileSerializer.Serialize(edited) }, cancellationToken);
        TempData.SetStatus(localizer["Import.ProfileApplied"], StatusMessageKind.Info);
        return RedirectToPage(new { token = Token });
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken cancellationToken)
    {
        var manifest = await uploads.FindAsync(Token, UserName, cancellationToken);
        if (manifest is null) return await ExpiredAsync(cancellationToken);

        // Importing a CSV file confirms the layout shown in the preview: it is saved on the bank account.
        var profileJson = manifest.CsvProfileJson;
        if (profileJson is null && await CurrentCsvProfileAsync(manifest, cancellationToken) is { } shown) profileJson = CsvProfileSerializer.Serialize(shown);

        var files = uploads.Open(manifest);
        try
        {
            var result = await importStatements.HandleAsync(new ImportStatementCommand(
                [.. files.Select(f => new StatementFileInput(f.FileName, f.Content))], manifest.BankAccountNo, UserName, FormatOf(manifest),
                profileJson, AcceptRowErrors: AcceptRowErrors), cancellationToken);
            if (!result.Succeeded)
            {
                ModelState.AddResultErrors(result, localizer, zone: TimeZone);
                await LoadAsync(cancellationToken);
                await PreviewAsync(manifest, cancellationToken);
                return Page();
            }

            var journals = result.Value.Journals.ToList();
            TempData.SetStatus(journals.Count == 0
                ? localizer["Import.Done.NoJournal"]
                : localizer[journals.Count == 1 ? "Import.Done.One" : "Import.Done", journals.Count, journals.Sum(j => j.LineCount), string.Join(", ", journals.Select(j => j.No))]);
            return RedirectToPage("Imports", new { ids = string.Join(',', result.Value.Files.Select(f => f.ImportId)) });
        }
        finally
        {
            foreach (var (_, content) in files) await content.DisposeAsync();
            if (ModelState.IsValid) uploads.Delete(manifest.Token);
        }
    }

    private async Task<IActionResult> ExpiredAsync(CancellationToken cancellationToken)
    {
        ModelState.AddModelError("", localizer["Import.UploadExpired"]);
        Token = null;
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        BankAccounts = await listBankAccounts.HandleAsync(cancellationToken);
        Samples = await demoStatements.ListAsync(cancellationToken);
    }

    private async Task PreviewAsync(StatementUploadManifest manifest, CancellationToken cancellationToken, bool keepForm = false)
    {
        Input.BankAccountNo = manifest.BankAccountNo;
        Input.Format = FormatOf(manifest);
        Preview = await RunPreviewAsync(manifest, manifest.CsvProfileJson, cancellationToken);
        if (!keepForm && CsvFile?.Csv?.Profile is { } profile) Profile = CsvProfileForm.From(profile);
    }

    private async Task<StatementImportPreview?> RunPreviewAsync(StatementUploadManifest manifest, string? profileJson, CancellationToken cancellationToken)
    {
        var files = uploads.Open(manifest);
        try
        {
            var preview = await previewStatements.HandleAsync(new PreviewStatementImportQuery(
                [.. files.Select(f => new StatementFileInput(f.FileName, f.Content))], manifest.BankAccountNo, FormatOf(manifest), profileJson), cancellationToken);
            if (preview.Succeeded) return preview.Value;
            ModelState.AddResultErrors(preview, localizer, zone: TimeZone);
            return null;
        }
        finally
        {
            foreach (var (_, content) in files) await content.DisposeAsync();
        }
    }

    /// <summary>The CSV profile the preview of this upload uses now (the adjusted one, the saved one or the proposal).</summary>
    private async Task<CsvProfile?> CurrentCsvProfileAsync(StatementUploadManifest manifest, CancellationToken cancellationToken)
    {
        if (manifest.CsvProfileJson is { } json && CsvProfileSerializer.TryDeserialize(json, out var adjusted, out _)) return adjusted;
        var preview = await RunPreviewAsync(manifest, null, cancellationToken);
        return preview?.Files.FirstOrDefault(f => f.Csv?.Profile is not null)?.Csv?.Profile;
    }

    private static StatementFormat FormatOf(StatementUploadManifest manifest) =>
        Enum.TryParse<StatementFormat>(manifest.Format, out var format) ? format : StatementFormat.Auto;

    private string UserName => User.Identity?.Name ?? "";

    public sealed class InputModel
    {
        /// <summary>Empty: each statement goes to the bank account it names.</summary>
        public string? BankAccountNo { get; set; }

        public StatementFormat Format { get; set; } = StatementFormat.Auto;

        public List<IFormFile> Files { get; set; } = [];
    }
}
