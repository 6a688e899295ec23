using System.Text;
using BankRecon.Application.Common;
using BankRecon.Application.Ledger;
using BankRecon.Application.Parties;
using BankRecon.Domain.Common;
using BankRecon.Domain.Company;
using BankRecon.Domain.Documents;
using BankRecon.Domain.Parties;
using BankRecon.Domain.Payments;
using BankRecon.Domain.Posting;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace BankRecon.Application.Documents;

public sealed record PostDocumentLine(string Description, decimal Amount, string? GlAccountNo = null);

/// <summary>Post a sales or purchase invoice or credit memo entered by hand.</summary>
public sealed record PostDocumentCommand(
    PostedDocumentKind Kind,
    string PartyNo,
    IReadOnlyList<PostDocumentLine> Lines,
    string PostedBy,
    DateOnly? PostingDate = null,
    DateOnly? DocumentDate = null,
    string? ExternalDocumentNo = null,
    string? PaymentBankAccountNo = null,
    string? DocumentNo = null);

public sealed record PostedDocumentSummary(string DocumentNo, long TransactionNo, Guid LedgerEntryId, decimal Total, string Currency,
    DateOnly DueDate, string? PaymentReference);

public sealed class PostDocumentValidator : AbstractValidator<PostDocumentCommand>
{
    public PostDocumentValidator()
    {
        RuleFor(c => c.Kind).IsInEnum();
        RuleFor(c => c.PartyNo).NotEmpty();
        RuleFor(c => c.PostedBy).NotEmpty();
        RuleFor(c => c.Lines).NotEmpty().WithMessage("Add at least one line.");
        RuleForEach(c => c.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Description).NotEmpty().MaximumLength(250);
            line.RuleFor(l => l.Amount).GreaterThan(0).WithMessage("Line amounts must be greater than zero.");
        });
        RuleFor(c => c.ExternalDocumentNo).NotEmpty()
            .When(c => c.Kind is PostedDocumentKind.PurchaseInvoice or PostedDocumentKind.PurchaseCreditMemo)
            .WithMessage("Enter the vendor's own document number (External document no.).");
        RuleFor(c => c.ExternalDocumentNo).MaximumLength(35);
        RuleFor(c => c.DocumentNo).MaximumLength(35);
    }
}

