using BankRecon.Domain.BankAccounts;
using BankRecon.Domain.Common;
using BankRecon.Domain.Ledger;
using BankRecon.Domain.Parties;

namespace BankRecon.Domain.Posting;

/// <summary>
/// Reverses a posted transaction with new, offsetting entries (never by deleting or editing amounts). As in Business
/// Central, a customer/vendor entry that has been applied must be unapplied first, and reconciled bank entries cannot
/// be reversed.
/// </summary>
public static class Reversal
{
    public static Result<JournalTransaction> Build(
        IReadOnlyList<GlEntry> glEntries,
        IReadOnlyList<PartyLedgerEntry> partyEntries,
        IReadOnlyList<BankAccountLedgerEntry> bankEntries,
        DateOnly postingDate,
        CurrencyCode localCurrency)
    {
        if (glEntries.Count == 0) return Result<JournalTransaction>.NotFound("reversal.not-found", "There is nothing to reverse.");
        var first = glEntries[0];
        var all = glEntries.Cast<LedgerEntry>().Concat(partyEntries).Concat(bankEntries).ToList();
        if (all.Any(e => e.Reversed))
            return Result<JournalTransaction>.Invalid("reversal.already-reversed", $"Transaction {first.TransactionNo} ({first.DocumentNo}) has already been reversed, or is itself a reversal.").WithArgs(first.TransactionNo, first.DocumentNo);
        var applied = partyEntries.FirstOrDefault(e => e.RemainingAmount != e.Amount);
        if (applied is not null)
            return Result<JournalTransaction>.Invalid("reversal.applied", $"{applied.DocumentType} {applied.DocumentNo} has been applied. Unapply it first, then reverse.").WithArgs(applied.DocumentNo);
        var reconciled = bankEntries.FirstOrDefault(e => !e.Open);
        if (reconciled is not null)
            return Result<JournalTransaction>.Invalid("reversal.reconciled", $"Bank entry {reconciled.EntryNo} is reconciled on statement {reconciled.StatementNo}. Undo the statement first.").WithArgs(reconciled.EntryNo, reconciled.StatementNo ?? "");

        var pairs = new List<(LedgerEntry, LedgerEntry)>();
        var newGl = new List<GlEntry>();
        foreach (var gl in glEntries)
        {
            var mirror = new GlEntry(gl.GlAccountId, postingDate, gl.DocumentType, gl.DocumentNo, "Reversal: " + gl.Description, -gl.Amount, gl.SourceType, gl.SourceNo);
            newGl.Add(mirror);
            pairs.Add((gl, mirror));
        }

        var newParty = new List<PartyLedgerEntry>();
        var detailed = new List<DetailedLedgerEntry>();
        foreach (var entry in partyEntries)
        {
            var values = new PartyEntryValues(postingDate, entry.DocumentType, entry.DocumentNo, "Reversal: " + entry.Description,
                CurrencyCode.Parse(entry.Currency), -entry.Amount, -entry.AmountLocal, entry.ExternalDocumentNo, entry.DocumentDate, postingDate);
            var isCustomer = entry is CustomerLedgerEntry;
            PartyLedgerEntry mirror = isCustomer ? new CustomerLedgerEntry(entry.PartyId, values) : new VendorLedgerEntry(entry.PartyId, values);

            // The original and its mirror close each other.
            var partyType = isCustomer ? PartyType.Customer : PartyType.Vendor;
            detailed.Add(new DetailedLedgerEntry(partyType, mirror.Id, mirror.PartyId, DetailedEntryType.InitialEntry, postingDate,
                mirror.DocumentType, mirror.DocumentNo, mirror.Currency, mirror.Amount, mirror.AmountLocal));
            detailed.Add(new DetailedLedgerEntry(partyType, entry.Id, entry.PartyId, DetailedEntryType.Application, postingDate,
                entry.DocumentType, entry.DocumentNo, entry.Currency, -entry.Amount, -entry.AmountLocal, mirror.Id));
            detailed.Add(new DetailedLedgerEntry(partyType, mirror.Id, mirror.PartyId, DetailedEntryType.Application, postingDate,
                mirror.DocumentType, mirror.DocumentNo, mirror.Currency, entry.Amount, entry.AmountLocal, entry.Id));
            var closeOriginal = entry.Apply(entry.RemainingAmount, postingDate, 0);
            var closeMirror = mirror.Apply(mirror.RemainingAmount, postingDate, 0);
            if (!closeOriginal.Succeeded || !closeMirror.Succeeded) throw new DomainException("A reversal must close the entry and its mirror.");
            newParty.Add(mirror);
            pairs.Add((entry, mirror));
        }

        var newBank = new List<BankAccountLedgerEntry>();
        foreach (var bank in bankEntries)
        {
            var mirror = new BankAccountLedgerEntry(bank.BankAccountId, postingDate, bank.DocumentType, bank.DocumentNo, "Reversal: " + bank.Description,
                CurrencyCode.Parse(bank.Currency), -bank.Amount, -bank.AmountLocal, bank.BalancingType, bank.BalancingNo, bank.ExternalDocumentNo);
            newBank.Add(mirror);
            pairs.Add((bank, mirror));
        }

        return Result.Success(new JournalTransaction(postingDate, first.DocumentType, first.DocumentNo, "REVERSAL", localCurrency,
            newGl, newParty, newBank, detailed, pairs));
    }
}
