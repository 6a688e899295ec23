using System.Globalization;
using BankRecon.Importers.Detection;
using CsvHelper;

namespace BankRecon.Importers.Csv;

/// <summary>
/// Works out the layout of a bank CSV file from a sample of its content: encoding, delimiter, quote, preamble lines,
/// header row, date pattern, decimal and thousands separators, amount layout and column roles — by header names in
/// English and the Nordic languages (<see cref="CsvHeaderSynonyms"/>) and by content when there is no header. A file
/// whose header matches a built-in profile (<see cref="CsvProfiles"/>) gets that profile. The result is a proposal for
/// the user to confirm, with notes that explain each choice.
/// </summary>
public static class CsvProfileDetector
{
    private const int SampleBytes = 256 * 1024;
    private const int MaxRecords = 300;

    /// <summary>Date patterns tried, in order of preference (zero-padded before lenient, day-first before month-first).</summary>
    public static IReadOnlyList<string> DatePatterns { get; } =
    [
        "dd.MM.yyyy", "yyyy-MM-dd", "dd/MM/yyyy", "MM/dd/yyyy", "yyyyMMdd", "yyyy/MM/dd", "dd-MM-yyyy", "yyyy.MM.dd", "dd.MM.yy",
        "dd/MM/yy", "MM/dd/yy", "dd-MM-yy", "d.M.yyyy", "d/M/yyyy", "M/d/yyyy", "d.M.yy", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
        "dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy HH:mm",
    ];

    private static readonly string[] DebitWords = ["D", "DR", "DEBIT", "DEBET", "UT", "UTTAK", "AF", "S", "SOLL", "-", "DB", "BELASTNING"];
    private static readonly string[] CreditWords = ["C", "CR", "CREDIT", "KREDIT", "INN", "INNSKUDD", "BIJ", "H", "HABEN", "+", "K"];
    private static readonly string[] DefaultPendingMarkers = new CsvProfile { Name = "x" }.PendingMarkers.ToArray();

    /// <summary>Proposes a profile from the start of a stream (rewound afterwards when it is seekable).</summary>
    public static CsvProfileProposal Propose(Stream content)
    {
        var start = content.CanSeek ? content.Position : 0;
        var buffer = new byte[SampleBytes];
        var read = 0;
        while (read < buffer.Length)
        {
            var n = content.Read(buffer, read, buffer.Length - read);
            if (n == 0) break;
            read += n;
        }

        var wholeFile = read < buffer.Length;
        if (content.CanSeek) content.Position = start;
        return Propose(buffer.AsSpan(0, read), wholeFile);
    }

