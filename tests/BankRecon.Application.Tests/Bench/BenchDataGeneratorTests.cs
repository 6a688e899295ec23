using BankRecon.Application.Bench;
using BankRecon.Application.Entries;
using BankRecon.Domain.Common;
using BankRecon.Domain.Payments;
using BankRecon.Importers;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Application.Tests.Bench;

public sealed class BenchDataGeneratorTests
{
    private static readonly BenchGeneratorSettings Small = new() { Lines = 600, Entries = 5_000, Seed = 11 };

    [Fact]
    public void Same_seed_writes_identical_files()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        BenchDatasetWriter.Write(BenchDataGenerator.Generate(Small), first.Path);
        BenchDatasetWriter.Write(BenchDataGenerator.Generate(Small), second.Path);

        foreach (var name in new[] { BenchDatasetWriter.StatementFileName, BenchDatasetWriter.EntriesFileName, BenchDatasetWriter.TruthFileName })
        {
            Assert.Equal(File.ReadAllBytes(first.File(name)), File.ReadAllBytes(second.File(name)));
        }
    }

    [Fact]
    public void Different_seed_writes_different_files()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        BenchDatasetWriter.Write(BenchDataGenerator.Generate(Small), first.Path);
        BenchDatasetWriter.Write(BenchDataGenerator.Generate(Small with { Seed = 12 }), second.Path);

        foreach (var name in new[] { BenchDatasetWriter.StatementFileName, BenchDatasetWriter.EntriesFileName, BenchDatasetWriter.TruthFileName })
        {
            Assert.NotEqual(File.ReadAllBytes(first.File(name)), File.ReadAllBytes(second.File(name)));
        }
    }

    [Fact]
    public void Written_camt_parses_back_with_the_same_lines_and_sum()
    {
        using var directory = new TempDirectory();
        var dataset = BenchDataGenerator.Generate(Small);
        BenchDatasetWriter.Write(dataset, directory.Path);

        ParseResult parsed;
        using (var stream = File.OpenRead(directory.File(BenchDatasetWriter.StatementFileName)))
        {
            parsed = StatementReader.Read(stream);
        }

        Assert.Equal(StatementFormat.Camt, parsed.Format);
        Assert.DoesNotContain(parsed.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var statement = Assert.Single(parsed.Statements);
        Assert.Equal(dataset.Statement.Lines.Count, statement.Lines.Count);
        Assert.Equal(dataset.Statement.Lines.Sum(l => l.Amount), statement.Lines.Sum(l => l.Amount));
        Assert.Equal(dataset.Statement.Header.Account, statement.Header.Account);
        Assert.Equal("NOK", statement.Header.Currency);
        for (var i = 0; i < statement.Lines.Count; i++)
        {
            var expected = dataset.Statement.Lines[i];
            var actual = statement.Lines[i];
            Assert.Equal(expected.Amount, actual.Amount);
            Assert.Equal(expected.BookingDate, actual.BookingDate);
            Assert.Equal(expected.CounterpartyName, actual.CounterpartyName);
            Assert.Equal(expected.Reference, actual.Reference);
        }
    }

    [Fact]
    public void Truth_adds_up_to_each_line_and_names_existing_entries_of_the_same_sign()
    {
        var dataset = BenchDataGenerator.Generate(Small);
        var entries = dataset.Entries.ToDictionary(e => e.EntryId, StringComparer.Ordinal);

        Assert.Equal(dataset.Statement.Lines.Count, dataset.Truth.Count);
        foreach (var truth in dataset.Truth)
        {
            var line = dataset.Statement.Lines[truth.LineIndex];
            Assert.Equal(truth.LineIndex, line.LineIndex);
            if (!truth.IsMatchable)
            {
                Assert.Contains(truth.Kind, new[] { ScenarioKind.Unmatched, ScenarioKind.DuplicatePayment });
                continue;
            }

            Assert.Equal(line.Amount, truth.Applications.Sum(a => a.Amount));
            foreach (var application in truth.Applications)
            {
                var entry = entries[application.EntryId];
                Assert.Equal("NOK", entry.Currency);
                Assert.True(entry.PostingDate <= line.BookingDate, $"{entry.EntryId} is posted after line {line.LineIndex}.");
                // Each application stays within what is open on the entry, with the entry's sign.
                Assert.True(application.Amount * entry.RemainingAmount > 0);
                Assert.True(Math.Abs(application.Amount) <= Math.Abs(entry.RemainingAmount));
            }
        }
    }

    [Fact]
    public void Default_mix_generates_every_scenario_kind_and_the_requested_entry_count()
    {
        var dataset = BenchDataGenerator.Generate(Small);

        Assert.Equal(Small.Entries, dataset.Entries.Count);
        foreach (var kind in Enum.GetValues<ScenarioKind>().Where(k => Small.Mix.WeightOf(k) > 0))
        {
            Assert.Contains(dataset.Truth, t => t.Kind == kind);
        }

        Assert.Contains(dataset.Truth, t => t.Kind == ScenarioKind.MultiInvoice && t.Applications.Count >= 2);
        Assert.Contains(dataset.Truth, t => t.Kind == ScenarioKind.CreditMemo && t.Applications.Count == 2);
        Assert.Contains(dataset.Entries, e => e.PartyType == EntryPartyType.Vendor && e.RemainingAmount < 0);
        Assert.Contains(dataset.Entries, e => e.PaymentDiscountDate is not null && e.PaymentDiscountAmount > 0);
    }

    [Fact]
    public void Ibans_and_references_carry_valid_check_digits_except_the_mistyped_ones()
    {
        var dataset = BenchDataGenerator.Generate(Small with { Lines = 2_000, Entries = 12_000 });

        Assert.All(dataset.Entries.Where(e => e.PartyIban.Length > 0), e => Assert.True(BankAccountNumber.IsValidIban(e.PartyIban), e.PartyIban));
        Assert.All(dataset.Entries.Where(e => e.PaymentReference.Length > 0), e => Assert.True(PaymentReference.HasValidCheckDigits(e.PaymentReference), e.PaymentReference));
        Assert.True(BankAccountNumber.IsValidIban(dataset.Statement.Header.Account));

        var mistyped = dataset.Truth.Where(t => t.Traits.Contains("ref-mistyped") && t.Traits.Contains("ref-strd")).ToList();
        Assert.NotEmpty(mistyped);
        Assert.All(mistyped, t => Assert.False(PaymentReference.HasValidCheckDigits(dataset.Statement.Lines[t.LineIndex].Reference)));
        var clean = dataset.Truth.Where(t => t.Kind == ScenarioKind.Reference && t.Traits.Contains("ref-strd") && !t.Traits.Contains("ref-mistyped")).ToList();
        Assert.All(clean, t =>
        {
            var entry = dataset.Entries.Single(e => e.EntryId == t.Applications[0].EntryId);
            Assert.Equal(entry.PaymentReference, dataset.Statement.Lines[t.LineIndex].Reference);
        });
    }

    [Fact]
    public void Payer_names_fit_the_35_character_name_field()
    {
        var dataset = BenchDataGenerator.Generate(Small);

        Assert.All(dataset.Statement.Lines, l => Assert.True((l.CounterpartyName?.Length ?? 0) <= 35, l.CounterpartyName));
        Assert.Contains(dataset.Truth, t => t.Traits.Contains("name-truncated"));
        Assert.Contains(dataset.Truth, t => t.Traits.Contains("name-typo"));
    }

    [Fact]
    public void A_duplicate_payment_repeats_an_earlier_payment_and_settles_nothing()
    {
        var dataset = BenchDataGenerator.Generate(Small with { Lines = 200, DuplicatePaymentShare = 0.5 });

        var duplicates = dataset.Truth.Where(t => t.Kind == ScenarioKind.DuplicatePayment).ToList();
        Assert.NotEmpty(duplicates);
        Assert.All(duplicates, t =>
        {
            Assert.Empty(t.Applications);
            Assert.Contains("duplicate", t.Traits);
            var line = dataset.Statement.Lines[t.LineIndex];
            // the original: an earlier line with the same payer, reference, text and amount that settles one invoice
            var original = dataset.Truth.Where(o => o.LineIndex < t.LineIndex && o.Kind is ScenarioKind.Reference or ScenarioKind.InvoiceNoInText)
                .Select(o => (Truth: o, Line: dataset.Statement.Lines[o.LineIndex]))
                .Last(o => o.Line.Amount == line.Amount && o.Line.CounterpartyName == line.CounterpartyName && o.Line.Reference == line.Reference
                    && o.Line.Description == line.Description && o.Line.CounterpartyAccount == line.CounterpartyAccount);
            Assert.Single(original.Truth.Applications);
            Assert.True(original.Line.BookingDate <= line.BookingDate);
            Assert.NotEqual(original.Line.BankReference, line.BankReference);
        });
    }

    [Fact]
    public void A_single_kind_mix_generates_only_that_kind()
    {
        var dataset = BenchDataGenerator.Generate(Small with { Lines = 50, Mix = ScenarioMix.Only(ScenarioKind.Discount) });

        Assert.All(dataset.Truth, t => Assert.Equal(ScenarioKind.Discount, t.Kind));
        Assert.All(dataset.Truth, t =>
        {
            var entry = dataset.Entries.Single(e => e.EntryId == t.Applications[0].EntryId);
            var line = dataset.Statement.Lines[t.LineIndex];
            Assert.Equal(entry.RemainingAmount - entry.PaymentDiscountAmount, line.Amount);
            Assert.True(line.BookingDate <= entry.PaymentDiscountDate);
        });
    }
}
