namespace BankRecon.Importers.Abstractions;

/// <summary>The statement file formats we read. <see cref="Auto"/> means "detect from content".</summary>
public enum StatementFormat
{
    Auto = 0,
    Camt = 1,
    Mt940 = 2,
    Ofx = 3,
    Bai2 = 4,
    Csv = 5,
}
