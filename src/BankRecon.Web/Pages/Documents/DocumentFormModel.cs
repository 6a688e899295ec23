using System.Globalization;
using System.Text.RegularExpressions;
using BankRecon.Application.BankAccounts;
using BankRecon.Application.Common;
using BankRecon.Application.Company;
using BankRecon.Application.Documents;
using BankRecon.Application.GlAccounts;
using BankRecon.Application.Parties;
using BankRecon.Domain.Documents;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;
using BankRecon.Domain.Payments;
using BankRecon.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace BankRecon.Web.Pages.Documents;

/// <summary>
/// Post a sales (PostSales page) or purchase (PostPurchase page) invoice or credit memo typed in by hand. Lines work
/// without JavaScript: five blank rows, and "Add line" posts back for one more; site.js adds rows in place instead.
/// After posting, the user lands on the posted document with its number, due date and payment reference (PRG).
/// </summary>
public abstract partial class DocumentFormModel(
    PostDocumentHandler postDocument,
    ListPartiesHandler listParties,
    ListGlAccountsHandler listGlAccounts,
    ListBankAccountsHandler listBankAccounts,
    GetCompanyProfileHandler company,
    IStringLocalizer<SharedResource> localizer) : PageModel
{
    public const int BlankLines = 5;
    public const int MaxLines = 100;

    public abstract PartyType Type { get; }

    public bool IsSales => Type == PartyType.Customer;

    /// <summary>Pre-fills the party (links from a customer or vendor card).</summary>
    [BindProperty(SupportsGet = true, Name = "party")]
    public string? PartyParameter { get; set; }

    /// <summary>Starts as a credit memo (?creditMemo=true).</summary>
    [BindProperty(SupportsGet = true, Name = "creditMemo")]
    public bool CreditMemoParameter { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<PartyListItem> Parties { get; private set; } = [];

    public IReadOnlyList<GlAccountListItem> GlAccounts { get; private set; } = [];

    public IReadOnlyList<BankAccountListItem> BankAccounts { get; private set; } = [];

    public CompanyProfile? Company { get; private set; }

    public PostedDocumentKind Kind => (IsSales, Input.CreditMemo) switch
    {
        (true, false) => PostedDocumentKind.SalesInvoice,
        (true, true) => PostedDocumentKind.SalesCreditMemo,
        (false, false) => PostedDocumentKind.PurchaseInvoice,
        _ => PostedDocumentKind.PurchaseCreditMemo,
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = new InputModel { PartyNo = PartyParameter, CreditMemo = CreditMemoParameter };
        EnsureBlankLines();
        await LoadChoicesAsync(cancellationToken);
    }

    /// <summary>"Add line" without JavaScript: the same form again with one more empty row; nothing is posted.</summary>
    public async Task<IActionResult> OnPostAddLineAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (Input.Lines.Count < MaxLines) Input.Lines.Add(new LineInput());
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentCulture;
        var postingDate = ParseDate(Input.PostingDate, nameof(InputModel.PostingDate));
        var documentDate = ParseDate(Input.DocumentDate, nameof(InputModel.DocumentDate));

        // Rows left completely empty are not lines; formRows maps the command's line numbers back to the form's rows.
        var lines = new List<PostDocumentLine>();
        var formRows = new List<int>();
        for (var row = 0; row < Input.Lines.Count; row++)
        {
            var line = Input.Lines[row];
            if (line.IsEmpty) continue;
            var amount = 0m;
            if (!string.IsNullOrWhiteSpace(line.Amount) && !AmountInput.TryParse(line.Amount, culture, out amount))
                ModelState.AddModelError($"{nameof(Input)}.{nameof(InputModel.Lines)}[{row}].{nameof(LineInput.Amount)}", localizer["Form.NotAnAmount"].Value);
            lines.Add(new PostDocumentLine(line.Description?.Trim() ?? "", amount, string.IsNullOrWhiteSpace(line.GlAccountNo) ? null : line.GlAccountNo.Trim()));
            formRows.Add(row);
        }

        if (ModelState.IsValid)
        {
            var result = await postDocument.HandleAsync(new PostDocumentCommand(
                Kind, Input.PartyNo ?? "", lines, User.Identity?.Name ?? "", postingDate, documentDate,
                Input.ExternalDocumentNo, IsSales && !Input.CreditMemo ? Input.PaymentBankAccountNo : null), cancellationToken);
            if (result.Succeeded)
            {
                var posted = result.Value;
                var message = posted.PaymentReference is null
                    ? localizer["Documents.Posted.Done", localizer["DocumentKind." + Kind].Value, posted.DocumentNo, BusinessDate(posted.DueDate, culture)].Value
                    : localizer["Documents.Posted.DoneWithReference", localizer["DocumentKind." + Kind].Value, posted.DocumentNo,
                        BusinessDate(posted.DueDate, culture), PaymentReference.Format(posted.PaymentReference)].Value;
                TempData.SetStatus(message);
                return RedirectToPage("/Documents/Posted", new { kind = Kind, no = posted.DocumentNo });
            }

            ModelState.AddResultErrors(result, localizer, nameof(Input), field => MapField(field, formRows));
        }

        EnsureBlankLines();
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    /// <summary>"Lines[2].Amount" in the command is the form row of the third non-empty line; "Lines" is the form as a whole.</summary>
    private static string? MapField(string field, List<int> formRows)
    {
        var match = LineField().Match(field);
        if (match.Success)
        {
            var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
            var row = index < formRows.Count ? formRows[index] : index;
            return $"{nameof(InputModel.Lines)}[{row}]{match.Groups["rest"].Value}";
        }

        return field == nameof(InputModel.Lines) ? null : field;
    }

    private DateOnly? ParseDate(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        // <input type="date"> always sends ISO; a browser without a date picker may send what the user typed.
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)) return iso;
        if (DateOnly.TryParse(text.Trim(), CultureInfo.CurrentCulture, DateTimeStyles.None, out var local)) return local;
        ModelState.AddModelError($"{nameof(Input)}.{field}", localizer["Form.NotADate"].Value);
        return null;
    }

    private static string BusinessDate(DateOnly date, CultureInfo culture) => TagHelpers.BusinessDateTagHelper.Format(date, culture);

    private void EnsureBlankLines()
    {
        var blanks = Input.Lines.Count(l => l.IsEmpty);
        while (Input.Lines.Count < BlankLines || (blanks == 0 && Input.Lines.Count < MaxLines))
        {
            Input.Lines.Add(new LineInput());
            blanks++;
        }
    }

    private async Task LoadChoicesAsync(CancellationToken cancellationToken)
    {
        Company = await company.HandleAsync(cancellationToken);
        Parties = (await listParties.HandleAsync(new ListPartiesQuery(Type, Blocked: false, PageSize: PageRequest.MaxPageSize, WithBalances: false), cancellationToken)).Items;
        GlAccounts = [.. (await listGlAccounts.HandleAsync(cancellationToken))
            .Where(g => g.AccountType == GlAccountType.Posting && g.DirectPosting && !g.Blocked)];
        BankAccounts = IsSales ? [.. (await listBankAccounts.HandleAsync(cancellationToken)).Where(b => !b.Blocked)] : [];
    }

    [GeneratedRegex(@"^Lines\[(?<index>\d+)\](?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LineField();

    public sealed class InputModel
    {
        public bool CreditMemo { get; set; }

        public string? PartyNo { get; set; }

        /// <summary>ISO date from the date picker; empty = today.</summary>
        public string? PostingDate { get; set; }

        /// <summary>ISO date; empty = the posting date.</summary>
        public string? DocumentDate { get; set; }

        public string? ExternalDocumentNo { get; set; }

        /// <summary>Sales invoices: the account the customer pays to (decides KID/OCR/RF); empty = the first in the currency.</summary>
        public string? PaymentBankAccountNo { get; set; }

        public List<LineInput> Lines { get; set; } = [];
    }

    public sealed class LineInput
    {
        public string? Description { get; set; }

        public string? GlAccountNo { get; set; }

        /// <summary>As typed: "1 234,50" in Norwegian, "1,234.50" in English.</summary>
        public string? Amount { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(GlAccountNo) && string.IsNullOrWhiteSpace(Amount);
    }
}
