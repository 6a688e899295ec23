using BankRecon.Application.Bench;
using BankRecon.Application.Entries;

namespace BankRecon.Application.Tests.Entries;

public sealed class EntriesCsvTests
{
    private const string Header =
        "entry_id,party_type,party_no,party_name,party_iban,party_address,party_city,document_type,document_no,external_document_no,payment_reference,posting_date,due_date,currency,remaining_amount,pmt_discount_date,pmt_discount_amount";

    [Fact]
    public void Round_trip_keeps_every_field_of_generated_entries()
    {
        var entries = BenchDataGenerator.Generate(new BenchGeneratorSettings { Lines = 200, Entries = 3_000, Seed = 5 }).Entries;
        var text = new StringWriter();

        EntriesCsvWriter.Write(text, entries);
        var read = EntriesCsvReader.Read(new StringReader(text.ToString()));

        Assert.True(read.Succeeded, read.Describe());
        Assert.Equal(entries, read.Value);
    }

    [Fact]
    public void Writer_emits_the_contract_header_and_invariant_values()
    {
        var entry = new OpenEntryRow
        {
            EntryId = "E1", PartyType = EntryPartyType.Vendor, PartyNo = "V20001", PartyName = "Müller, Bau & Söhne GmbH",
            DocumentType = EntryDocumentType.CreditMemo, DocumentNo = "PC-50001", PostingDate = new DateOnly(2026, 3, 2),
            DueDate = new DateOnly(2026, 3, 2), Currency = "NOK", RemainingAmount = 1234.50m,
        };
        var text = new StringWriter();

        EntriesCsvWriter.Write(text, [entry]);

        Assert.Equal(
            Header + "\nE1,vendor,V20001,\"Müller, Bau & Söhne GmbH\",,,,credit_memo,PC-50001,,,2026-03-02,2026-03-02,NOK,1234.50,,\n",
            text.ToString());
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_optional_ones_may_be_missing()
    {
        var csv = "remaining_amount,currency,due_date,posting_date,document_no,document_type,party_no,party_type,entry_id\n"
            + "-99.90,nok,2026-04-01,2026-03-01,PI-1,invoice,V1,Vendor,E9\n";

        var read = EntriesCsvReader.Read(new StringReader(csv));

        Assert.True(read.Succeeded, read.Describe());
        var entry = Assert.Single(read.Value);
        Assert.Equal(-99.90m, entry.RemainingAmount);
        Assert.Equal("NOK", entry.Currency);
        Assert.Equal(EntryPartyType.Vendor, entry.PartyType);
        Assert.Equal("", entry.PartyIban);
        Assert.Null(entry.PaymentDiscountDate);
    }

    [Fact]
    public void A_bad_amount_is_reported_with_its_line_and_column()
    {
        var csv = Header + "\n"
            + "E1,customer,C1,A AS,,,,invoice,100001,,,2026-03-01,2026-03-31,NOK,100.00,,\n"
            + "E2,customer,C1,A AS,,,,invoice,100002,,,2026-03-01,2026-03-31,NOK,\"1 234,50\",,\n";

        var read = EntriesCsvReader.Read(new StringReader(csv));

        Assert.False(read.Succeeded);
        var error = Assert.Single(read.Errors);
        Assert.Equal("line 3, column remaining_amount", error.Field);
        Assert.StartsWith("Line 3, column remaining_amount: '1 234,50' is not an amount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_field_of_a_file_is_reported_at_once()
    {
        var csv = Header + "\n"
            + "E1,customer,C1,A AS,,,,invoice,100001,,,2026-03-01,2026-03-31,NOK,100.00,,\n"
            + "E2,client,C1,A AS,,,,invoice,100002,,,2026-03-01,2026-03-31,NOK,100.00,,\n"
            + "E3,customer,C1,A AS,,,,bill,100003,,,01.03.2026,2026-03-31,NOK,100.00,,\n"
            + "E4,customer,,A AS,,,,invoice,100004,,,2026-03-01,2026-03-31,KRONER,100.00,2026-13-01,\n"
            + "E1,customer,C1,A AS,,,,invoice,100005,,,2026-03-01,2026-03-31,NOK,100.00,,\n";

        var read = EntriesCsvReader.Read(new StringReader(csv));

        Assert.False(read.Succeeded);
        Assert.Equal(
            [
                "line 3, column party_type",
                "line 4, column document_type",
                "line 4, column posting_date",
                "line 5, column currency",
                "line 5, column party_no",
                "line 5, column pmt_discount_date",
                "line 6, column entry_id",
            ],
            read.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Contains(read.Errors, e => e.Message == "Line 6, column entry_id: entry_id 'E1' was already used on line 2.");
        Assert.Contains(read.Errors, e => e.Message == "Line 4, column posting_date: '01.03.2026' is not an ISO date (yyyy-MM-dd).");
    }

    [Fact]
    public void Line_numbers_count_physical_lines_when_a_quoted_field_spans_two()
    {
        var csv = Header + "\n"
            + "E1,customer,C1,\"Two\nlines AS\",,,,invoice,100001,,,2026-03-01,2026-03-31,NOK,100.00,,\n"
            + "E2,customer,C1,A AS,,,,invoice,100002,,,2026-03-01,2026-03-31,NOK,abc,,\n";

        var read = EntriesCsvReader.Read(new StringReader(csv));

        Assert.Equal("line 4, column remaining_amount", Assert.Single(read.Errors).Field);
    }

    [Fact]
    public void A_header_without_required_columns_is_rejected_on_line_1()
    {
        var read = EntriesCsvReader.Read(new StringReader("entry_id;party_type;amount\nE1;customer;10\n"));

        var error = Assert.Single(read.Errors);
        Assert.Equal("line 1", error.Field);
        Assert.Contains("party_no", error.Message, StringComparison.Ordinal);
        Assert.Contains("remaining_amount", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_rejected()
    {
        var read = EntriesCsvReader.Read(new StringReader(""));

        Assert.Equal("entries.empty", Assert.Single(read.Errors).Code);
    }

    [Fact]
    public void Broken_quoting_is_reported_with_its_line()
    {
        var csv = Header + "\nE1,customer,C1,\"A AS\"x,,,,invoice,100001,,,2026-03-01,2026-03-31,NOK,100.00,,\n";

        var read = EntriesCsvReader.Read(new StringReader(csv));

        var error = Assert.Single(read.Errors);
        Assert.Equal("entries.unreadable", error.Code);
        Assert.Equal("line 2", error.Field);
    }
}
