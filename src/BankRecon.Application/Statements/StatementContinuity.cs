using System.Globalization;
using BankRecon.Domain.BankAccounts;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Application.Statements;

/// <summary>
/// Works out a statement's journal header from the bank account's last statement, and warns about gaps: an opening
/// balance that is not where the last statement closed, a statement number that is not the next, a bank "copy".
/// With overlapping statements only new lines are imported, so the check is "last balance + new lines = closing".
/// </summary>
internal static class StatementContinuity
{
    public sealed record Outcome(string StatementNo, DateOnly StatementDate, decimal BalanceLastStatement, decimal StatementEndingBalance, IReadOnlyList<ImportNote> Warnings);

    public static Outcome Assess(StatementHeader header, StatementFormat format, BankAccount account, ImportAccounts.LastStatement last,
        StatementTally tally, DateOnly today)
    {
        var n = (header.StatementIndex + 1).ToString(CultureInfo.InvariantCulture);
        var warnings = new List<ImportNote>();
        var fileNo = StatementNumbering.FromFile(header, format);
        var statementNo = fileNo ?? StatementNumbering.Next(last.No);
        if (header.IsCopy)
            warnings.Add(ImportNote.Of("import.copy", $"Statement {n} is marked by the bank as a copy of a statement sent before; lines imported before are skipped.", n));
        if (last.Known && fileNo is not null && !StatementNumbering.IsNext(last.No, fileNo))
            warnings.Add(ImportNote.Of("import.number-gap",
                $"Statement {n} has number {fileNo}, but the last statement of bank account {account.No} was {last.No}: a statement may be missing.", n, fileNo, account.No, last.No ?? ""));

        decimal balanceLast;
        if (last.Known)
        {
            balanceLast = last.Balance;
            if (header.ClosingBalance is { } closing)
            {
                var expected = last.Balance + tally.NewSum;
                if (expected != closing)
                {
                    warnings.Add(tally.DuplicateCount == 0 && header.OpeningBalance is { } opening
                        ? ImportNote.Of("import.balance-gap",
                            $"Statement {n} opens at {Amount(opening)}, but the last statement of bank account {account.No} closed at {Amount(last.Balance)} (difference {Amount(opening - last.Balance)}): a statement may be missing.",
                            n, opening, account.No, last.Balance, opening - last.Balance)
                        : ImportNote.Of("import.balance-gap-overlap",
                            $"With its new lines, statement {n} should close at {Amount(expected)}, but it closes at {Amount(closing)} (difference {Amount(closing - expected)}): a statement may be missing.",
                            n, expected, closing, closing - expected));
                }
            }
            else if (header.OpeningBalance is { } opening && tally.DuplicateCount == 0 && opening != last.Balance)
            {
                warnings.Add(ImportNote.Of("import.balance-gap",
                    $"Statement {n} opens at {Amount(opening)}, but the last statement of bank account {account.No} closed at {Amount(last.Balance)} (difference {Amount(opening - last.Balance)}): a statement may be missing.",
                    n, opening, account.No, last.Balance, opening - last.Balance));
            }
        }
        else
        {
            balanceLast = header.OpeningBalance ?? (header.ClosingBalance is { } closing ? closing - tally.Sum : 0m);
        }

        var ending = header.ClosingBalance ?? balanceLast + tally.NewSum;
        var date = header.To ?? tally.LastBookingDate ?? header.From ?? today;
        return new Outcome(statementNo, date, balanceLast, ending, warnings);
    }

    public static string Amount(decimal value) => value.ToString("0.00##", CultureInfo.InvariantCulture);
}
