namespace BankRecon.Domain.Documents;

/// <summary>One line of a posted document: what was sold or bought, to which G/L account, for how much (document currency).</summary>
public sealed class PostedDocumentLine
{
    private PostedDocumentLine() { }

    public PostedDocumentLine(int lineNo, string description, Guid glAccountId, decimal amount)
    {
        LineNo = lineNo;
        Description = description;
        GlAccountId = glAccountId;
        Amount = amount;
    }

    public int LineNo { get; private set; }

    public string Description { get; private set; } = "";

    public Guid GlAccountId { get; private set; }

    /// <summary>Line amount in the document currency, positive.</summary>
    public decimal Amount { get; private set; }
}
