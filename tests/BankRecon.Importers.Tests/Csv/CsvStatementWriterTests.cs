using BankRecon.Importers.Abstractions;
using BankRecon.Importers.Csv;
using BankRecon.Importers.Writers;

namespace BankRecon.Importers.Tests.Csv;

/// <summary>Seeded random statements written with a profile and read back with the same profile (and by detection).</summary>
public sealed class CsvStatementWriterTests
{
    private static readonly string[] Words =
    [
        "Betaling", "faktura", "Blåbær", "Ærlig", "Øst", "Smörgås", "Göteborg", "Ålesund", "Kaffe;kake", "Rent, March", "\"Quoted\"",
        "KID", "OCR", "Overføring", "Lønn", "Husleie", "Matkroken", "Strøm", "Tab\there", "line\nbreak", "100%", "#42", "Vipps",
    ];

    /// <summary>Custom layouts next to the built-ins: nb-NO style, headerless, pipe + direction, US style, newest first.</summary>
    public static IReadOnlyList<CsvProfile> CustomProfiles { get; } =
    [
        new CsvProfile
        {
            Name = "custom-nb-no",
            Columns = ["Bokført dato", "Rentedato", "Beskrivelse", "Motpart", "KID", "Arkivref", "Beløp", "Saldo"],
            Encoding = "utf-8-bom",
            DatePattern = "dd.MM.yyyy",
            DecimalSeparator = ',',
            ThousandsSeparator = '\u00A0',
            BookingDateColumn = "Bokført dato",
            ValueDateColumn = "Rentedato",
            TextColumns = ["Beskrivelse"],
            CounterpartyNameColumn = "Motpart",
            ReferenceColumn = "KID",
            BankReferenceColumn = "Arkivref",
            AmountColumn = "Beløp",
            BalanceColumn = "Saldo",
            DefaultCurrency = "NOK",
        },
        new CsvProfile
        {
            Name = "custom-headerless-tab-1252",
            Encoding = "windows-1252",
            HasHeaderRow = false,
            Delimiter = '\t',
            DatePattern = "yyyyMMdd",
            DecimalSeparator = ',',
            BookingDateColumn = "2",
            AmountColumn = "5",
            TextColumns = ["3"],
            BankReferenceColumn = "1",
            DefaultCurrency = "SEK",
        },
        new CsvProfile
        {
            Name = "custom-pipe-direction",
            Delimiter = '|',
            DatePattern = "dd.MM.yy",
            DecimalSeparator = ',',
            ThousandsSeparator = ' ',
            AmountLayout = CsvAmountLayout.AmountWithDirection,
            BookingDateColumn = "Dato",
            AmountColumn = "Beløp",
            DirectionColumn = "Retning",
            DebitMarkers = ["Ut"],
            CreditMarkers = ["Inn"],
            TextColumns = ["Tekst"],
            CurrencyColumn = "Valuta",
            DefaultCurrency = "NOK",
        },
        new CsvProfile
        {
            Name = "custom-us-comma",
            Delimiter = ',',
            DatePattern = "MM/dd/yyyy",
            DecimalSeparator = '.',
            ThousandsSeparator = ',',
            QuoteAllFields = true,
            BookingDateColumn = "Date",
            AmountColumn = "Amount",
            TextColumns = ["Description"],
            CounterpartyNameColumn = "Payee",
            BalanceColumn = "Balance",
            DefaultCurrency = "USD",
        },
        new CsvProfile
        {
            Name = "custom-newest-first-debit-credit",
            Columns = ["Dato", "Tekst", "Ut", "Inn", "Saldo"],
            SkipLines = 2,
            DatePattern = "dd.MM.yyyy",
            DecimalSeparator = ',',
            ThousandsSeparator = '.',
            AmountLayout = CsvAmountLayout.DebitCredit,
            BookingDateColumn = "Dato",
            TextColumns = ["Tekst"],
            DebitColumn = "Ut",
            CreditColumn = "Inn",
            BalanceColumn = "Saldo",
            NewestFirst = true,
            DefaultCurrency = "DKK",
        },
    ];

    public static TheoryData<string> AllProfileNames => [.. CsvProfiles.BuiltIn.Concat(CustomProfiles).Select(p => p.Name)];

