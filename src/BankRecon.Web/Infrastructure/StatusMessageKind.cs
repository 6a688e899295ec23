namespace BankRecon.Web.Infrastructure;

public enum StatusMessageKind
{
    Success,
    Info,
    Warning,
    Error,
}
