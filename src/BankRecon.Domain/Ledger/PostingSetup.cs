using BankRecon.Domain.Common;

namespace BankRecon.Domain.Ledger;

/// <summary>Which G/L accounts the posting engine uses (one row). Every id points to a posting G/L account.</summary>
public sealed class PostingSetup : VersionedEntity
{
    private PostingSetup() { }

    public PostingSetup(Accounts accounts) => Change(accounts);

    public Guid ReceivablesAccountId { get; private set; }

    public Guid PayablesAccountId { get; private set; }

    public Guid SalesAccountId { get; private set; }

    public Guid PurchasesAccountId { get; private set; }

    public Guid PaymentDiscountGrantedAccountId { get; private set; }

    public Guid PaymentDiscountReceivedAccountId { get; private set; }

    public Guid PaymentToleranceAccountId { get; private set; }

    public Guid RoundingAccountId { get; private set; }

    public Guid RealizedFxGainAccountId { get; private set; }

    public Guid RealizedFxLossAccountId { get; private set; }

    public Guid BankChargesAccountId { get; private set; }

    public Accounts Current => new(ReceivablesAccountId, PayablesAccountId, SalesAccountId, PurchasesAccountId,
        PaymentDiscountGrantedAccountId, PaymentDiscountReceivedAccountId, PaymentToleranceAccountId, RoundingAccountId,
        RealizedFxGainAccountId, RealizedFxLossAccountId, BankChargesAccountId);

    public void Change(Accounts accounts)
    {
        ReceivablesAccountId = accounts.Receivables;
        PayablesAccountId = accounts.Payables;
        SalesAccountId = accounts.Sales;
        PurchasesAccountId = accounts.Purchases;
        PaymentDiscountGrantedAccountId = accounts.PaymentDiscountGranted;
        PaymentDiscountReceivedAccountId = accounts.PaymentDiscountReceived;
        PaymentToleranceAccountId = accounts.PaymentTolerance;
        RoundingAccountId = accounts.Rounding;
        RealizedFxGainAccountId = accounts.RealizedFxGain;
        RealizedFxLossAccountId = accounts.RealizedFxLoss;
        BankChargesAccountId = accounts.BankCharges;
        Touch();
    }

    public sealed record Accounts(
        Guid Receivables,
        Guid Payables,
        Guid Sales,
        Guid Purchases,
        Guid PaymentDiscountGranted,
        Guid PaymentDiscountReceived,
        Guid PaymentTolerance,
        Guid Rounding,
        Guid RealizedFxGain,
        Guid RealizedFxLoss,
        Guid BankCharges);
}