    public static TheoryData<string> BuiltInNames => [.. CsvProfiles.BuiltIn.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(AllProfileNames))]
    public void Random_statement_round_trips_through_the_profile(string name)
    {
        var profile = ProfileNamed(name);
        var seed = 20260131 + name.Sum(c => c);
        var lines = RandomLines(new Random(seed), 250, profile);
        var opening = 1000.00m;

        var bytes = Write(lines, profile, opening);
        var result = Read(bytes, new ParseOptions { CsvProfile = profile, DefaultCurrency = Currency(profile), DefaultAccount = null });

        AssertRoundTrip(profile, lines, opening, result, fullFields: true);
    }

    [Theory]
    [MemberData(nameof(BuiltInNames))]
    public void Written_built_in_layout_is_recognised_and_read_back(string name)
    {
        var profile = ProfileNamed(name);
        var lines = RandomLines(new Random(7 + name.Length), 60, profile);

        var bytes = Write(lines, profile, 500.00m);
        var result = Read(bytes, new ParseOptions { DefaultCurrency = Currency(profile) });

        Assert.Contains(result.Diagnostics, d => d.Message.Contains($"profile '{name}'", StringComparison.Ordinal));
        AssertRoundTrip(profile, lines, 500.00m, result, fullFields: false);
    }

    [Fact]
    public void Encoding_and_preamble_follow_the_profile()
    {
        var profile = CustomProfiles.Single(p => p.Name == "custom-newest-first-debit-credit") with { Encoding = "windows-1252" };
        var lines = new[] { Line(new DateOnly(2026, 1, 2), -1234.5m, "Blåbær"), Line(new DateOnly(2026, 1, 3), 10m, "Øl") };
        using var output = new MemoryStream();

        CsvStatementWriter.Write(output, lines, profile, new CsvWriteOptions { OpeningBalance = 2000m, PreambleLines = ["Kontoudtog", "Konto 1234"] });

        var text = BankRecon.Importers.Detection.EncodingDetector.Windows1252.GetString(output.ToArray());
        Assert.Equal(
            "Kontoudtog\r\nKonto 1234\r\nDato;Tekst;Ut;Inn;Saldo\r\n03.01.2026;Øl;;10,00;775,50\r\n02.01.2026;Blåbær;1.234,50;;765,50\r\n",
            text);
    }

    [Fact]
    public void Million_lines_stream_through_writer_and_parser()
    {
        const int count = 1_000_000;
        var profile = CustomProfiles[0] with { BalanceColumn = null, Columns = ["Bokført dato", "Rentedato", "Beskrivelse", "Motpart", "KID", "Arkivref", "Beløp"] };
        var path = Path.Combine(Path.GetTempPath(), $"bankrecon-1m-{Guid.NewGuid():N}.csv");
        try
        {
            var before = GC.GetTotalMemory(forceFullCollection: true);
            using (var file = File.Create(path))
            {
                CsvStatementWriter.Write(file, Generated(count), profile);
            }

            var afterWrite = GC.GetTotalMemory(forceFullCollection: true);
            Assert.True(new FileInfo(path).Length > 40L * count);
            Assert.True(afterWrite - before < 16 * 1024 * 1024, $"writer retained {afterWrite - before} bytes");

            var sink = new CountingSink();
            using (var file = File.OpenRead(path))
            {
                new CsvStatementParser().Parse(file, new ParseOptions { CsvProfile = profile }, sink);
            }

            Assert.Equal(count, sink.Lines);
            Assert.Equal(Generated(count).Sum(l => l.Amount), sink.Sum);
            Assert.Equal(0, sink.Problems);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Profile_with_apostrophe_quotes_cannot_be_written()
    {
        var profile = CustomProfiles[0] with { Quote = '\'' };

        Assert.Throws<ArgumentException>(() => CsvStatementWriter.Write(new MemoryStream(), [], profile));
    }

    private static void AssertRoundTrip(CsvProfile profile, List<ParsedLine> lines, decimal opening, ParseResult result, bool fullFields)
    {
        Assert.False(result.IsRejected, string.Join("; ", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var statement = Assert.Single(result.Statements);
        var read = profile.NewestFirst == true ? statement.Lines.Reverse().ToList() : statement.Lines.ToList();
        Assert.Equal(lines.Count, read.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var (want, got) = (lines[i], read[i]);
            Assert.Equal(want.BookingDate, got.BookingDate);
            Assert.Equal(want.Amount, got.Amount);
            Assert.Equal(Normalise(want.Description), got.Description);
            Assert.Equal(want.Currency, got.Currency);
            if (!fullFields) continue;
            Assert.Equal(profile.ValueDateColumn is null ? null : want.ValueDate, got.ValueDate);
            Assert.Equal(profile.CounterpartyNameColumn is null ? null : Normalise(want.CounterpartyName), got.CounterpartyName);
            Assert.Equal(profile.ReferenceColumn is null ? null : want.Reference, got.Reference);
            Assert.Equal(profile.BankReferenceColumn is null ? null : want.BankReference, got.BankReference);
        }

        if (profile.BalanceColumn is not null)
        {
            Assert.Equal(opening, statement.Header.OpeningBalance);
            Assert.Equal(opening + lines.Sum(l => l.Amount), statement.Header.ClosingBalance);
        }
    }

    private static byte[] Write(List<ParsedLine> lines, CsvProfile profile, decimal opening)
    {
        using var output = new MemoryStream();
        CsvStatementWriter.Write(output, lines, profile, new CsvWriteOptions { OpeningBalance = opening, Account = "12345678903" });
        return output.ToArray();
    }

    private static ParseResult Read(byte[] bytes, ParseOptions options)
    {
        using var input = new MemoryStream(bytes);
        return StatementReader.Read(input, options);
    }

    private static List<ParsedLine> RandomLines(Random random, int count, CsvProfile profile)
    {
        var lines = new List<ParsedLine>(count);
        var date = new DateOnly(2025, 1, 1).AddDays(random.Next(0, 300));
        for (var i = 0; i < count; i++)
        {
            date = date.AddDays(random.Next(0, 3));
            var cents = random.NextInt64(1, 5_000_000_00L);
            var amount = (random.Next(3) == 0 ? cents : -cents) / 100m;
            lines.Add(new ParsedLine
            {
                BookingDate = date,
                ValueDate = date.AddDays(random.Next(0, 2)),
                Amount = amount,
                Currency = Currency(profile),
                Description = $"{Words[random.Next(Words.Length)]} {Words[random.Next(Words.Length)]} {random.Next(1000, 99999)}",
                CounterpartyName = $"{Words[random.Next(Words.Length)]} AS",
                Reference = random.Next(2) == 0 ? null : random.NextInt64(10_000_000, 99_999_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture),
                BankReference = $"REF{i:D6}",
            });
        }

        return lines;
    }

    private static IEnumerable<ParsedLine> Generated(int count)
    {
        var start = new DateOnly(2026, 1, 1);
        for (var i = 0; i < count; i++)
        {
            yield return new ParsedLine
            {
                BookingDate = start.AddDays(i % 365),
                ValueDate = start.AddDays(i % 365),
                Amount = ((i % 7) - 3) * 1234.56m + (i % 100) / 100m,
                Description = "Generated line æøå",
                CounterpartyName = "Motpart AS",
                Reference = "1234567890128",
                BankReference = $"A{i}",
            };
        }
    }

    private static ParsedLine Line(DateOnly date, decimal amount, string text) => new() { BookingDate = date, Amount = amount, Description = text };

    private static string Currency(CsvProfile profile) => profile.DefaultCurrency ?? "NOK";

    private static string? Normalise(string? text) =>
        text is null ? null : string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static CsvProfile ProfileNamed(string name) => CsvProfiles.Find(name) ?? CustomProfiles.Single(p => p.Name == name);

    private sealed class CountingSink : IStatementSink
    {
        public int Lines { get; private set; }

        public decimal Sum { get; private set; }

        public int Problems { get; private set; }

        public void StartStatement(StatementHeader header) { }

        public void Line(ParsedLine line)
        {
            Lines++;
            Sum += line.Amount;
        }

        public void EndStatement(StatementHeader header) { }

        public void Diagnostic(ParseDiagnostic diagnostic)
        {
            if (diagnostic.Severity >= DiagnosticSeverity.Warning) Problems++;
        }
    }
}
