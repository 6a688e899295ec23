using BankRecon.Application.Common;
using BankRecon.Application.Journals;
using BankRecon.Domain.Reconciliation;

namespace BankRecon.Application.Tests.Journals;

public sealed class JournalLinesSnapshotTests
{
    private static JournalLineRow Row(int lineNo, decimal amount, decimal applied = 0m, string description = "Betaling", string? counterparty = null,
        LineConfidence confidence = LineConfidence.None, bool review = false, DateOnly? date = null, string? accountNo = null, string? accountName = null,
        params string[] documents) =>
        new(Guid.NewGuid(), lineNo, date ?? new DateOnly(2026, 11, lineNo % 28 + 1), description, counterparty, null, null, amount, applied,
            accountNo is null ? ApplicationAccountType.None : ApplicationAccountType.Customer, accountNo, accountName, confidence, review, null, false,
            documents, false, null);

    private static JournalLinesSnapshot Snapshot(params JournalLineRow[] rows) => new(rows.Reverse());

    private static int[] LineNos(PagedList<JournalLineRow> page) => [.. page.Items.Select(r => r.LineNo)];

    [Fact]
    public void Figures_sum_every_line_whatever_the_view()
    {
        var snapshot = Snapshot(
            Row(1, 100m, 100m, confidence: LineConfidence.High, accountNo: "10000"),
            Row(2, 50m, 20m, confidence: LineConfidence.Medium, review: true, accountNo: "10010"),
            Row(3, -30m));

        var figures = snapshot.Figures;
        Assert.Equal((3, 2, 1, 2, 1), (figures.Lines, figures.AppliedLines, figures.ToReview, figures.WithDifference, figures.Unapplied));
        Assert.Equal((120m, 120m), (figures.Total, figures.Applied));
        Assert.Equal(1, figures.Count(LineConfidence.High));
        Assert.Equal(1, figures.Count(LineConfidence.None));
    }

    [Fact]
    public void Filters_and_confidence_narrow_the_view_and_its_count()
    {
        var snapshot = Snapshot(
            Row(1, 100m, 100m, confidence: LineConfidence.High, accountNo: "10000"),
            Row(2, 50m, 20m, confidence: LineConfidence.Medium, review: true, accountNo: "10010"),
            Row(3, -30m),
            Row(4, 75m, 75m, confidence: LineConfidence.High, review: true, accountNo: "10020"));
        var all = new PageRequest();

        Assert.Equal([2, 4], LineNos(snapshot.View(JournalLineFilter.ToReview, null, null, default, all)));
        Assert.Equal([2, 3], LineNos(snapshot.View(JournalLineFilter.WithDifference, null, null, default, all)));
        Assert.Equal([3], LineNos(snapshot.View(JournalLineFilter.Unapplied, null, null, default, all)));
        var highToReview = snapshot.View(JournalLineFilter.ToReview, LineConfidence.High, null, default, all);
        Assert.Equal([4], LineNos(highToReview));
        Assert.Equal(1, highToReview.TotalCount);
    }

    [Fact]
    public void Search_ignores_case_beyond_ascii_and_finds_accounts_and_applied_documents()
    {
        var snapshot = Snapshot(
            Row(1, 100m, counterparty: "ØSTLANDET ÅKERI AS"),
            Row(2, 200m, description: "Faktura 1042 og 1043", accountNo: "10020", accountName: "Fjordkraft AS", documents: ["INV-1042", "INV-1043"]),
            Row(3, 300m, description: "Gebyr"));
        var all = new PageRequest();

        Assert.Equal([1], LineNos(snapshot.View(JournalLineFilter.All, null, "østlandet åkeri", default, all)));
        Assert.Equal([2], LineNos(snapshot.View(JournalLineFilter.All, null, "fjordkraft", default, all)));
        Assert.Equal([2], LineNos(snapshot.View(JournalLineFilter.All, null, "inv-1043", default, all)));
        Assert.Equal([2], LineNos(snapshot.View(JournalLineFilter.All, null, " 10020 ", default, all)));
        Assert.Empty(snapshot.View(JournalLineFilter.All, null, "1002", default, all).Items);    // an account number only as a whole
        Assert.Equal(0, snapshot.View(JournalLineFilter.All, null, "nothing", default, all).TotalCount);
    }

    [Fact]
    public void Sorts_break_ties_by_line_number_in_both_directions()
    {
        var snapshot = Snapshot(
            Row(1, 50m, date: new DateOnly(2026, 11, 3)),
            Row(2, 10m, date: new DateOnly(2026, 11, 1)),
            Row(3, 50m, date: new DateOnly(2026, 11, 2)),
            Row(4, -5m, date: new DateOnly(2026, 11, 1)));
        var all = new PageRequest();

        Assert.Equal([4, 2, 1, 3], LineNos(snapshot.View(JournalLineFilter.All, null, null, SortOrder.Parse("amount", "line"), all)));
        Assert.Equal([1, 3, 2, 4], LineNos(snapshot.View(JournalLineFilter.All, null, null, SortOrder.Parse("-amount", "line"), all)));
        Assert.Equal([2, 4, 3, 1], LineNos(snapshot.View(JournalLineFilter.All, null, null, SortOrder.Parse("date", "line"), all)));
        Assert.Equal([4, 3, 2, 1], LineNos(snapshot.View(JournalLineFilter.All, null, null, SortOrder.Parse("-line", "line"), all)));
        Assert.Equal([1, 2, 3, 4], LineNos(snapshot.View(JournalLineFilter.All, null, null, SortOrder.Parse("unknown", "line"), all)));
    }

    [Fact]
    public void Pages_cover_the_view_once_and_a_page_past_the_end_is_the_last_page()
    {
        var snapshot = Snapshot([.. Enumerable.Range(1, 23).Select(i => Row(i, i, description: i % 2 == 0 ? "Faktura" : "Gebyr"))]);

        var seen = Enumerable.Range(1, 3).SelectMany(p => LineNos(snapshot.View(JournalLineFilter.All, null, null, SortOrder.Parse("-amount", "line"), new PageRequest(p, 10)))).ToList();
        Assert.Equal(Enumerable.Range(1, 23).Reverse(), seen);

        var searched = snapshot.View(JournalLineFilter.All, null, "faktura", default, new PageRequest(99, 5));
        Assert.Equal((3, 11), (searched.PageNumber, searched.TotalCount));      // 11 even lines, the last page holds one
        Assert.Equal([22], LineNos(searched));
        var unsearched = snapshot.View(JournalLineFilter.All, null, null, default, new PageRequest(99, 10));
        Assert.Equal([21, 22, 23], LineNos(unsearched));
    }
}
