using BankRecon.Application.Statements;
using BankRecon.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace BankRecon.Web.Pages.Statements;

/// <summary>
/// What imports produced: the journals created (numbers, statement numbers, lines), duplicates skipped and warnings.
/// With ?ids= (after an import) those imports; otherwise the most recent ones. Read-only, open to every role.
/// </summary>
public sealed class ImportsModel(GetStatementImportsHandler getImports, IOptions<CompanyOptions> company) : PageModel
{
    /// <summary>Where a journal opens (the journal pages are built elsewhere).</summary>
    public const string JournalDetailsPath = "/Journals/Details/";

    [BindProperty(SupportsGet = true)]
    public string? Ids { get; set; }

    public IReadOnlyList<StatementImportSummary> Imports { get; private set; } = [];

    public bool ShowingRecent { get; private set; }

    /// <summary>The company's time zone, for instants inside the warnings.</summary>
    public TimeZoneInfo Zone => company.Value.ResolveTimeZone();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var ids = (Ids ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(i => Guid.TryParse(i, out var id) ? id : Guid.Empty).Where(id => id != Guid.Empty).ToList();
        ShowingRecent = ids.Count == 0;
        Imports = await getImports.HandleAsync(new GetStatementImportsQuery(ids), cancellationToken);
    }
}