    /// <summary>Proposes a profile from a sample of a file's bytes (the whole file when <paramref name="wholeFile"/>).</summary>
    public static CsvProfileProposal Propose(ReadOnlySpan<byte> sample, bool wholeFile)
    {
        var notes = new List<string>();
        if (sample.IsEmpty) return Fail("The file is empty.");

        var bom = EncodingDetector.BomLength(sample);
        var encoding = EncodingDetector.Detect(sample, wholeFile);
        var encodingName = bom == 3 ? "utf-8-bom"
            : ReferenceEquals(encoding, EncodingDetector.Utf8) ? "utf-8"
            : encoding.CodePage == 1252 ? "windows-1252"
            : encoding.WebName;
        notes.Add(encodingName switch
        {
            "utf-8-bom" => "Encoding: UTF-8 with byte-order mark.",
            "utf-8" => "Encoding: UTF-8 (no byte-order mark).",
            "windows-1252" => "Encoding: Windows-1252 (the text is not valid UTF-8).",
            _ => $"Encoding: {encodingName}.",
        });

        var text = encoding.GetString(sample[bom..]);
        if (!wholeFile)
        {
            var lastBreak = text.LastIndexOf('\n');
            if (lastBreak > 0) text = text[..(lastBreak + 1)];
        }

        // 1. Delimiter and quote: the one that splits the most records into the same number (≥ 2) of fields.
        var quote = ChooseQuote(text);
        (char Delimiter, List<Record> Records, int Columns, int Regular)? best = null;
        foreach (var delimiter in CsvSniffer.Delimiters)
        {
            var candidate = ReadRecords(text, delimiter, quote);
            var modal = candidate.Where(r => r.Fields.Length >= 2).GroupBy(r => r.Fields.Length)
                .Select(g => (Columns: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ThenByDescending(g => g.Columns).FirstOrDefault();
            if (modal.Count == 0) continue;
            if (best is null || modal.Count > best.Value.Regular || (modal.Count == best.Value.Regular && modal.Columns > best.Value.Columns))
            {
                best = (delimiter, candidate, modal.Columns, modal.Count);
            }
        }

        if (best is not { } chosen) return Fail("No delimiter (; , TAB |) splits the lines into columns.", notes);
        notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"Delimiter '{Visible(chosen.Delimiter)}': {chosen.Regular} of {chosen.Records.Count} sampled rows have {chosen.Columns} fields."));
        if (quote != '"') notes.Add($"Quote character: {quote}.");

        var confidence = 1.0;
        var records = chosen.Records;

        // 2. Header row and preamble.
        var firstData = FirstDataRecord(records);
        var headerIndex = HeaderBySynonyms(records, firstData);
        if (headerIndex < 0 && firstData > 0 && LooksLikeHeader(records[firstData - 1], chosen.Columns)) headerIndex = firstData - 1;
        if (headerIndex < 0 && firstData < 0) return Fail("No row with a date and an amount was found.", notes);

        var header = headerIndex >= 0 ? records[headerIndex].Fields : null;
        var dataStart = headerIndex >= 0 ? headerIndex + 1 : firstData;
        var skipLines = records[headerIndex >= 0 ? headerIndex : firstData].Line - 1;
        var width = header?.Length ?? chosen.Columns;
        var data = records.Skip(dataStart).Where(r => r.Fields.Length >= 2).Take(200).Select(r => r.Fields).ToList();
        if (data.Count == 0) return Fail("The file has a header but no data rows.", notes);
        notes.Add(header is null
            ? $"No header row; data starts on line {skipLines + 1}."
            : $"Header on line {skipLines + 1}{(skipLines > 0 ? $" ({skipLines} preamble line(s) skipped)" : "")}.");
        if (header is null) confidence -= 0.15;

        // 3. Built-in layout?
        if (header is not null && MatchBuiltIn(header, chosen.Delimiter, data, notes) is { } builtIn)
        {
            var fitted = builtIn with
            {
                SkipLines = skipLines,
                Quote = quote,
                Encoding = EncodingFits(builtIn.Encoding, encodingName) ? builtIn.Encoding : encodingName,
            };
            return new CsvProfileProposal(fitted, Math.Min(confidence, 0.95), notes) { BuiltInName = builtIn.Name };
        }

        // 4. Column analysis.
        var columns = Enumerable.Range(0, width).Select(i => Analyse(data, i)).ToList();
        var (decimalSeparator, thousands, numberNote, numberSure) = NumberFormat(columns, chosen.Delimiter);
        notes.Add(numberNote);
        if (!numberSure) confidence -= 0.1;
        foreach (var column in columns) column.Numeric = NumericShare(column.Values, decimalSeparator, thousands);

        var roles = header is null ? new CsvColumnRole[width] : RolesFromHeader(header, columns);
        var dateColumn = Array.IndexOf(roles, CsvColumnRole.BookingDate);
        if (dateColumn < 0)
        {
            dateColumn = columns.FindIndex(c => c.DateShare >= 0.9);
            if (dateColumn < 0) return Fail("No column holds dates in a known pattern.", notes);
            roles[dateColumn] = CsvColumnRole.BookingDate;
            if (header is not null) confidence -= 0.1;
            var second = columns.FindIndex(dateColumn + 1, c => c.DateShare >= 0.9);
            if (second > 0 && Array.IndexOf(roles, CsvColumnRole.ValueDate) < 0 && roles[second] == CsvColumnRole.None) roles[second] = CsvColumnRole.ValueDate;
        }

        var pattern = columns[dateColumn].DatePatterns[0];
        if (columns[dateColumn].EquallyGoodPatterns.Any(p => IsMonthFirst(p) != IsMonthFirst(pattern) && SameShape(p, pattern)))
        {
            notes.Add($"Dates could be day-first or month-first; {pattern} was chosen.");
            confidence -= 0.2;
        }

        // 5. Amount layout.
        var layout = AmountLayout(roles, columns, data, decimalSeparator, thousands, notes, ref confidence);
        if (layout is null) return Fail("No amount column was found.", notes);

        // 6. Text when the header named none: the longest free-text column.
        if (!roles.Contains(CsvColumnRole.Text))
        {
            var text2 = columns.Select((c, i) => (c, i))
                .Where(x => roles[x.i] == CsvColumnRole.None && x.c.DatePatterns.Count == 0 && x.c.Numeric < 0.5 && x.c.Values.Count > 0)
                .OrderByDescending(x => x.c.Values.Average(v => v.Length)).Select(x => x.i).FirstOrDefault(-1);
            if (text2 >= 0) roles[text2] = CsvColumnRole.Text;
        }

        string Ref(int index) => index < 0 ? "" : header is null ? (index + 1).ToString(CultureInfo.InvariantCulture) : HeaderReference(header, index);
        string? RoleRef(CsvColumnRole role) => Array.IndexOf(roles, role) is var i and >= 0 ? Ref(i) : null;

        var profile = new CsvProfile
        {
            Name = "detected",
            DisplayName = "Detected layout",
            Encoding = encodingName,
            Delimiter = chosen.Delimiter,
            Quote = quote,
            HasHeaderRow = header is not null,
            SkipLines = skipLines,
            DatePattern = pattern,
            DecimalSeparator = decimalSeparator,
            ThousandsSeparator = thousands,
            AmountLayout = layout.Value.Layout,
            BookingDateColumn = Ref(dateColumn),
            ValueDateColumn = RoleRef(CsvColumnRole.ValueDate),
            AmountColumn = RoleRef(CsvColumnRole.Amount),
            DebitColumn = RoleRef(CsvColumnRole.Debit),
            CreditColumn = RoleRef(CsvColumnRole.Credit),
            DirectionColumn = RoleRef(CsvColumnRole.Direction),
            DebitMarkers = layout.Value.DebitMarkers ?? new CsvProfile { Name = "x" }.DebitMarkers,
            CreditMarkers = layout.Value.CreditMarkers ?? new CsvProfile { Name = "x" }.CreditMarkers,
            TextColumns = [.. roles.Select((r, i) => (r, i)).Where(x => x.r == CsvColumnRole.Text).Select(x => Ref(x.i))],
            CounterpartyNameColumn = RoleRef(CsvColumnRole.CounterpartyName),
            CounterpartyAccountColumn = RoleRef(CsvColumnRole.CounterpartyAccount),
            ReferenceColumn = RoleRef(CsvColumnRole.Reference),
            BankReferenceColumn = RoleRef(CsvColumnRole.BankReference),
            CurrencyColumn = RoleRef(CsvColumnRole.Currency),
            BalanceColumn = RoleRef(CsvColumnRole.Balance),
            StatusColumn = RoleRef(CsvColumnRole.Status),
            AccountColumn = RoleRef(CsvColumnRole.Account),
            Columns = header is null ? [] : [.. header.Select(h => h.Trim())],
            Notes = "Proposed by the CSV detector; confirm before saving.",
        };

        notes.Add($"Dates: column '{profile.BookingDateColumn}' as {pattern}.");
        notes.Add(layout.Value.Note);
        if (profile.BalanceColumn is not null) notes.Add($"Running balance: column '{profile.BalanceColumn}'.");
        if (profile.TextColumns.Count > 0) notes.Add($"Text: {string.Join(", ", profile.TextColumns.Select(t => $"'{t}'"))}.");
        return new CsvProfileProposal(profile, Math.Round(Math.Clamp(confidence, 0.05, 1.0), 2), notes);
    }

