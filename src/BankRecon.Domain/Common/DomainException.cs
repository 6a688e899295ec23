namespace BankRecon.Domain.Common;

/// <summary>An impossible state: a bug in our code, never an expected business outcome (those return <see cref="Result"/>).</summary>
public sealed class DomainException : Exception
{
    public DomainException(string message) : base(message) { }

    public DomainException(string message, Exception innerException) : base(message, innerException) { }

    public DomainException() { }
}
