using BankRecon.Application.Bench;

namespace BankRecon.Application.Tests.Bench;

public sealed class TruthCsvTests
{
    [Fact]
    public void Round_trip_keeps_lines_applications_scenarios_and_traits()
    {
        var dataset = BenchDataGenerator.Generate(new BenchGeneratorSettings { Lines = 300, Entries = 2_000, Seed = 3 });
        var text = new StringWriter();
        TruthCsv.Write(text, dataset.Truth);

        var read = TruthCsv.Read(new StringReader(text.ToString()));

        Assert.True(read.Succeeded, read.Describe());
        Assert.Equal(dataset.Truth.Count, read.Value.Count);
        for (var i = 0; i < read.Value.Count; i++)
        {
            Assert.Equal(dataset.Truth[i].LineIndex, read.Value[i].LineIndex);
            Assert.Equal(dataset.Truth[i].Kind, read.Value[i].Kind);
            Assert.Equal(dataset.Truth[i].Traits, read.Value[i].Traits);
            Assert.Equal(dataset.Truth[i].Applications, read.Value[i].Applications);
        }
    }

    [Fact]
    public void Unmatched_lines_are_written_with_an_empty_entry_id()
    {
        var truth = new[]
        {
            new LineTruth(0, 0, ScenarioKind.Unmatched, ["fee"], []),
            new LineTruth(0, 1, ScenarioKind.MultiInvoice, ["name-exact"], [new EntryAmount("E1", 100.00m), new EntryAmount("E2", 50.50m)]),
        };
        var text = new StringWriter();

        TruthCsv.Write(text, truth);

        Assert.Equal(
            "statement_index,line_index,entry_id,amount,scenario,traits\n0,0,,,unmatched,fee\n0,1,E1,100.00,multi_invoice,name-exact\n0,1,E2,50.50,multi_invoice,name-exact\n",
            text.ToString());
    }
}
