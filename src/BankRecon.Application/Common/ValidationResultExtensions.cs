using BankRecon.Domain.Common;
using FluentValidation.Results;

namespace BankRecon.Application.Common;

public static class ValidationResultExtensions
{
    /// <summary>FluentValidation failures as our <see cref="Error"/>s (code, message, field).</summary>
    public static IReadOnlyList<Error> ToErrors(this ValidationResult validation) =>
        [.. validation.Errors.Select(f => new Error(f.ErrorCode, f.ErrorMessage, f.PropertyName))];
}
