namespace BankRecon.Importers.Csv;

/// <summary>
/// Built-in CSV layouts of large Nordic banks. None of these banks publishes a specification of its CSV export, so each
/// layout comes from open-source importers and user reports; <see cref="CsvProfile.Notes"/> says how sure we are. When
/// a real file differs (number format, encoding), the detector adjusts the profile and says so, and the user can save
/// the corrected profile per bank account. Every profile has a synthetic fixture in the tests (TestData/csv/builtin-*).
/// </summary>
public static class CsvProfiles
{
    private const string Unverified = "Unverified: no bank-published specification or sample was available; built from open-source importers and user reports.";

    public static CsvProfile DnbNo { get; } = new()
    {
        Name = "dnb-no",
        DisplayName = "DNB (Norway)",
        Columns = ["Dato", "Forklaring", "Rentedato", "Ut fra konto", "Inn på konto"],
        Delimiter = ';',
        QuoteAllFields = true,
        DatePattern = "dd.MM.yyyy",
        DecimalSeparator = ',',
        ThousandsSeparator = ' ',
        AmountLayout = CsvAmountLayout.DebitCredit,
        BookingDateColumn = "Dato",
        ValueDateColumn = "Rentedato",
        DebitColumn = "Ut fra konto",
        CreditColumn = "Inn på konto",
        TextColumns = ["Forklaring"],
        DefaultCurrency = "NOK",
        Notes = Unverified + " Importers disagree on the number format: decimal comma with space/NBSP thousands (\"25 000,00\") in most, dot decimals in one report of the 'Lagre til fil' export. Reserved rows end with 'Reservert transaksjon' and have no Rentedato.",
    };

    public static CsvProfile DnbNoLegacy { get; } = DnbNo with
    {
        Name = "dnb-no-legacy",
        DisplayName = "DNB (Norway), older export",
        Columns = ["Dato", "Forklaring", "Rentedato", "Uttak", "Innskudd"],
        DebitColumn = "Uttak",
        CreditColumn = "Innskudd",
        Notes = Unverified + " The older DNB export named the amount columns Uttak/Innskudd.",
    };

    public static CsvProfile SpareBank1No { get; } = new()
    {
        Name = "sparebank1-no",
        DisplayName = "SpareBank 1 (Norway)",
        Columns = ["Dato", "Beskrivelse", "Rentedato", "Inn", "Ut", "Til konto", "Fra konto"],
        Encoding = "utf-8-bom",
        Delimiter = ';',
        QuoteAllFields = true,
        DatePattern = "dd.MM.yyyy",
        DecimalSeparator = ',',
        AmountLayout = CsvAmountLayout.DebitCredit,
        BookingDateColumn = "Dato",
        ValueDateColumn = "Rentedato",
        DebitColumn = "Ut",
        CreditColumn = "Inn",
        DebitIsNegative = true,
        TextColumns = ["Beskrivelse"],
        DefaultCurrency = "NOK",
        Notes = Unverified + " UTF-8 with BOM, every value quoted, a trailing ';' on each line, 'Ut' holds negative amounts (\"-429,00\"); Til konto/Fra konto are 11-digit account numbers whose meaning depends on the direction, so they are not mapped.",
    };

    public static CsvProfile SbankenNo { get; } = new()
    {
        Name = "sbanken-no",
        DisplayName = "Sbanken (Norway, now part of DNB)",
        Columns = ["BOKFØRINGSDATO", "RENTEDATO", "ARKIVREFERANSE", "TYPE", "TEKST", "UT FRA KONTO", "INN PÅ KONTO"],
        Delimiter = '\t',
        DatePattern = "dd.MM.yyyy",
        DecimalSeparator = ',',
        AmountLayout = CsvAmountLayout.DebitCredit,
        BookingDateColumn = "BOKFØRINGSDATO",
        ValueDateColumn = "RENTEDATO",
        DebitColumn = "UT FRA KONTO",
        CreditColumn = "INN PÅ KONTO",
        BankReferenceColumn = "ARKIVREFERANSE",
        TextColumns = ["TEKST"],
        DefaultCurrency = "NOK",
        Notes = Unverified + " Tab-separated; ARKIVREFERANSE is the bank's archive reference.",
    };

