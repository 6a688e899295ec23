using BankRecon.Domain.Common;
using BankRecon.Domain.Documents;

namespace BankRecon.Domain.Posting;

/// <summary>A line of a document about to be posted (document currency, positive).</summary>
public sealed record DocumentLineToPost(string Description, Guid GlAccountId, decimal Amount);

/// <summary>A sales or purchase invoice or credit memo about to be posted.</summary>
public sealed record DocumentToPost(
    PostedDocumentKind Kind,
    string DocumentNo,
    DateOnly PostingDate,
    DateOnly DocumentDate,
    CurrencyCode Currency,
    IReadOnlyList<DocumentLineToPost> Lines,
    string? ExternalDocumentNo = null,
    string? Description = null);