/// <summary>
/// Posts a document through the posting engine: customer/vendor ledger entry with due date, discount and (for sales
/// invoices) a KID/OCR/RF payment reference per the paying bank account, balanced G/L entries, and the posted document.
/// </summary>
public sealed class PostDocumentHandler(
    BankReconDbContext db,
    LedgerWriter writer,
    TimeProvider clock,
    IValidator<PostDocumentCommand> validator,
    ILogger<PostDocumentHandler> logger)
{
    public static string NumberSeriesFor(PostedDocumentKind kind) => kind switch
    {
        PostedDocumentKind.SalesInvoice => "S-INV",
        PostedDocumentKind.SalesCreditMemo => "S-CR",
        PostedDocumentKind.PurchaseInvoice => "P-INV",
        PostedDocumentKind.PurchaseCreditMemo => "P-CR",
        _ => "DOC",
    };

    public async Task<Result<PostedDocumentSummary>> HandleAsync(PostDocumentCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Result<PostedDocumentSummary>.Invalid(validation.ToErrors());

        var result = await PostingRetry.RunAsync(db, ct => PostAsync(command, PostingReferenceData.ForOnePosting(db), ct), cancellationToken);
        if (result.Succeeded)
            logger.LogInformation("Posted {Kind} {DocumentNo} as transaction {TransactionNo}", command.Kind, result.Value.DocumentNo, result.Value.TransactionNo);
        return result;
    }

    /// <summary>The posting itself, inside a transaction the caller owns (the demo seeder posts hundreds in one).</summary>
    internal async Task<Result<PostedDocumentSummary>> PostAsync(PostDocumentCommand command, PostingReferenceData data, CancellationToken cancellationToken)
    {
        var isSales = command.Kind is PostedDocumentKind.SalesInvoice or PostedDocumentKind.SalesCreditMemo;
        var partyType = isSales ? PartyType.Customer : PartyType.Vendor;
        var party = await data.PartyAsync(partyType, command.PartyNo.Trim(), cancellationToken);
        if (party is null) return Result<PostedDocumentSummary>.Invalid("document.party", $"{partyType.Noun()} {command.PartyNo} does not exist.", nameof(command.PartyNo)).WithArgs(partyType, command.PartyNo);

        var company = await data.CompanyAsync(cancellationToken);
        var setup = await data.SetupAsync(cancellationToken);
        if (company is null || setup is null)
            return Result<PostedDocumentSummary>.Invalid("setup.missing", "The company and its posting setup must be set up before posting.");

        var postingDate = command.PostingDate ?? company.Today(clock);
        var documentDate = command.DocumentDate ?? postingDate;
        var currency = party.Currency is null ? company.LocalCurrencyCode : CurrencyCode.Parse(party.Currency);
        var rates = new ExchangeRateTable(company.LocalCurrencyCode, await data.RatesAsync(currency.Code, cancellationToken));
        var rate = rates.RateOn(currency, postingDate);
        if (!rate.Succeeded) return Result<PostedDocumentSummary>.Failure(rate);

        var defaultAccount = isSales ? setup.SalesAccountId : setup.PurchasesAccountId;
        var accountNos = command.Lines.Select(l => l.GlAccountNo?.Trim()).Where(n => !string.IsNullOrEmpty(n)).Distinct().ToList();
        var accounts = await data.GlAccountsAsync(accountNos, cancellationToken);
        var lines = new List<DocumentLineToPost>();
        for (var i = 0; i < command.Lines.Count; i++)
        {
            var line = command.Lines[i];
            var accountId = defaultAccount;
            if (!string.IsNullOrWhiteSpace(line.GlAccountNo))
            {
                var account = accounts.SingleOrDefault(a => a.No == line.GlAccountNo.Trim());
                if (account is null) return Result<PostedDocumentSummary>.Invalid("document.gl-account", $"Line {i + 1}: there is no G/L account {line.GlAccountNo}.", $"Lines[{i}].GlAccountNo").WithArgs(i + 1, line.GlAccountNo ?? "");
                if (account.Blocked || account.AccountType != Domain.Ledger.GlAccountType.Posting || !account.DirectPosting)
                    return Result<PostedDocumentSummary>.Invalid("document.gl-account", $"Line {i + 1}: G/L account {account.No} {account.Name} does not accept direct postings.", $"Lines[{i}].GlAccountNo").WithArgs(i + 1, account.No);
                accountId = account.Id;
            }

            lines.Add(new DocumentLineToPost(line.Description.Trim(), accountId, line.Amount));
        }

        var series = await data.SeriesAsync(NumberSeriesFor(command.Kind), cancellationToken);
        string documentNo;
        if (!string.IsNullOrWhiteSpace(command.DocumentNo)) documentNo = command.DocumentNo.Trim();
        else if (series is not null) documentNo = series.Next();
        else return Result<PostedDocumentSummary>.Invalid("setup.number-series", $"Number series {NumberSeriesFor(command.Kind)} is missing.").WithArgs(NumberSeriesFor(command.Kind));
        // A number typed by the user may clash with a posted one; a series number can only clash through a race with
        // another poster, which the unique index turns into a retry (PostingRetry).
        if (!string.IsNullOrWhiteSpace(command.DocumentNo) && await db.PostedDocuments.AnyAsync(d => d.Kind == command.Kind && d.No == documentNo, cancellationToken))
            return Result<PostedDocumentSummary>.Conflict("document.exists", $"{DocumentPosting.Describe(command.Kind)} {documentNo} has already been posted.").WithArgs(documentNo);
        if (!isSales && command.Kind == PostedDocumentKind.PurchaseInvoice && await db.VendorLedgerEntries.AnyAsync(
                e => e.PartyId == party.Id && e.ExternalDocumentNo == command.ExternalDocumentNo!.Trim() && e.DocumentType == Domain.Ledger.DocumentType.Invoice, cancellationToken))
            return Result<PostedDocumentSummary>.Conflict("document.duplicate-external", $"Vendor {party.No} invoice {command.ExternalDocumentNo} has already been posted.").WithArgs(party.No, command.ExternalDocumentNo ?? "");

        var terms = party.PaymentTermsId is { } termsId ? await data.TermsAsync(termsId, cancellationToken) : null;
        string? reference = null;
        Guid? paymentBankAccountId = null;
        if (command.Kind == PostedDocumentKind.SalesInvoice)
        {
            var bankNo = command.PaymentBankAccountNo?.Trim().ToUpperInvariant();
            var bank = await data.PaymentBankAccountAsync(bankNo, currency.Code, cancellationToken);
            if (bank is null && !string.IsNullOrWhiteSpace(command.PaymentBankAccountNo))
                return Result<PostedDocumentSummary>.Invalid("document.bank-account", $"There is no open bank account {command.PaymentBankAccountNo}.", nameof(command.PaymentBankAccountNo)).WithArgs(command.PaymentBankAccountNo ?? "");
            if (bank is not null)
            {
                paymentBankAccountId = bank.Id;
                reference = PaymentReference.Create(bank.PaymentReferenceKind, Digits(documentNo));
            }
        }

        var posted = DocumentPosting.Post(
            new DocumentToPost(command.Kind, documentNo, postingDate, documentDate, currency, lines, command.ExternalDocumentNo?.Trim()),
            party,
            new DocumentPosting.Context(company.LocalCurrencyCode, rate.Value, setup, terms, company.PaymentTolerancePercent,
                company.MaxPaymentToleranceAmount, reference, paymentBankAccountId));
        if (!posted.Succeeded) return Result<PostedDocumentSummary>.Failure(posted);

        var transactionNo = await writer.WriteAsync(posted.Value.Transaction, command.PostedBy, cancellationToken);
        posted.Value.Document.RecordPosting(posted.Value.Entry.Id, command.PostedBy, clock.GetUtcNow().UtcDateTime);
        db.PostedDocuments.Add(posted.Value.Document);
        var entry = posted.Value.Entry;
        return Result.Success(new PostedDocumentSummary(documentNo, transactionNo, entry.Id, posted.Value.Document.TotalAmount, entry.Currency, entry.DueDate, entry.PaymentReference));
    }

    private static string Digits(string value)
    {
        var builder = new StringBuilder();
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c)) builder.Append(c);
        }

        return builder.ToString();
    }
}