    private static CsvProfileProposal Fail(string reason, List<string>? notes = null) =>
        new(null, 0, [.. notes ?? [], reason]);

    private static char ChooseQuote(string text)
    {
        // A few exports quote with apostrophes ('text'); use that only when there are no double quotes at all.
        if (text.Contains('"', StringComparison.Ordinal)) return '"';
        var apostropheFields = CountOccurrences(text, "\n'") + (text.StartsWith('\'') ? 1 : 0);
        foreach (var delimiter in CsvSniffer.Delimiters) apostropheFields += CountOccurrences(text, $"{delimiter}'");

        var lines = Math.Max(1, CountOccurrences(text, "\n"));
        return apostropheFields >= lines ? '\'' : '"';
    }

    private static int CountOccurrences(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }

    private static List<Record> ReadRecords(string text, char delimiter, char quote)
    {
        var records = new List<Record>();
        using var reader = CsvReader.Create(new StringReader(text), CsvStatementParser.ReaderOptions(delimiter, quote, null));
        while (records.Count < MaxRecords && reader.Read())
        {
            var fields = CsvStatementParser.Fields(reader);
            if (fields.All(string.IsNullOrWhiteSpace)) continue;
            records.Add(new Record((int)reader.LineNumber, fields));
        }

        return records;
    }

    /// <summary>The first record that has a date and a number, followed by records that do too.</summary>
    private static int FirstDataRecord(List<Record> records)
    {
        for (var i = 0; i < records.Count; i++)
        {
            if (!IsDataLike(records[i].Fields)) continue;
            var following = records.Skip(i + 1).Take(3).ToList();
            if (following.Count == 0 || following.Count(r => IsDataLike(r.Fields) || IsPendingRow(r.Fields)) >= Math.Min(2, following.Count)) return i;
        }

        return -1;
    }

