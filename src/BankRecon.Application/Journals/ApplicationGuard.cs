using System.Globalization;
using BankRecon.Domain.Common;
using BankRecon.Domain.Reconciliation;

namespace BankRecon.Application.Journals;

/// <summary>
/// The checks Business Central makes on an Applied Payment Entry, for one statement line's set of applications:
/// the entries are open, in the line's currency, of the line's sign, all of one customer or vendor, and no entry gets
/// more than its remaining amount less what other statement lines of open journals apply to it.
/// </summary>
internal static class ApplicationGuard
{
    public static Result Check(StatementLine line, IReadOnlyList<AppliedPaymentEntry> applications, IReadOnlyDictionary<Guid, OpenEntryFacts> entries)
    {
        var errors = new List<Error>();
        OpenEntryFacts? first = null;
        foreach (var application in applications)
        {
            if (application.LedgerEntryId is not { } id) continue;
            if (!entries.TryGetValue(id, out var entry))
            {
                errors.Add(new Error("application.entry-not-found", $"Entry {application.DocumentNo} does not exist."));
                continue;
            }

            var document = $"{entry.DocumentType} {entry.DocumentNo}";
            first ??= entry;
            if (entry.PartyType != first.PartyType || entry.PartyId != first.PartyId)
            {
                errors.Add(new Error("application.one-account",
                    $"You cannot apply to {entry.PartyType} {entry.PartyNo} because the statement line already contains an application to {first.PartyType} {first.PartyNo}."));
                continue;
            }

            if (!entry.Open)
            {
                errors.Add(new Error("application.closed", $"{document} is already closed."));
                continue;
            }

            if (!string.Equals(entry.Currency, line.Currency, StringComparison.Ordinal))
            {
                errors.Add(new Error("application.currency", $"{document} is in {entry.Currency}; the statement line is in {line.Currency}.") { Args = [entry.DocumentNo, entry.Currency, line.Currency] });
                continue;
            }

            if (Math.Sign(entry.RemainingAmount) != Math.Sign(line.Amount))
            {
                errors.Add(new Error("application.sign",
                    $"{document} has the remaining amount {Text(entry.RemainingAmount)}, the opposite sign of the line amount {Text(line.Amount)}.") { Args = [entry.DocumentNo, entry.RemainingAmount, line.Amount] });
                continue;
            }

            var total = application.AppliedAmount + application.AppliedPmtDiscount;
            if (Math.Abs(total) > Math.Abs(entry.Available))
            {
                errors.Add(new Error("application.exceeds-available",
                    $"The amount to apply to {document} cannot exceed {Text(entry.Available)}: its remaining amount is {Text(entry.RemainingAmount)} " +
                    $"and other statement lines apply {Text(entry.AppliedElsewhere)}.") { Args = [entry.DocumentNo, entry.Available, entry.RemainingAmount, entry.AppliedElsewhere] });
            }
        }

        return errors.Count == 0 ? Result.Success() : Result.Invalid(errors);
    }

    private static string Text(decimal amount) => amount.ToString("N2", CultureInfo.InvariantCulture);
}
