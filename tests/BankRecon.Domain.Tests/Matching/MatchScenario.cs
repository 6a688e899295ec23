using BankRecon.Domain.Matching;
using BankRecon.Domain.Payments;

namespace BankRecon.Domain.Tests.Matching;

/// <summary>
/// Builds small matching inputs in a readable way: parties with their accounts, open entries, statement lines, then
/// runs the engine. Dates default to a fixed statement date so that tests never depend on the clock.
/// </summary>
internal sealed class MatchScenario
{
    public static readonly DateOnly StatementDate = new(2026, 3, 10);

    private readonly List<OpenEntry> _entries = [];
    private readonly List<MatchLine> _lines = [];
    private readonly Dictionary<string, Party> _parties = [];
    private int _nextEntry = 1;

    public MatchingSettings Settings { get; set; } = new();

    public IReadOnlyList<OpenEntry> Entries => _entries;

    public IReadOnlyList<MatchLine> Lines => _lines;

    public static MatchScenario Ours() => new();

    public static MatchScenario BusinessCentral() => new() { Settings = MatchingSettings.BusinessCentral };

    /// <summary>A Norwegian IBAN with valid check digits built from an 11-digit BBAN.</summary>
    public static string NorwegianIban(string bban)
    {
        var check = 98 - Mod97(bban + "232400");
        return "NO" + check.ToString("00", System.Globalization.CultureInfo.InvariantCulture) + bban;
    }

    /// <summary>A valid MOD10 KID for the given base digits.</summary>
    public static string Kid(string baseDigits) => PaymentReference.Create(PaymentReferenceKind.KidMod10, baseDigits)!;

    public MatchScenario Customer(string no, string name, string? account = null, string? address = null, string? city = null)
    {
        _parties[no] = new Party(PartyType.Customer, no, name, account is null ? [] : [account], address, city);
        return this;
    }

    public MatchScenario Vendor(string no, string name, string? account = null)
    {
        _parties[no] = new Party(PartyType.Vendor, no, name, account is null ? [] : [account], null, null);
        return this;
    }

    /// <summary>An open invoice of a party (amount given as the accountant sees it; vendor amounts are made negative).</summary>
    public OpenEntry Invoice(
        string partyNo,
        decimal amount,
        string? documentNo = null,
        string? externalDocumentNo = null,
        string? paymentReference = null,
        DateOnly? postingDate = null,
        DateOnly? dueDate = null,
        string currency = "NOK",
        DateOnly? discountDate = null,
        decimal discount = 0m,
        DocumentType documentType = DocumentType.Invoice,
        string? entryId = null)
    {
        var party = _parties[partyNo];
        var sign = party.Type == PartyType.Customer ? 1 : -1;
        if (documentType == DocumentType.CreditMemo) sign = -sign;
        var id = entryId ?? "E" + _nextEntry.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
        _nextEntry++;
        var posting = postingDate ?? StatementDate.AddDays(-30);
        var entry = new OpenEntry(
            id, party.Type, party.No, party.Name, party.Accounts, party.Address, party.City, documentType,
            documentNo ?? "10" + _nextEntry.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), externalDocumentNo, paymentReference,
            posting, dueDate ?? posting.AddDays(14), currency, sign * amount, discountDate, sign * discount);
        _entries.Add(entry);
        return entry;
    }

    public MatchLine Line(
        decimal amount,
        string? text = null,
        string? name = null,
        string? account = null,
        string? reference = null,
        DateOnly? date = null,
        string currency = "NOK",
        string? address = null,
        string? city = null,
        decimal? charges = null)
    {
        var line = new MatchLine(1, _lines.Count + 1, date ?? StatementDate, amount, currency, text, name, account, reference, null, address, city, charges);
        _lines.Add(line);
        return line;
    }

    public MatchResult Run() => MatchingEngine.Match(_lines, _entries, Settings);

    /// <summary>Runs the engine and returns the proposal of the only (or first) line.</summary>
    public LineProposal Single() => Run().Proposals[0];

    private static int Mod97(string digits)
    {
        var remainder = 0;
        foreach (var c in digits) remainder = (remainder * 10 + (c - '0')) % 97;
        return remainder;
    }

    private sealed record Party(PartyType Type, string No, string Name, IReadOnlyList<string> Accounts, string? Address, string? City);
}
