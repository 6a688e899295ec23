using FluentValidation;

namespace BankRecon.Application.Journals;

/// <summary>The common shape of a review action on one line: which journal and line, who, and the journal version they saw.</summary>
public interface ILineEditCommand
{
    Guid JournalId { get; }

    Guid LineId { get; }

    string User { get; }

    int? ExpectedVersion { get; }
}

/// <summary>Input-shape rules shared by every line edit.</summary>
public class LineEditValidator<T> : AbstractValidator<T>
    where T : ILineEditCommand
{
    public LineEditValidator()
    {
        RuleFor(c => c.JournalId).NotEmpty();
        RuleFor(c => c.LineId).NotEmpty();
        RuleFor(c => c.User).NotEmpty().MaximumLength(100);
    }
}
