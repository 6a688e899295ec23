namespace BankRecon.Domain.Documents;

public enum PostedDocumentKind
{
    SalesInvoice = 0,
    SalesCreditMemo = 1,
    PurchaseInvoice = 2,
    PurchaseCreditMemo = 3,
}
