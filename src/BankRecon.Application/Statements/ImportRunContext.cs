using BankRecon.Application.Common;
using BankRecon.Domain.Ledger;

namespace BankRecon.Application.Statements;

/// <summary>What the files of one import share: accounts, duplicate finder, journal number series, today, the user.</summary>
internal sealed record ImportRunContext(
    ImportAccounts Accounts,
    DuplicateFinder Finder,
    DateOnly Today,
    DateTime Now,
    string User,
    NumberSeries Series,
    BulkInserter Inserter,
    int BatchSize);
