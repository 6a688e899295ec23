namespace BankRecon.Domain.Common;

/// <summary>An expected business failure: a stable machine code plus a sentence a user can act on.</summary>
/// <param name="Code">Stable, dotted identifier, e.g. <c>application.exceeds-remaining</c>.</param>
/// <param name="Message">What went wrong and where, in words.</param>
/// <param name="Field">Optional input field the error belongs to.</param>
public sealed record Error(string Code, string Message, string? Field = null)
{
    /// <summary>
    /// The values inside <see cref="Message"/>, typed (numbers, dates, amounts), in order: a translation of
    /// <see cref="Code"/> places them as {0}, {1} ... and formats them in the reader's culture.
    /// </summary>
    public IReadOnlyList<object> Args { get; init; } = [];

    public bool Equals(Error? other) =>
        other is not null && Code == other.Code && Message == other.Message && Field == other.Field && Args.SequenceEqual(other.Args);

    public override int GetHashCode() => HashCode.Combine(Code, Message, Field);
}

public enum ResultStatus
{
    Ok,
    Invalid,
    NotFound,
    Conflict,
    Forbidden,
}

/// <summary>Outcome of a use case or a domain operation that can fail for business reasons.</summary>
public class Result
{
    protected Result(ResultStatus status, IReadOnlyList<Error> errors)
    {
        Status = status;
        Errors = errors;
    }

    public ResultStatus Status { get; }

    public IReadOnlyList<Error> Errors { get; }

    public bool Succeeded => Status == ResultStatus.Ok;

    public static Result Success() => new(ResultStatus.Ok, []);

    public static Result Invalid(params Error[] errors) => new(ResultStatus.Invalid, errors);

    public static Result Invalid(IReadOnlyList<Error> errors) => new(ResultStatus.Invalid, errors);

    public static Result Invalid(string code, string message, string? field = null) =>
        new(ResultStatus.Invalid, [new Error(code, message, field)]);

    public static Result NotFound(string code, string message) => new(ResultStatus.NotFound, [new Error(code, message)]);

    public static Result Conflict(string code, string message) => new(ResultStatus.Conflict, [new Error(code, message)]);

    public static Result Forbidden(string code, string message) => new(ResultStatus.Forbidden, [new Error(code, message)]);

    public static Result<T> Success<T>(T value) => Result<T>.Success(value);

    /// <summary>The same failure with typed values for the translation of its (single) error: see <see cref="Error.Args"/>.</summary>
    public Result WithArgs(params object[] args) => new(Status, ErrorsWithArgs(Errors, args));

    private protected static IReadOnlyList<Error> ErrorsWithArgs(IReadOnlyList<Error> errors, object[] args) =>
        errors.Count == 1
            ? [errors[0] with { Args = args }]
            : throw new DomainException("Arguments belong to a failure with exactly one error.");

    /// <summary>All error messages joined, for logs, the CLI and tests.</summary>
    public string Describe() => string.Join("; ", Errors.Select(e => e.Message));
}

public sealed class Result<T> : Result
{
    private readonly T? _value;

    private Result(ResultStatus status, IReadOnlyList<Error> errors, T? value) : base(status, errors) => _value = value;

    public T Value => Succeeded ? _value! : throw new DomainException($"No value: the operation failed ({Describe()}).");

    public static Result<T> Success(T value) => new(ResultStatus.Ok, [], value);

    public static Result<T> Failure(Result failed) =>
        failed.Succeeded
            ? throw new DomainException("A successful result cannot become a failure.")
            : new(failed.Status, failed.Errors, default);

    /// <summary>The same failure with typed values for the translation of its (single) error: see <see cref="Error.Args"/>.</summary>
    public new Result<T> WithArgs(params object[] args) => new(Status, ErrorsWithArgs(Errors, args), default);

    public static new Result<T> Invalid(string code, string message, string? field = null) =>
        new(ResultStatus.Invalid, [new Error(code, message, field)], default);

    public static new Result<T> Invalid(IReadOnlyList<Error> errors) => new(ResultStatus.Invalid, errors, default);

    public static new Result<T> NotFound(string code, string message) =>
        new(ResultStatus.NotFound, [new Error(code, message)], default);

    public static new Result<T> Conflict(string code, string message) =>
        new(ResultStatus.Conflict, [new Error(code, message)], default);
}
