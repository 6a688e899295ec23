using System.Globalization;
using BankRecon.Importers.Abstractions;

namespace BankRecon.Importers;

/// <summary>Passes events through and reports a statement whose opening balance + booked lines ≠ closing balance.</summary>
internal sealed class BalanceCheckingSink(IStatementSink inner) : IStatementSink
{
    private decimal _sum;
    private int _count;

    public void StartStatement(StatementHeader header)
    {
        _sum = 0m;
        _count = 0;
        inner.StartStatement(header);
    }

    public void Line(ParsedLine line)
    {
        _sum += line.Amount;
        _count++;
        inner.Line(line);
    }

    public void EndStatement(StatementHeader header)
    {
        if (header is { OpeningBalance: { } opening, ClosingBalance: { } closing } && opening + _sum != closing)
        {
            inner.Diagnostic(ParseDiagnostic.Warning(
                header.Location ?? $"statement {header.StatementIndex + 1}",
                string.Create(CultureInfo.InvariantCulture,
                    $"Balances do not add up: opening {opening} + {_count} lines totalling {_sum} = {opening + _sum}, but the closing balance is {closing} (difference {closing - opening - _sum}).")
                ).Coded("parse.balance-mismatch", opening, _count, _sum, opening + _sum, closing, closing - opening - _sum));
        }

        inner.EndStatement(header);
    }

    public void Diagnostic(ParseDiagnostic diagnostic) => inner.Diagnostic(diagnostic);
}
