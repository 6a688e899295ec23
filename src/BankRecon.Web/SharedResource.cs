namespace BankRecon.Web;

/// <summary>
/// Marker for the one shared resource set (Resources/SharedResource[.nb|.sv].resx) that holds every visible text.
/// Keys are dotted names ("Nav.Customers"); the English file is complete and the others must match it (tested).
/// </summary>
public sealed class SharedResource;