    private static bool IsDataLike(string[] fields)
    {
        var dateAt = -1;
        for (var i = 0; i < fields.Length; i++)
        {
            if (DatePatterns.Any(p => CsvValues.TryParseDate(fields[i], p, out _)))
            {
                dateAt = i;
                break;
            }
        }

        if (dateAt < 0) return false;
        for (var i = 0; i < fields.Length; i++)
        {
            if (i != dateAt && LooksNumeric(fields[i])) return true;
        }

        return false;
    }

    private static bool IsPendingRow(string[] fields) =>
        fields.Any(f => DefaultPendingMarkers.Any(m => string.Equals(f.Trim(), m, StringComparison.OrdinalIgnoreCase)));

    private static bool LooksNumeric(string value) =>
        CsvValues.TryParseAmount(value, ',', '.', out _) || CsvValues.TryParseAmount(value, '.', ',', out _);

    private static int HeaderBySynonyms(List<Record> records, int firstData)
    {
        var limit = Math.Min(records.Count, firstData >= 0 ? firstData + 1 : 30);
        var best = -1;
        var bestScore = 1;
        for (var i = 0; i < limit; i++)
        {
            var score = records[i].Fields.Count(f => CsvHeaderSynonyms.Match(f).Role != CsvColumnRole.None);
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        return best;
    }

    private static bool LooksLikeHeader(Record record, int columns) =>
        record.Fields.Length >= columns - 1
        && record.Fields.Count(f => f.Trim().Length > 0 && !LooksNumeric(f) && !DatePatterns.Any(p => CsvValues.TryParseDate(f, p, out _)))
            >= Math.Max(2, record.Fields.Count(f => f.Trim().Length > 0) - 1);

    private static ColumnFacts Analyse(List<string[]> data, int index)
    {
        var values = data.Where(r => !IsPendingRow(r)).Select(r => index < r.Length ? r[index].Trim() : "").ToList();
        var nonEmpty = values.Where(v => v.Length > 0).ToList();
        // A pattern counts when it reads most values: a few bad rows must not hide the date column.
        var scored = nonEmpty.Count == 0 || nonEmpty.Count < values.Count / 2
            ? []
            : DatePatterns.Select((p, order) => (Pattern: p, Order: order, Share: nonEmpty.Count(v => CsvValues.TryParseDate(v, p, out _)) / (double)nonEmpty.Count))
                .Where(x => x.Share >= 0.6).OrderByDescending(x => x.Share).ThenBy(x => x.Order).ToList();
        var top = scored.Count > 0 ? scored[0].Share : 0;
        return new ColumnFacts(index, nonEmpty, values.Count, [.. scored.Select(x => x.Pattern)])
        {
            DateShare = top,
            EquallyGoodPatterns = [.. scored.Where(x => x.Share == top).Select(x => x.Pattern)],
        };
    }

    /// <summary>Decimal and thousands separators from the values that look like numbers.</summary>
    private static (char Decimal, char? Thousands, string Note, bool Sure) NumberFormat(List<ColumnFacts> columns, char delimiter)
    {
        int comma = 0, dot = 0, spaceGroups = 0, dotGroups = 0, commaGroups = 0;
        foreach (var column in columns.Where(c => c.DatePatterns.Count == 0))
        {
            foreach (var raw in column.Values)
            {
                var v = raw.Trim().Trim('(', ')', '-', '+', '\u2212').Trim();
                if (v.Length == 0 || !v.All(c => char.IsAsciiDigit(c) || c is '.' or ',' || char.IsWhiteSpace(c))) continue;
                if (!char.IsAsciiDigit(v[0]) || !char.IsAsciiDigit(v[^1])) continue;
                if (v.Any(char.IsWhiteSpace)) spaceGroups++;
                var lastComma = v.LastIndexOf(',');
                var lastDot = v.LastIndexOf('.');
                if (lastComma >= 0 && lastDot >= 0)
                {
                    if (lastComma > lastDot) { comma++; dotGroups++; }
                    else { dot++; commaGroups++; }
                    continue;
                }

                var separator = lastComma >= 0 ? ',' : lastDot >= 0 ? '.' : '\0';
                if (separator == '\0') continue;
                var occurrences = v.Count(c => c == separator);
                var digitsAfter = v.Length - v.LastIndexOf(separator) - 1;
                if (occurrences > 1)
                {
                    if (separator == ',') commaGroups++;
                    else dotGroups++;
                }
                else if (digitsAfter != 3)
                {
                    if (separator == ',') comma++;
                    else dot++;
                }
            }
        }

        char decimalSeparator;
        var sure = true;
        if (comma > dot) decimalSeparator = ',';
        else if (dot > comma) decimalSeparator = '.';
        else
        {
            decimalSeparator = delimiter == ',' ? '.' : ',';
            sure = comma + dot == 0 && dotGroups + commaGroups == 0;
        }

        char? thousands = decimalSeparator == ',' && dotGroups > 0 ? '.'
            : decimalSeparator == '.' && commaGroups > 0 ? ','
            : spaceGroups > 0 ? ' '
            : null;
        var note = $"Numbers: decimal separator '{decimalSeparator}'" + (thousands is { } t ? $", thousands separator '{Visible(t)}'." : ", no thousands separator.");
        return (decimalSeparator, thousands, note, sure);
    }

    private static double NumericShare(List<string> values, char decimalSeparator, char? thousands) =>
        values.Count == 0 ? 0 : values.Count(v => CsvValues.TryParseAmount(v, decimalSeparator, thousands, out _)) / (double)values.Count;

    private static CsvColumnRole[] RolesFromHeader(string[] header, List<ColumnFacts> columns)
    {
        var roles = new CsvColumnRole[header.Length];
        var priority = new int[header.Length];
        for (var i = 0; i < header.Length; i++)
        {
            var (role, rank) = CsvHeaderSynonyms.Match(header[i]);
            var facts = columns[i];
            var isDate = facts.DatePatterns.Count > 0;
            var isNumber = facts.Numeric >= 0.6 && facts.Values.Count > 0;
            role = role switch
            {
                // "Valuta" is the currency in Scandinavian exports and the value date in German ones.
                CsvColumnRole.Currency when isDate => CsvColumnRole.ValueDate,
                CsvColumnRole.Currency when !facts.Values.All(v => v.Length == 3 && v.All(char.IsAsciiLetter)) => CsvColumnRole.None,
                CsvColumnRole.BookingDate or CsvColumnRole.ValueDate when !isDate => CsvColumnRole.None,
                CsvColumnRole.Amount or CsvColumnRole.Debit or CsvColumnRole.Credit or CsvColumnRole.Balance when !isNumber && facts.Values.Count > 0 => CsvColumnRole.None,
                CsvColumnRole.Account when facts.Values.Distinct(StringComparer.Ordinal).Count() != 1 => CsvColumnRole.None,
                _ => role,
            };
            roles[i] = role;
            priority[i] = rank;
        }

        // One column per role (several text columns are fine): the strongest name wins.
        foreach (var role in roles.Distinct().Where(r => r is not (CsvColumnRole.None or CsvColumnRole.Text)).ToList())
        {
            var indexes = Enumerable.Range(0, roles.Length).Where(i => roles[i] == role).OrderBy(i => priority[i]).ThenBy(i => i).ToList();
            foreach (var loser in indexes.Skip(1))
            {
                roles[loser] = CsvColumnRole.None;
            }
        }

        return roles;
    }

    private readonly record struct LayoutChoice(CsvAmountLayout Layout, string Note, IReadOnlyList<string>? DebitMarkers = null, IReadOnlyList<string>? CreditMarkers = null);

    private static LayoutChoice? AmountLayout(
        CsvColumnRole[] roles, List<ColumnFacts> columns, List<string[]> data, char decimalSeparator, char? thousands, List<string> notes, ref double confidence)
    {
        string Name(int i) => $"column {i + 1}";
        var debit = Array.IndexOf(roles, CsvColumnRole.Debit);
        var credit = Array.IndexOf(roles, CsvColumnRole.Credit);
        var amount = Array.IndexOf(roles, CsvColumnRole.Amount);
        var direction = Array.IndexOf(roles, CsvColumnRole.Direction);

        if (debit >= 0 && credit >= 0)
        {
            if (direction >= 0) roles[direction] = CsvColumnRole.None;
            if (amount >= 0) roles[amount] = CsvColumnRole.None;
            return new LayoutChoice(CsvAmountLayout.DebitCredit, "Amounts: separate debit (money out) and credit (money in) columns.");
        }

        if (amount >= 0 && direction >= 0 && Markers(columns[direction].Values) is { } named)
        {
            return new LayoutChoice(CsvAmountLayout.AmountWithDirection, "Amounts: unsigned amount with a direction column.", named.Debit, named.Credit);
        }

        if (direction >= 0) roles[direction] = CsvColumnRole.None;
        if (debit >= 0) roles[debit] = CsvColumnRole.None;
        if (credit >= 0) roles[credit] = CsvColumnRole.None;

        var balance = Array.IndexOf(roles, CsvColumnRole.Balance);
        if (amount >= 0)
        {
            if (balance < 0) FindBalance(roles, columns, data, amount, decimalSeparator, thousands);
            return new LayoutChoice(CsvAmountLayout.Signed, "Amounts: one signed column.");
        }

        // No usable header: decide by content.
        confidence -= 0.15;
        var numeric = columns
            .Where(c => roles[c.Index] is CsvColumnRole.None && c.DatePatterns.Count == 0 && c.Numeric >= 0.9 && c.Values.Count > 0 && !LooksLikeIdentifier(c))
            .Select(c => c.Index).ToList();
        if (balance >= 0) numeric.Remove(balance);
        if (numeric.Count == 0) return null;

        decimal? Value(string[] row, int i) =>
            i < row.Length && CsvValues.TryParseAmount(row[i], decimalSeparator, thousands, out var v) ? v : null;

        // Debit/credit pair: in (almost) every row exactly one of two columns is filled.
        for (var a = 0; a < numeric.Count; a++)
        {
            for (var b = a + 1; b < numeric.Count; b++)
            {
                var x = numeric[a];
                var y = numeric[b];
                var rows = data.Where(r => !IsPendingRow(r)).ToList();
                var exclusive = rows.Count(r => (Value(r, x) ?? 0m) != 0m ^ (Value(r, y) ?? 0m) != 0m);
                if (rows.Count < 2 || exclusive < rows.Count * 0.9) continue;

                // Which one is money out: a column with negative values, else the one that makes a balance column add up.
                var debitColumn = rows.Any(r => Value(r, y) < 0m) ? y : x;
                var creditColumn = debitColumn == x ? y : x;
                roles[debitColumn] = CsvColumnRole.Debit;
                roles[creditColumn] = CsvColumnRole.Credit;
                var signed = rows.Select(r => (Value(r, creditColumn) ?? 0m) - Math.Abs(Value(r, debitColumn) ?? 0m)).ToList();
                var balanceColumn = numeric.Except([x, y]).FirstOrDefault(c => ChainShare(signed, rows.Select(r => Value(r, c)).ToList()) >= 0.8, -1);
                if (balanceColumn < 0 && !rows.Any(r => Value(r, debitColumn) < 0m))
                {
                    // Try the other assignment against a balance column before settling on "first column is debit".
                    var swapped = rows.Select(r => (Value(r, debitColumn) ?? 0m) - Math.Abs(Value(r, creditColumn) ?? 0m)).ToList();
                    var swappedBalance = numeric.Except([x, y]).FirstOrDefault(c => ChainShare(swapped, rows.Select(r => Value(r, c)).ToList()) >= 0.8, -1);
                    if (swappedBalance >= 0)
                    {
                        (roles[debitColumn], roles[creditColumn]) = (CsvColumnRole.Credit, CsvColumnRole.Debit);
                        balanceColumn = swappedBalance;
                    }
                    else
                    {
                        notes.Add($"Which of {Name(x)} and {Name(y)} is money out could not be confirmed; {Name(debitColumn)} was taken as debit.");
                        confidence -= 0.2;
                    }
                }

                if (balanceColumn >= 0) roles[balanceColumn] = CsvColumnRole.Balance;
                return new LayoutChoice(CsvAmountLayout.DebitCredit, "Amounts: separate debit and credit columns (found by content).");
            }
        }

        // Unsigned amount + direction column.
        foreach (var candidate in numeric)
        {
            if (columns[candidate].Values.Any(v => v.TrimStart().StartsWith('-'))) continue;
            var directionColumn = columns.FirstOrDefault(c => roles[c.Index] == CsvColumnRole.None && c.Index != candidate && Markers(c.Values) is not null);
            if (directionColumn is null) continue;
            var markers = Markers(directionColumn.Values)!.Value;
            roles[candidate] = CsvColumnRole.Amount;
            roles[directionColumn.Index] = CsvColumnRole.Direction;
            return new LayoutChoice(CsvAmountLayout.AmountWithDirection, "Amounts: unsigned amount with a direction column (found by content).", markers.Debit, markers.Credit);
        }

        // Signed amount; prefer a column for which another column behaves as the running balance.
        foreach (var candidate in numeric)
        {
            if (FindBalance(roles, columns, data, candidate, decimalSeparator, thousands) >= 0)
            {
                roles[candidate] = CsvColumnRole.Amount;
                return new LayoutChoice(CsvAmountLayout.Signed, "Amounts: one signed column (confirmed by the running balance).");
            }
        }

        var mixed = numeric.FirstOrDefault(i => columns[i].Values.Any(v => v.Contains('-', StringComparison.Ordinal)), numeric[0]);
        roles[mixed] = CsvColumnRole.Amount;
        confidence -= 0.15;
        return new LayoutChoice(CsvAmountLayout.Signed, $"Amounts: {Name(mixed)} taken as the signed amount (not confirmed).");
    }

    private static int FindBalance(CsvColumnRole[] roles, List<ColumnFacts> columns, List<string[]> data, int amountColumn, char decimalSeparator, char? thousands)
    {
        decimal? Value(string[] row, int i) =>
            i < row.Length && CsvValues.TryParseAmount(row[i], decimalSeparator, thousands, out var v) ? v : null;
        var rows = data.Where(r => !IsPendingRow(r)).ToList();
        var amounts = rows.Select(r => Value(r, amountColumn) ?? 0m).ToList();
        foreach (var column in columns)
        {
            if (column.Index == amountColumn || roles[column.Index] != CsvColumnRole.None || column.Numeric < 0.5) continue;
            if (ChainShare(amounts, rows.Select(r => Value(r, column.Index)).ToList()) >= 0.8)
            {
                roles[column.Index] = CsvColumnRole.Balance;
                return column.Index;
            }
        }

        return -1;
    }

    /// <summary>Share of neighbouring rows whose balances follow the amounts, oldest-first or newest-first (whichever fits better).</summary>
    private static double ChainShare(List<decimal> amounts, List<decimal?> balances)
    {
        int pairs = 0, oldest = 0, newest = 0;
        for (var i = 1; i < amounts.Count; i++)
        {
            if (balances[i - 1] is not { } previous || balances[i] is not { } current) continue;
            pairs++;
            if (current == previous + amounts[i]) oldest++;
            if (previous == current + amounts[i - 1]) newest++;
        }

        return pairs == 0 ? 0 : Math.Max(oldest, newest) / (double)pairs;
    }

    private static (IReadOnlyList<string> Debit, IReadOnlyList<string> Credit)? Markers(List<string> values)
    {
        var distinct = values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (distinct.Count is 0 or > 4) return null;
        var debit = distinct.Where(v => DebitWords.Contains(v.ToUpperInvariant())).ToList();
        var credit = distinct.Where(v => CreditWords.Contains(v.ToUpperInvariant())).ToList();
        if (debit.Count + credit.Count != distinct.Count || debit.Count == 0 && credit.Count == 0) return null;
        // Keep the full vocabulary so rows not in the sample still read; observed spellings first.
        return ([.. debit, .. DebitWords.Where(w => !debit.Contains(w, StringComparer.OrdinalIgnoreCase))],
            [.. credit, .. CreditWords.Where(w => !credit.Contains(w, StringComparer.OrdinalIgnoreCase))]);
    }

    /// <summary>Row numbers, clearing numbers, account numbers: integers that count up, never change or are long.</summary>
    private static bool LooksLikeIdentifier(ColumnFacts column)
    {
        if (!column.Values.All(v => v.All(char.IsAsciiDigit))) return false;
        if (column.Values.Distinct(StringComparer.Ordinal).Count() == 1 && column.Values.Count > 1) return true;
        if (column.Values.Any(v => v.Length >= 7)) return true;
        var numbers = column.Values.Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToList();
        var steps = numbers.Zip(numbers.Skip(1), (a, b) => b - a).ToList();
        return steps.Count > 0 && (steps.All(s => s == 1) || steps.All(s => s == -1));
    }

    private static CsvProfile? MatchBuiltIn(string[] header, char delimiter, List<string[]> data, List<string> notes)
    {
        var named = header.Count(h => h.Trim().Length > 0);
        CsvProfile? best = null;
        var bestScore = 0.0;
        foreach (var profile in CsvProfiles.BuiltIn.Where(p => p.HasHeaderRow && p.Delimiter == delimiter))
        {
            var errors = new List<string>();
            CsvColumnMap.Resolve(profile, header, errors, []);
            if (errors.Count > 0) continue;
            var expected = profile.Columns;
            var matched = expected.Count(c => CsvColumnMap.Find(c, header) >= 0 && !int.TryParse(c, NumberStyles.None, CultureInfo.InvariantCulture, out _));
            var score = matched / (double)Math.Max(expected.Count, named);
            if (score > bestScore)
            {
                best = profile;
                bestScore = score;
            }
        }

        if (best is null || bestScore < 0.75) return null;

        var fitted = FitNumbersAndDates(best, header, data);
        if (fitted is null)
        {
            notes.Add($"The header looks like the built-in profile '{best.Name}', but its rows do not read with it.");
            return null;
        }

        notes.Add($"The header matches the built-in profile '{best.Name}' ({best.DisplayName}).");
        if (!ReferenceEquals(fitted, best)) notes.Add($"Adjusted to this file: dates {fitted.DatePattern}, decimal '{fitted.DecimalSeparator}', thousands '{(fitted.ThousandsSeparator is { } t ? Visible(t) : "none")}'.");
        return fitted;
    }

    /// <summary>The profile as is when the sample reads with it; else with the date pattern and separators that do; else null.</summary>
    private static CsvProfile? FitNumbersAndDates(CsvProfile profile, string[] header, List<string[]> data)
    {
        var map = CsvColumnMap.Resolve(profile, header, [], []);
        var rows = data.Where(r => !IsPendingRow(r)).ToList();
        var amountColumns = new[] { map.Amount, map.Debit, map.Credit, map.Balance }.Where(i => i >= 0).ToList();

        bool Reads(string pattern, char decimalSeparator, char? thousands) =>
            rows.Count(r => CsvValues.TryParseDate(Cell(r, map.BookingDate), pattern, out _)
                && amountColumns.All(i => Cell(r, i).Trim().Length == 0 || CsvValues.TryParseAmount(Cell(r, i), decimalSeparator, thousands, out _)))
            >= Math.Max(1, rows.Count * 0.9);

        if (Reads(profile.DatePattern, profile.DecimalSeparator, profile.ThousandsSeparator)) return profile;
        var patterns = new[] { profile.DatePattern }.Concat(DatePatterns);
        var separators = new (char, char?)[] { (profile.DecimalSeparator, profile.ThousandsSeparator), (',', ' '), (',', '.'), ('.', ','), ('.', ' '), (',', null), ('.', null) };
        foreach (var pattern in patterns)
        {
            foreach (var (decimalSeparator, thousands) in separators)
            {
                if (decimalSeparator == thousands) continue;
                if (Reads(pattern, decimalSeparator, thousands))
                {
                    return profile with { DatePattern = pattern, DecimalSeparator = decimalSeparator, ThousandsSeparator = thousands };
                }
            }
        }

        return null;
    }

    private static string Cell(string[] row, int index) => index >= 0 && index < row.Length ? row[index] : "";

    private static bool EncodingFits(string? profileEncoding, string detected) =>
        profileEncoding is null
            ? false
            : string.Equals(profileEncoding, detected, StringComparison.OrdinalIgnoreCase)
              || (detected == "utf-8" && profileEncoding.StartsWith("utf-8", StringComparison.OrdinalIgnoreCase));

    private static string HeaderReference(string[] header, int index)
    {
        var name = header[index].Trim();
        if (name.Length == 0) return (index + 1).ToString(CultureInfo.InvariantCulture);
        var occurrence = header.Take(index + 1).Count(h => CsvColumnMap.Key(h) == CsvColumnMap.Key(name));
        return occurrence == 1 ? name : $"{name}#{occurrence}";
    }

    private static bool IsMonthFirst(string pattern) => pattern.StartsWith('M');

    private static bool SameShape(string a, string b) =>
        a.Replace("MM", "xx", StringComparison.Ordinal).Replace("dd", "xx", StringComparison.Ordinal).Replace('M', 'x').Replace('d', 'x')
        == b.Replace("MM", "xx", StringComparison.Ordinal).Replace("dd", "xx", StringComparison.Ordinal).Replace('M', 'x').Replace('d', 'x');

    private static string Visible(char c) => c switch
    {
        '\t' => "TAB",
        ' ' => "space",
        _ => c.ToString(),
    };

    private sealed record Record(int Line, string[] Fields);

    private sealed class ColumnFacts(int index, List<string> values, int rows, List<string> datePatterns)
    {
        public int Index { get; } = index;

        /// <summary>Non-empty trimmed values of the sampled data rows.</summary>
        public List<string> Values { get; } = values;

        public int Rows { get; } = rows;

        /// <summary>Date patterns that read every value, best first.</summary>
        public List<string> DatePatterns { get; } = datePatterns;

        /// <summary>Share of values that read as amounts with the chosen separators.</summary>
        public double Numeric { get; set; }

        /// <summary>Share of values the best date pattern reads.</summary>
        public double DateShare { get; init; }

        /// <summary>The date patterns that read as many values as the best one (more than one: ambiguous).</summary>
        public IReadOnlyList<string> EquallyGoodPatterns { get; init; } = [];
    }
}
