namespace BankRecon.Domain.Ledger;

/// <summary>The sub-ledger a G/L entry came through, for tracing from the G/L back to the customer, vendor or bank.</summary>
public enum SourceType
{
    None = 0,
    Customer = 1,
    Vendor = 2,
    BankAccount = 3,
}
