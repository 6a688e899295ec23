using BankRecon.Application.Documents;
using BankRecon.Domain.Documents;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace BankRecon.Web.Pages.Documents;

/// <summary>A posted invoice or credit memo: number, due date and payment reference first, then its lines.</summary>
public sealed class PostedModel(GetPostedDocumentHandler getDocument) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public PostedDocumentKind Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string No { get; set; } = "";

    public PostedDocumentView? Document { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || !Enum.IsDefined(Kind)) return NotFound();
        Document = await getDocument.HandleAsync(Kind, No, cancellationToken);
        return Document is null ? NotFound() : Page();
    }
}
