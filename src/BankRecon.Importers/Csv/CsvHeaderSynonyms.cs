using System.Text;

namespace BankRecon.Importers.Csv;

/// <summary>
/// Column header names banks use, in English, Norwegian (bokmål and nynorsk), Swedish, Danish, Finnish, German and
/// Dutch, mapped to a <see cref="CsvColumnRole"/>. Within a role, earlier names win when a file has several candidates
/// (a booking date beats a transaction date; a name column beats a sender/receiver column).
/// </summary>
public static class CsvHeaderSynonyms
{
    private static readonly (CsvColumnRole Role, string[] Names)[] Table =
    [
        (CsvColumnRole.BookingDate,
        [
            "bokført dato", "bokført", "bokføringsdato", "bokføringsdag", "bokföringsdag", "bokföringsdatum", "bokförd", "bokfört",
            "bokfdag", "reskontradatum", "bogført", "bogføringsdato", "bogføringsdag", "booking date", "posting date", "entry date",
            "buchungstag", "buchungsdatum", "kirjauspäivä", "dato", "datum", "date", "transaksjonsdato", "transaktionsdatum",
            "transaktionsdag", "transdag", "transaction date", "tapahtumapäivä", "maksupäivä", "betalingsdato",
        ]),
        (CsvColumnRole.ValueDate,
        [
            "rentedato", "valutadato", "valuteringsdato", "valuteringsdag", "valutadag", "valutadatum", "value date", "valør",
            "valørdato", "rentedag", "wertstellung", "wertstellungsdatum", "valuta datum", "arvopäivä",
        ]),
        (CsvColumnRole.Debit,
        [
            "ut fra konto", "beløp ut", "belopp ut", "uttak", "uttag", "ut", "debet", "debit", "soll", "utbetalning", "udbetaling",
            "hævet", "withdrawal", "withdrawals", "money out", "paid out", "debit amount", "belastning", "nosto",
        ]),
        (CsvColumnRole.Credit,
        [
            "inn på konto", "beløp inn", "belopp in", "innskudd", "insättning", "inn", "kredit", "credit", "haben", "inbetalning",
            "indbetaling", "indsat", "deposit", "deposits", "money in", "paid in", "credit amount", "pano",
        ]),
        (CsvColumnRole.Amount,
        [
            "beløp", "belopp", "beløb", "amount", "betrag", "summa", "määrä", "bedrag", "transaksjonsbeløp", "transaktionsbelopp",
            "umsatz", "sum",
        ]),
        (CsvColumnRole.Direction,
        [
            "af bij", "d/c", "c/d", "dr/cr", "cr/dr", "debit/credit", "credit/debit", "creditdebet", "debet/kredit", "kredit/debet",
            "inn/ut", "ut/inn", "soll/haben", "s/h", "retning", "direction",
        ]),
        (CsvColumnRole.Text,
        [
            "forklaring", "beskrivelse", "beskrivning", "tekst", "text", "text/mottagare", "transaktionstext", "rubrik", "tittel",
            "meddelande", "melding", "meddelelse", "beskjed", "skildring", "description", "details", "detail", "memo", "narrative",
            "transaktion", "transaksjon", "verwendungszweck", "buchungstext", "selitys", "viesti", "otsikko", "posteringstekst",
            "specifikation", "naam / omschrijving", "omschrijving", "mededelingen",
        ]),
        (CsvColumnRole.CounterpartyName,
        [
            "navn", "namn", "name", "nimi", "mottakernavn", "mottakarnamn", "payee", "payer", "counterparty", "beneficiary/payer",
            "beneficiary", "auftraggeber/empfänger", "empfänger", "auftraggeber", "saaja/maksaja", "motpart", "mottaker", "mottakar",
            "mottagare", "modtager", "avsender", "avsendar", "avsändare", "afsender", "betaler",
        ]),
        (CsvColumnRole.CounterpartyAccount,
        [
            "motkonto", "mottakerkonto", "mottagarkonto", "tegenrekening", "counterparty account", "counterparty iban", "iban motpart",
        ]),
        (CsvColumnRole.Reference,
        [
            "kid", "ocr", "kid/ocr", "ocr-nummer", "ocr nummer", "ocr-referens", "viite", "viitenumero", "referanse", "referens",
            "reference", "betalingsreference", "payment reference", "referencenummer",
        ]),
        (CsvColumnRole.BankReference,
        [
            "arkivreferanse", "arkivref", "arkivkode", "arkiveringsreferanse", "bankreferanse", "transaksjonsreferanse",
            "transaksjons-id", "transaktions-id", "transaction id", "bank reference", "verifikationsnummer", "referentie", "arkistointitunnus",
        ]),
        (CsvColumnRole.Currency, ["valuta", "currency", "währung", "valuutta", "myntslag", "ccy"]),
        (CsvColumnRole.Balance,
        [
            "saldo", "bokført saldo", "bokfört saldo", "saldo etter", "saldo efter", "balance", "running balance", "kontostand",
            "balance after",
        ]),
        (CsvColumnRole.Status, ["status", "tila"]),
        (CsvColumnRole.Account, ["kontonummer", "kontonr", "account number", "account", "tilinumero", "client account", "rekening"]),
    ];

    private static readonly Dictionary<string, (CsvColumnRole Role, int Priority)> Lookup = Build();

    /// <summary>The role a header name suggests and its priority within the role (0 = strongest), or None.</summary>
    public static (CsvColumnRole Role, int Priority) Match(string? header)
    {
        var key = Normalize(header);
        if (key.Length == 0) return (CsvColumnRole.None, int.MaxValue);
        if (Lookup.TryGetValue(key, out var hit)) return hit;

        // "Beløp (NOK)", "Bedrag (EUR)": the parenthesis was dropped by Normalize; try the first word(s) too.
        var space = key.LastIndexOf(' ');
        while (space > 0)
        {
            key = key[..space];
            if (Lookup.TryGetValue(key, out hit) && hit.Role is not (CsvColumnRole.Debit or CsvColumnRole.Credit))
            {
                return (hit.Role, hit.Priority + 100);
            }

            space = key.LastIndexOf(' ');
        }

        return (CsvColumnRole.None, int.MaxValue);
    }

    /// <summary>Lower-case, single-spaced, without BOM, quotes, trailing punctuation or a trailing "(NOK)" part.</summary>
    public static string Normalize(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return "";
        var text = header.Replace('\uFEFF', ' ').Trim().Trim('"', '\'').Trim();
        var paren = text.IndexOf('(', StringComparison.Ordinal);
        if (paren > 0) text = text[..paren];
        var builder = new StringBuilder(text.Length);
        var lastSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '_')
            {
                if (!lastSpace && builder.Length > 0) builder.Append(' ');
                lastSpace = true;
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
            lastSpace = false;
        }

        return builder.ToString().TrimEnd(' ', ':', '.', '*');
    }

    private static Dictionary<string, (CsvColumnRole, int)> Build()
    {
        var lookup = new Dictionary<string, (CsvColumnRole, int)>(StringComparer.Ordinal);
        foreach (var (role, names) in Table)
        {
            for (var i = 0; i < names.Length; i++) lookup.TryAdd(names[i], (role, i));
        }

        return lookup;
    }
}
