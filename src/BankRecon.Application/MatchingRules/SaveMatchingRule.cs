using BankRecon.Application.Common;
using BankRecon.Domain.Common;
using BankRecon.Domain.Matching;
using BankRecon.Domain.Reconciliation;
using BankRecon.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace BankRecon.Application.MatchingRules;

/// <summary>
/// Id: The row to change; null adds a row.
/// </summary>
public sealed record SaveMatchingRuleCommand(
    Guid? Id,
    MatchConfidence Confidence,
    int Priority,
    RelatedPartyMatch RelatedParty,
    DocumentNoMatch DocumentNo,
    AmountMatch AmountInclTolerance,
    DirectDebitMatch DirectDebit,
    bool ReviewRequired,
    bool ApplyImmediately);

public sealed class SaveMatchingRuleValidator : AbstractValidator<SaveMatchingRuleCommand>
{
    public SaveMatchingRuleValidator()
    {
        RuleFor(c => c.Confidence).IsInEnum().NotEqual(MatchConfidence.None).WithErrorCode("rule.confidence").WithMessage("A rule gives Low, Medium or High confidence.");
        RuleFor(c => c.Priority).InclusiveBetween(1, 999).WithErrorCode("rule.priority")
            .WithMessage("The Priority you entered is invalid. The Priority must be between 1 and 999.");
        RuleFor(c => c.RelatedParty).IsInEnum();
        RuleFor(c => c.DocumentNo).IsInEnum();
        RuleFor(c => c.AmountInclTolerance).IsInEnum();
        RuleFor(c => c.DirectDebit).IsInEnum();
    }
}

/// <summary>Adds or changes one payment application rule; confidence and priority stay unique (BC's key).</summary>
public sealed class SaveMatchingRuleHandler(BankReconDbContext db, IValidator<SaveMatchingRuleCommand> validator)
{
    public async Task<Result<Guid>> HandleAsync(SaveMatchingRuleCommand command, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(command, cancellationToken);
        if (!validation.IsValid) return Result<Guid>.Invalid(validation.ToErrors());
        await MatchingRuleDefaults.EnsureAsync(db, cancellationToken);
        if (await db.MatchingRules.AnyAsync(r => r.Confidence == command.Confidence && r.Priority == command.Priority && r.Id != command.Id, cancellationToken))
            return Result<Guid>.Invalid("rule.exists", $"There is already a {command.Confidence} rule with priority {command.Priority}.", nameof(command.Priority)).WithArgs(command.Confidence, command.Priority);

        var rule = new PaymentApplicationRule(command.Confidence, command.Priority, command.RelatedParty, command.DocumentNo, command.AmountInclTolerance,
            command.DirectDebit, command.ReviewRequired, command.ApplyImmediately);
        MatchingRuleRow row;
        if (command.Id is { } id)
        {
            var found = await db.MatchingRules.SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (found is null) return Result<Guid>.NotFound("rule.not-found", "The rule does not exist.");
            found.Set(rule);
            row = found;
        }
        else
        {
            row = new MatchingRuleRow(rule);
            db.MatchingRules.Add(row);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Result<Guid>.Conflict("rule.exists", $"There is already a {command.Confidence} rule with priority {command.Priority}.").WithArgs(command.Confidence, command.Priority);
        }

        return Result.Success(row.Id);
    }
}
