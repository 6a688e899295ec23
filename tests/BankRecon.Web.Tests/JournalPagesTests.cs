using System.Net;
using BankRecon.Domain.Reconciliation;
using BankRecon.Domain.Users;
using BankRecon.Persistence;
using BankRecon.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BankRecon.Web.Tests;

/// <summary>The journal pages over HTTP: apply through the form, review a Medium line and apply it by hand, stale edits, auditors.</summary>
public sealed class JournalPagesTests(DemoSiteFactory site) : IClassFixture<DemoSiteFactory>
{
    [Fact]
    public async Task Accountant_applies_automatically_reviews_the_medium_line_and_applies_it_by_hand()
    {
        var seeded = await JournalSeed.CreateAsync(site);
        var accountant = await site.SignedInAsync(UserRole.Accountant);
        var details = $"/Journals/Details/{seeded.JournalId}";

        var before = await accountant.GetAsync(details);
        Assert.Equal(HttpStatusCode.OK, before.Status);
        var applied = await accountant.PostAsync(details + "?handler=Apply", [new("Version", Version(before))]);
        Assert.Equal(HttpStatusCode.Redirect, applied.Status);
        Assert.StartsWith(details, applied.Location, StringComparison.Ordinal);

        var after = await accountant.GetAsync(applied.Location!);
        Assert.Contains("2 payment lines out of 3 are applied; 2 need review.", after.Document.QuerySelector(".status-message")?.TextContent, StringComparison.Ordinal);
        var badges = after.Document.QuerySelectorAll("table.journal-lines tbody tr td:nth-child(8) .badge").Select(b => b.TextContent.Trim()).ToList();
        Assert.Equal(["High", "Medium", "None"], badges);

        // The Medium line: the engine could not tell the two 3000.00 invoices apart. The accountant picks the second one.
        var review = await accountant.GetAsync($"/Journals/Line/{seeded.TwinLine}");
        Assert.Equal("Medium", review.Document.QuerySelector("h1 .badge")?.TextContent.Trim());
        Assert.Contains(review.Document.QuerySelectorAll("ul.reasons li"), li => li.TextContent.Contains("other open entries have the same amount", StringComparison.Ordinal));
        // Post the form as a browser would: every field, the second invoice ticked with its amount, the others not.
        var form = review.Document.QuerySelector("form[data-manual-apply]")!;
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var row in form.QuerySelectorAll("tbody tr"))
        {
            var entry = row.QuerySelector("input[name$='.EntryId']");
            if (entry is null) continue;
            var prefix = entry.GetAttribute("name")![..^".EntryId".Length];
            fields.Add(new(prefix + ".EntryId", entry.GetAttribute("value")!));
            var mine = entry.GetAttribute("value") == seeded.SecondTwin.ToString();
            if (mine) fields.Add(new(prefix + ".Selected", "true"));
            fields.Add(new(prefix + ".Amount", mine ? "3000.00" : row.QuerySelector("input[name$='.Amount']")!.GetAttribute("value") ?? ""));
        }

        Assert.Contains(fields, f => f.Value == seeded.SecondTwin.ToString());
        foreach (var hidden in form.QuerySelectorAll("input[type=hidden]").Where(i => !i.GetAttribute("name")!.StartsWith("Picks", StringComparison.Ordinal)))
            fields.Add(new(hidden.GetAttribute("name")!, hidden.GetAttribute("value") ?? ""));
        var done = await accountant.PostWithoutTokenAsync($"/Journals/Line/{seeded.TwinLine}?handler=Apply", fields);
        Assert.True(done.Status == HttpStatusCode.Redirect, string.Join(" | ", done.ValidationMessages));

