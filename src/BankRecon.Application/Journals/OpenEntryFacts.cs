using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;

namespace BankRecon.Application.Journals;

/// <summary>
/// A customer or vendor ledger entry as the review and manual application see it. Amounts are signed like the statement
/// line that settles them (customer invoice +, vendor invoice −). <see cref="AppliedElsewhere"/> is what statement
/// lines of open journals (other than the line being edited) already apply to it, discount included.
/// </summary>
public sealed record OpenEntryFacts(
    Guid Id,
    PartyType PartyType,
    Guid PartyId,
    string PartyNo,
    string PartyName,
    DocumentType DocumentType,
    string DocumentNo,
    string? ExternalDocumentNo,
    string? PaymentReference,
    string Description,
    DateOnly PostingDate,
    DateOnly DueDate,
    string Currency,
    decimal RemainingAmount,
    bool Open,
    DateOnly? PmtDiscountDate,
    decimal RemainingPmtDiscountPossible,
    decimal AppliedElsewhere)
{
    /// <summary>What may still be applied: the remaining amount less what other lines apply.</summary>
    public decimal Available => Open ? RemainingAmount - AppliedElsewhere : 0m;

    /// <summary>BC: the discount may be taken when the payment is dated on or before the discount date, and nobody else applies to the entry yet.</summary>
    public bool DiscountPossibleOn(DateOnly paymentDate) =>
        Open && RemainingPmtDiscountPossible != 0m && AppliedElsewhere == 0m && PmtDiscountDate is { } last && paymentDate <= last;

    /// <summary>
    /// Business Central's suggested amount: AbsMin(remaining − applied elsewhere, line remaining + discount), the discount
    /// counted only when the payment is in time; returns the amount (without discount) and the discount taken.
    /// </summary>
    public (decimal Amount, decimal Discount) Suggest(decimal lineRemaining, DateOnly paymentDate)
    {
        var available = Available;
        if (available == 0m || lineRemaining == 0m || Math.Sign(available) != Math.Sign(lineRemaining)) return (0m, 0m);
        if (DiscountPossibleOn(paymentDate))
        {
            var discounted = available - RemainingPmtDiscountPossible;
            if (Math.Abs(lineRemaining) >= Math.Abs(discounted)) return (discounted, RemainingPmtDiscountPossible);
        }

        return (Math.Abs(available) <= Math.Abs(lineRemaining) ? available : lineRemaining, 0m);
    }
}
