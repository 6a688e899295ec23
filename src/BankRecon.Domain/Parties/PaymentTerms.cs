using BankRecon.Domain.Common;

namespace BankRecon.Domain.Parties;

/// <summary>When an invoice falls due and what discount an early payer may take.</summary>
public sealed class PaymentTerms : VersionedEntity
{
    private PaymentTerms() { }

    public PaymentTerms(string code, string description, string dueDateFormula, decimal discountPercent = 0m, string? discountDateFormula = null)
    {
        Code = code.Trim().ToUpperInvariant();
        Update(description, dueDateFormula, discountPercent, discountDateFormula);
    }

    public string Code { get; private set; } = "";

    public string Description { get; private set; } = "";

    public string DueDateFormula { get; private set; } = "";

    public decimal DiscountPercent { get; private set; }

    public string? DiscountDateFormula { get; private set; }

    public void Update(string description, string dueDateFormula, decimal discountPercent, string? discountDateFormula)
    {
        if (!DateFormula.TryParse(dueDateFormula, out _)) throw new DomainException($"'{dueDateFormula}' is not a date formula.");
        if (discountDateFormula is not null && !DateFormula.TryParse(discountDateFormula, out _))
            throw new DomainException($"'{discountDateFormula}' is not a date formula.");
        if (discountPercent is < 0 or >= 100) throw new DomainException("Discount must be between 0 and 100 percent.");
        Description = description.Trim();
        DueDateFormula = DateFormula.Parse(dueDateFormula).Text;
        DiscountPercent = discountPercent;
        DiscountDateFormula = string.IsNullOrWhiteSpace(discountDateFormula) ? null : DateFormula.Parse(discountDateFormula).Text;
        Touch();
    }

    public DateOnly DueDate(DateOnly documentDate) => DateFormula.Parse(DueDateFormula).Apply(documentDate);

    /// <summary>The last day the discount may be taken, or null when these terms give none.</summary>
    public DateOnly? DiscountDate(DateOnly documentDate) =>
        DiscountPercent > 0 && DiscountDateFormula is not null ? DateFormula.Parse(DiscountDateFormula).Apply(documentDate) : null;
}