        var line = await site.WithScopeAsync(s => s.GetRequiredService<BankReconDbContext>().StatementLines.AsNoTracking().SingleAsync(l => l.Id == seeded.TwinLine));
        Assert.Equal(LineConfidence.Manual, line.Confidence);
        Assert.Equal(seeded.SecondTwin, Assert.Single(line.Applications).LedgerEntryId);
        var next = await accountant.GetAsync(done.Location!);
        Assert.Contains("applied by hand", next.Document.QuerySelector(".status-message")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_from_before_a_colleagues_change_is_refused_with_a_clear_message()
    {
        var seeded = await JournalSeed.CreateAsync(site);
        var accountant = await site.SignedInAsync(UserRole.Accountant);
        var bookkeeper = await site.SignedInAsync(UserRole.Bookkeeper);
        var details = $"/Journals/Details/{seeded.JournalId}";
        var seen = Version(await accountant.GetAsync(details));

        var first = await bookkeeper.PostAsync($"/Journals/Line/{seeded.FeeLine}?handler=Transfer",
        [
            new("Version", seen), new("JournalId", seeded.JournalId.ToString()), new("NextId", ""),
            new("Transfer.AccountType", "GlAccount"), new("Transfer.AccountNo", "7770"), new("Transfer.Description", "Gebyr"),
        ]);
        var second = await accountant.PostAsync(details + "?handler=Remove", [new("Version", seen), new("LineId", seeded.FeeLine.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Equal(HttpStatusCode.Redirect, second.Status);
        var shown = await accountant.GetAsync(second.Location!);
        Assert.Contains("Someone else changed this journal", shown.Document.QuerySelector(".status-message.status-error")?.TextContent, StringComparison.Ordinal);
        var fee = await site.WithScopeAsync(s => s.GetRequiredService<BankReconDbContext>().StatementLines.AsNoTracking().SingleAsync(l => l.Id == seeded.FeeLine));
        Assert.Equal((ApplicationAccountType.GlAccount, "7770"), (fee.AccountType, fee.AccountNo));
    }

    [Fact]
    public async Task Auditor_reads_the_journal_but_every_change_is_refused()
    {
        var seeded = await JournalSeed.CreateAsync(site);
        var auditor = await site.SignedInAsync(UserRole.Auditor);
        var details = $"/Journals/Details/{seeded.JournalId}";

        var page = await auditor.GetAsync(details);
        var apply = await auditor.PostAsync(details + "?handler=Apply", [new("Version", "0")]);
        var manual = await auditor.PostAsync($"/Journals/Line/{seeded.KidLine}?handler=Apply", [new("JournalId", seeded.JournalId.ToString())]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Null(page.Document.QuerySelector($"form[action*='handler=Apply']"));
        Assert.Equal(HttpStatusCode.Forbidden, apply.Status);
        Assert.Equal(HttpStatusCode.Forbidden, manual.Status);
    }

    [Fact]
    public async Task Every_form_that_posts_on_the_journal_page_carries_the_antiforgery_token()
    {
        // Forms with a computed action get no token unless asked; a browser's post would then be refused with 400.
        var seeded = await JournalSeed.CreateAsync(site);
        var accountant = await site.SignedInAsync(UserRole.Accountant);

        var page = await accountant.GetAsync($"/Journals/Details/{seeded.JournalId}");

        var forms = page.Document.QuerySelectorAll("form[method=post]");
        Assert.True(forms.Length >= 5, $"{forms.Length} forms");
        Assert.All(forms, form => Assert.NotNull(form.QuerySelector($"input[name='{SiteClient.AntiforgeryField}']")));
    }

    [Fact]
    public async Task Posting_a_journal_with_unapplied_lines_lists_them_and_a_bookkeeper_may_not_post()
    {
        var seeded = await JournalSeed.CreateAsync(site);
        var accountant = await site.SignedInAsync(UserRole.Accountant);
        var bookkeeper = await site.SignedInAsync(UserRole.Bookkeeper);
        var details = $"/Journals/Details/{seeded.JournalId}";
        var page = await accountant.GetAsync(details);
        Assert.Equal(2, page.Document.QuerySelectorAll("#post button[name=Reconcile]").Length);
        Assert.Null((await bookkeeper.GetAsync(details)).Document.QuerySelector("#post"));

        var forbidden = await bookkeeper.PostAsync(details + "?handler=Post", [new("Version", Version(page)), new("Reconcile", "false")]);
        var refused = await accountant.PostAsync(details + "?handler=Post", [new("Version", Version(page)), new("Reconcile", "false")]);

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal(3, refused.ValidationMessages.Count(m => m.Contains("is not applied", StringComparison.Ordinal)));
        var journal = await site.WithScopeAsync(s => s.GetRequiredService<BankReconDbContext>().PaymentReconciliationJournals.AsNoTracking().SingleAsync(j => j.Id == seeded.JournalId));
        Assert.Equal(JournalStatus.Open, journal.Status);
    }

    [Fact]
    public async Task Administrator_sees_the_25_default_rules_and_can_reset_them()
    {
        var admin = await site.SignedInAsync(UserRole.Administrator);
        var rules = await admin.GetAsync("/Admin/MatchingRules");
        var reset = await admin.PostAsync("/Admin/MatchingRules?handler=Reset", []);

        Assert.Equal(25, rules.Document.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("3999", rules.Document.QuerySelector("tbody tr td:nth-child(9)")?.TextContent.Trim());
        Assert.Equal(HttpStatusCode.Redirect, reset.Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await site.SignedInAsync(UserRole.Accountant)).GetAsync("/Admin/MatchingRules")).Status);
    }

    private static string Version(Page page) =>
        page.Document.QuerySelector("form[action*='handler=Apply'] input[name=Version], input[name=Version]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("No journal version on the page.");
}
