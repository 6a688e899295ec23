namespace BankRecon.Application.Bench;

/// <summary>The ways payers quote invoice numbers and references in free text, in the languages our payers write.</summary>
internal static class RemittanceTexts
{
    private static readonly string[] Single =
    [
        "Faktura {0}", "Faktura nr. {0}", "Fakturanr {0}", "fakt.nr {0}", "inv {0}", "INV-{0}", "Invoice {0}",
        "Invoice no. {0}", "Rechnung {0}", "Rechnung Nr. {0}", "Lasku {0}", "Betaling faktura {0}", "{0}",
        "Innbetaling {0}", "Ref {0}", "#{0}", "Faktura {0} takk", "FAKTURA {0}", "Betaling av faktura {0} fra oss",
    ];

    private static readonly string[] Partial =
    [
        "Delbetaling faktura {0}", "a konto {0}", "Avdrag faktura {0}", "Teilzahlung Rechnung {0}", "Part payment inv {0}",
        "Faktura {0} del 1", "Delbetalning faktura {0}",
    ];

    private static readonly string[] Filler =
    [
        "Betaling", "Innbetaling", "Payment", "", "", "Mars", "Takk for handelen", "Betalning", "Zahlung", "Maksu", "Overføring",
    ];

    private static readonly string[] ReferencePrefix = ["KID {0}", "KID: {0}", "Ref {0}", "{0}", "OCR {0}", "Referanse {0}"];

    public static string SingleInvoice(Random random, string documentNo) => Fill(random.Pick(Single), documentNo);

    public static string PartialInvoice(Random random, string documentNo) => Fill(random.Pick(Partial), documentNo);

    public static string GenericFiller(Random random) => random.Pick(Filler);

    public static string ReferenceInText(Random random, string reference) => Fill(random.Pick(ReferencePrefix), reference);

    /// <summary>"fakt.nr 10234/10235", "10234 og 10236", "Faktura 10234, 10235 og 10236", ...</summary>
    public static string SeveralInvoices(Random random, IReadOnlyList<string> numbers)
    {
        var head = string.Join(", ", numbers.Take(numbers.Count - 1));
        var last = numbers[^1];
        return random.Next(8) switch
        {
            0 => "fakt.nr " + string.Join("/", numbers),
            1 => $"{head} og {last}",
            2 => $"Faktura {head} og {last}",
            3 => "inv " + string.Join(" ", numbers),
            4 => $"Rechnungen {head} und {last}",
            5 => "Fakturaer " + string.Join("+", numbers),
            6 => string.Join(",", numbers),
            _ => $"Lasku {head} ja {last}",
        };
    }

    /// <summary>An invoice netted with a credit memo: "Faktura 10234 - kreditnota CR-2001".</summary>
    public static string InvoiceLessCredit(Random random, string invoiceNo, string creditMemoNo) => random.Next(4) switch
    {
        0 => $"Faktura {invoiceNo} - kreditnota {creditMemoNo}",
        1 => $"inv {invoiceNo} less CN {creditMemoNo}",
        2 => $"{invoiceNo} ./. {creditMemoNo}",
        _ => $"Faktura {invoiceNo} minus kreditnota {creditMemoNo}",
    };

    private static string Fill(string template, string value) => template.Replace("{0}", value, StringComparison.Ordinal);
}