    public static CsvProfile NordeaNo { get; } = new()
    {
        Name = "nordea-no",
        DisplayName = "Nordea (Norway)",
        Columns = ["Bokføringsdato", "Beløp", "Avsender", "Mottaker", "Navn", "Tittel", "Saldo", "Valuta"],
        Delimiter = ';',
        DatePattern = "yyyy/MM/dd",
        DecimalSeparator = ',',
        AmountLayout = CsvAmountLayout.Signed,
        BookingDateColumn = "Bokføringsdato",
        AmountColumn = "Beløp",
        CounterpartyNameColumn = "Navn",
        TextColumns = ["Tittel"],
        BalanceColumn = "Saldo",
        CurrencyColumn = "Valuta",
        DefaultCurrency = "NOK",
        Notes = Unverified + " Nordea's netbank export shared by NO/SE/DK/FI with localised headers; yyyy/MM/dd dates; Avsender/Mottaker hold account numbers; newest first; pending rows have 'Reservert' instead of a date.",
    };

    public static CsvProfile NordeaSe { get; } = NordeaNo with
    {
        Name = "nordea-se",
        DisplayName = "Nordea (Sweden)",
        Columns = ["Bokföringsdag", "Belopp", "Avsändare", "Mottagare", "Namn", "Rubrik", "Meddelande", "Egna anteckningar", "Saldo", "Valuta"],
        DatePattern = "yyyy-MM-dd",
        BookingDateColumn = "Bokföringsdag",
        AmountColumn = "Belopp",
        CounterpartyNameColumn = "Namn",
        TextColumns = ["Rubrik", "Meddelande"],
        Encoding = "utf-8-bom",
        DefaultCurrency = "SEK",
        Notes = "As described for two public Nordea SE exports (docs/formats/csv.md): UTF-8 with BOM, ';', yyyy-MM-dd, decimal comma, newest first, Saldo blank on some rows, OCR/bankgiro references inside Meddelande. The personal export has no Meddelande/Egna anteckningar columns; they are then ignored.",
    };

    public static CsvProfile NordeaDk { get; } = NordeaNo with
    {
        Name = "nordea-dk",
        DisplayName = "Nordea (Denmark)",
        Columns = ["Bogføringsdato", "Beløb", "Afsender", "Modtager", "Navn", "Beskrivelse", "Saldo", "Valuta"],
        BookingDateColumn = "Bogføringsdato",
        AmountColumn = "Beløb",
        TextColumns = ["Beskrivelse"],
        DefaultCurrency = "DKK",
        Notes = Unverified + " Danish headers of the shared Nordea export; yyyy/MM/dd dates.",
    };

    public static CsvProfile NordeaFi { get; } = NordeaNo with
    {
        Name = "nordea-fi",
        DisplayName = "Nordea (Finland)",
        Columns = ["Kirjauspäivä", "Määrä", "Maksaja", "Maksunsaaja", "Nimi", "Otsikko", "Viitenumero", "Saldo", "Valuutta"],
        BookingDateColumn = "Kirjauspäivä",
        AmountColumn = "Määrä",
        CounterpartyNameColumn = "Nimi",
        TextColumns = ["Otsikko"],
        ReferenceColumn = "Viitenumero",
        CurrencyColumn = "Valuutta",
        DefaultCurrency = "EUR",
        Notes = Unverified + " Finnish headers of the shared Nordea export (after hledger's nordea.rules field order); pending rows carry 'Varaus' in the date column; Viitenumero is the Finnish creditor reference.",
    };

    public static CsvProfile HandelsbankenSe { get; } = new()
    {
        Name = "handelsbanken-se",
        DisplayName = "Handelsbanken (Sweden)",
        Columns = ["Reskontradatum", "Transaktionsdatum", "Text", "Belopp", "Saldo"],
        Delimiter = ';',
        DatePattern = "yyyy-MM-dd",
        DecimalSeparator = ',',
        ThousandsSeparator = ' ',
        AmountLayout = CsvAmountLayout.Signed,
        BookingDateColumn = "Reskontradatum",
        AmountColumn = "Belopp",
        TextColumns = ["Text"],
        BalanceColumn = "Saldo",
        DefaultCurrency = "SEK",
        Notes = Unverified + " Handelsbanken's account export is an Excel/HTML table; this is its column set saved as CSV (Excel, Swedish locale). Reskontradatum is the booking date.",
    };

