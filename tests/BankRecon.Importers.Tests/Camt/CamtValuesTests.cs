using BankRecon.Importers.Camt;

namespace BankRecon.Importers.Tests.Camt;

public sealed class CamtValuesTests
{
    [Theory]
    [InlineData("2026-03-01", 2026, 3, 1)]
    [InlineData("  2026-03-01  ", 2026, 3, 1)]
    [InlineData("2014-12-31T13:15:00+01:00", 2014, 12, 31)]
    [InlineData("2014-12-31T23:59:59.999Z", 2014, 12, 31)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("0001-01-01", 1, 1, 1)]
    public void Dates_are_the_calendar_date_as_written(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), CamtValues.Date(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-3-1")]
    [InlineData("2025-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("0000-01-01")]
    [InlineData("2026/03/01")]
    [InlineData("20260301xx")]
    [InlineData("2026-03-0x")]
    public void Dates_that_are_not_real_iso_dates_are_null(string? text) =>
        Assert.Null(CamtValues.Date(text));

    [Theory]
    [InlineData("Faktura 1001", "Faktura 1001")]
    [InlineData("  Faktura   1001\n  Kunde 7 ", "Faktura 1001 Kunde 7")]
    [InlineData("Faktura\u00A01001", "Faktura 1001")]
    [InlineData("Faktura\t1001", "Faktura 1001")]
    [InlineData("   ", null)]
    public void Text_whitespace_is_collapsed_to_single_spaces(string text, string? expected) =>
        Assert.Equal(expected, CamtValues.Normalize(text));
}