    public static CsvProfile SebSe { get; } = new()
    {
        Name = "seb-se",
        DisplayName = "SEB (Sweden)",
        Columns = ["Bokföringsdatum", "Valutadatum", "Verifikationsnummer", "Text", "Belopp", "Saldo"],
        Delimiter = ';',
        DatePattern = "yyyy-MM-dd",
        DecimalSeparator = ',',
        ThousandsSeparator = ' ',
        AmountLayout = CsvAmountLayout.Signed,
        BookingDateColumn = "Bokföringsdatum",
        ValueDateColumn = "Valutadatum",
        AmountColumn = "Belopp",
        BankReferenceColumn = "Verifikationsnummer",
        TextColumns = ["Text"],
        BalanceColumn = "Saldo",
        DefaultCurrency = "SEK",
        Notes = Unverified + " SEB's export is an Excel file; this is its column set saved as CSV (Swedish locale). Verifikationsnummer is the bank's voucher number.",
    };

    public static CsvProfile SwedbankSe { get; } = new()
    {
        Name = "swedbank-se",
        DisplayName = "Swedbank (Sweden)",
        Columns =
        [
            "Radnummer", "Clearingnummer", "Kontonummer", "Produkt", "Valuta", "Bokföringsdag", "Transaktionsdag", "Valutadag",
            "Referens", "Beskrivning", "Belopp", "Bokfört saldo",
        ],
        SkipLines = 1,
        Delimiter = ',',
        DatePattern = "yyyy-MM-dd",
        DecimalSeparator = '.',
        AmountLayout = CsvAmountLayout.Signed,
        BookingDateColumn = "Bokföringsdag",
        ValueDateColumn = "Valutadag",
        AmountColumn = "Belopp",
        TextColumns = ["Beskrivning"],
        CurrencyColumn = "Valuta",
        AccountColumn = "Kontonummer",
        BalanceColumn = "Bokfört saldo",
        DefaultCurrency = "SEK",
        Notes = Unverified + " One preamble line ('* Transaktioner Period ... Skapad ...'), ',' separated, dot decimals, newest first; older exports are ISO-8859-15/Windows-1252 and a tab-separated variant exists (the detector handles both).",
    };

    public static CsvProfile DanskeBankDk { get; } = new()
    {
        Name = "danske-dk",
        DisplayName = "Danske Bank (Denmark)",
        Columns = ["Dato", "Tekst", "Beløb", "Saldo", "Status", "Afstemt"],
        Delimiter = ';',
        QuoteAllFields = true,
        DatePattern = "dd.MM.yyyy",
        DecimalSeparator = ',',
        ThousandsSeparator = '.',
        AmountLayout = CsvAmountLayout.Signed,
        BookingDateColumn = "Dato",
        AmountColumn = "Beløb",
        TextColumns = ["Tekst"],
        BalanceColumn = "Saldo",
        StatusColumn = "Status",
        PendingMarkers = ["Venter", "Reserveret", "Reservation"],
        DefaultCurrency = "DKK",
        Notes = Unverified + " Amounts as \"-1.234,56\" (dot thousands); Status is 'Udført' for booked rows and 'Venter' for pending ones; exports are often ISO-8859-1/Windows-1252.",
    };

    public static CsvProfile DanskeBankNo { get; } = DanskeBankDk with
    {
        Name = "danske-no",
        DisplayName = "Danske Bank (Norway)",
        Columns = ["Dato", "Tekst", "Beløp", "Saldo", "Status", "Avstemt"],
        AmountColumn = "Beløp",
        ThousandsSeparator = ' ',
        PendingMarkers = ["Venter", "Reservert"],
        DefaultCurrency = "NOK",
        Notes = Unverified + " Norwegian headers of the Danske Bank export; the thousands separator is assumed to be a space (the detector switches to '.' when the file uses it).",
    };

    /// <summary>All built-in profiles.</summary>
    public static IReadOnlyList<CsvProfile> BuiltIn { get; } =
    [
        DnbNo, DnbNoLegacy, SpareBank1No, SbankenNo, NordeaNo, NordeaSe, NordeaDk, NordeaFi, HandelsbankenSe, SebSe, SwedbankSe,
        DanskeBankDk, DanskeBankNo,
    ];

    /// <summary>A built-in profile by name (case-insensitive), or null.</summary>
    public static CsvProfile? Find(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : BuiltIn.FirstOrDefault(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
