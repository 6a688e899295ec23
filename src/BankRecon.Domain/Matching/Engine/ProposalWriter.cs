using System.Globalization;
using BankRecon.Domain.Common;
using BankRecon.Domain.Payments;

namespace BankRecon.Domain.Matching.Engine;

/// <summary>Turns the chosen and runner-up candidates into proposals with reasons in plain words.</summary>
internal sealed class ProposalWriter(MatchIndex index, MatchingSettings settings)
{
    public LineProposal Write(LineState state)
    {
        var alternatives = new List<MatchAlternative>();
        foreach (var candidate in state.Candidates)
        {
            if (alternatives.Count >= settings.MaxAlternatives) break;
            if (ReferenceEquals(candidate, state.Chosen)) continue;
            alternatives.Add(new MatchAlternative(
                candidate.Confidence,
                AccountOf(candidate),
                Applications(state, candidate, candidate.Planned, candidate.PlannedDiscount, candidate.PlannedCharges),
                candidate.Rule,
                Reasons(state, candidate, candidate.Planned),
                candidate.Score,
                candidate.ReviewRequired));
        }

        var chosen = state.Chosen;
        if (chosen is null)
        {
            return LineProposal.Unmatched(state.Line) with { Alternatives = alternatives };
        }

        return new LineProposal(
            state.Line,
            chosen.Confidence,
            AccountOf(chosen),
            Applications(state, chosen, state.ChosenAmounts, state.ChosenDiscounts, state.ChosenCharges),
            chosen.Rule,
            Reasons(state, chosen, state.ChosenAmounts),
            alternatives,
            chosen.ReviewRequired,
            chosen.Score);
    }

    private MatchAccount? AccountOf(Candidate candidate) =>
        candidate.Kind == CandidateKind.TextMapping ? candidate.Account : index.Parties[candidate.Party].Account;

    private List<ProposedApplication> Applications(LineState state, Candidate candidate, long[] amounts, long[] discounts, long[] charges)
    {
        var result = new List<ProposedApplication>(candidate.Entries.Length);
        for (var i = 0; i < candidate.Entries.Length && i < amounts.Length; i++)
        {
            if (amounts[i] == 0 && discounts[i] == 0) continue;
            var entry = index.Entries[candidate.Entries[i]];
            // signed like the entry's remaining amount: a credit memo netted on a receipt is applied negative
            result.Add(new ProposedApplication(
                entry.Source.EntryId,
                entry.Sign * amounts[i] / entry.Scale,
                entry.Sign * discounts[i] / entry.Scale,
                i < charges.Length ? entry.Sign * charges[i] / entry.Scale : 0m));
        }

        return result;
    }

    private List<string> Reasons(LineState state, Candidate candidate, long[] amounts)
    {
        var reasons = new List<string>();
        if (candidate.Kind == CandidateKind.TextMapping)
        {
            reasons.Add($"text \"{candidate.Mapping!.MappingText.Trim()}\" maps to {AccountText(candidate.Account!)}");
            if ((candidate.Flags & CandidateFlags.Ambiguous) != 0) reasons.Add("another mapping fits equally well, so it is not applied automatically");
            return reasons;
        }

        var party = index.Parties[candidate.Party];
        AddPartyReasons(state, candidate, party, reasons);
        foreach (var e in candidate.Entries)
        {
            if (state.FindHit(e) is { } hit) AddHitReasons(state, index.Entries[e], hit, reasons);
        }

        AddAmountReasons(state, candidate, amounts, reasons);
        AddFlagReasons(state, candidate, party, reasons);
        return reasons;
    }

    private static void AddPartyReasons(LineState state, Candidate candidate, IndexedParty party, List<string> reasons)
    {
        var evidence = candidate.Evidence;
        if (evidence is null) return;
        var line = state.Line;
        if (evidence.ByAccount)
        {
            reasons.Add($"{AccountNumberText(line.CounterpartyAccount)} belongs to {party.Label}");
        }

        if (evidence.NameSimilarity > 0 && !evidence.NameInText)
        {
            var percent = (int)Math.Round(evidence.NameSimilarity * 100);
            reasons.Add($"payer name \"{line.CounterpartyName?.Trim()}\" matches {party.Label} ({percent.ToString(CultureInfo.InvariantCulture)} %)");
        }

        if (evidence.NameInText) reasons.Add($"the name {party.Name} is in the text");
        if (evidence.AddressAndCity) reasons.Add("address and city match as well");
        if (evidence.UniqueName) reasons.Add($"no other {party.TypeWord} has this name");
        else if (evidence.OnlySimilarName) reasons.Add($"no other {party.TypeWord} has a similar name");
        if (!evidence.ByAccount && !evidence.HasName && (!string.IsNullOrWhiteSpace(line.CounterpartyName) || !string.IsNullOrWhiteSpace(line.CounterpartyAccount)))
        {
            reasons.Add($"the payer is not recognised as {party.Label}");
        }
    }

    private static void AddHitReasons(LineState state, IndexedEntry entry, EntryHit hit, List<string> reasons)
    {
        var document = DocumentText(entry);
        if (hit.ReferenceValid)
        {
            reasons.Add($"{ReferenceText(entry)} equals the payment reference of {document}");
        }
        else if (hit.Reference)
        {
            reasons.Add($"reference {entry.Reference} equals the payment reference of {document}, but its check digits are not valid");
        }

        if (hit.ReferenceNear && !hit.Reference)
        {
            reasons.Add(state.NearReferenceUnique
                ? $"the reference on the line has invalid check digits and differs by one digit from the payment reference {entry.Reference} of {document}, and from no other open entry's"
                : $"the reference on the line has invalid check digits and differs by one digit from the payment reference {entry.Reference} of {document}, and from others too");
        }

        if (hit.Document)
        {
            var asFound = hit.Found is { } found && !string.Equals(TextFold.FoldAlphanumeric(found), TextFold.FoldAlphanumeric(entry.Source.DocumentNo), StringComparison.Ordinal)
                ? $" (written \"{found}\")"
                : "";
            reasons.Add($"{document} found in the text{asFound}");
        }
        else if (hit.External)
        {
            reasons.Add($"external document no. {entry.Source.ExternalDocumentNo} of {document} found in the text");
        }
        else if (hit.DigitsOnly)
        {
            reasons.Add($"the number {hit.Found} of {document} found in the text");
        }
    }

    private void AddAmountReasons(LineState state, Candidate candidate, long[] amounts, List<string> reasons)
    {
        var several = candidate.Entries.Length > 1;
        var first = index.Entries[candidate.Entries[0]];
        var what = several ? $"the {candidate.Entries.Length.ToString(CultureInfo.InvariantCulture)} entries {DocumentList(candidate)}" : DocumentText(first);
        var applied = amounts.Sum();
        switch (candidate.Kind)
        {
            case CandidateKind.Combination:
                reasons.Add($"open entries {DocumentList(candidate)} of {index.Parties[candidate.Party].Label} add up exactly to the payment");
                if (candidate.CombinationCount > 1) reasons.Add("more than one set of open entries adds up to the payment; the oldest entries are proposed");
                break;
            case CandidateKind.NamedSubset:
                reasons.Add($"of the entries named in the text, {DocumentList(candidate)} add up exactly to the payment");
                break;
            case CandidateKind.OldestOpen:
                reasons.Add($"{DocumentText(first)} is the party's oldest open entry");
                break;
            case CandidateKind.NetOfCredits:
                AddNetReasons(state, candidate, reasons);
                return;
        }

        switch (candidate.Relation)
        {
            case AmountRelation.Exact:
                reasons.Add(several ? $"amount equals the total remaining amount of {what}" : $"amount equals the remaining amount of {what}");
                break;
            case AmountRelation.ExactWithDiscount:
                reasons.Add($"amount equals the remaining amount of {what} less the payment discount of {Money(state, candidate.Remaining - candidate.Applicable)}");
                break;
            case AmountRelation.WithinTolerance:
                var difference = candidate.Remaining - state.Amount;
                reasons.Add(difference > 0
                    ? $"amount is within the tolerance of the remaining amount {Money(state, candidate.Remaining)} of {what}; {Money(state, difference)} stays open"
                    : $"amount is within the tolerance of the remaining amount {Money(state, candidate.Remaining)} of {what}; {Money(state, -difference)} is left on the statement line");
                break;
            case AmountRelation.LessCharges:
                var charges = candidate.Applicable - state.Amount;
                reasons.Add(candidate.ChargesReported
                    ? $"amount is {Money(state, charges)} short of the remaining amount {Money(state, candidate.Applicable)} of {what}: the bank reports charges of {Money(state, charges)}; the invoice is closed and the difference is bank charges"
                    : $"amount is {Money(state, charges)} short of the remaining amount {Money(state, candidate.Applicable)} of {what}, within the bank charges allowance ({BankChargesAllowance(state)}); the invoice is closed and the difference is bank charges");
                break;
            case AmountRelation.Partial:
                reasons.Add($"part payment: {Money(state, applied)} of {Money(state, candidate.Remaining)} remaining on {what}");
                break;
            case AmountRelation.Over:
                reasons.Add($"overpayment: {Money(state, state.Amount - candidate.Remaining)} more than the remaining amount {Money(state, candidate.Remaining)} of {what}; it is left on the statement line");
                break;
        }

        if (candidate.AmountCriterion == AmountMatch.OneMatch && !several && candidate.Kind == CandidateKind.Single)
        {
            reasons.Add(candidate.PartyCriterion == RelatedPartyMatch.No || settings.RuleSet == RuleSet.BusinessCentral || (candidate.Flags & CandidateFlags.UniqueInPool) != 0
                ? "no other open entry has this amount"
                : "no other open entry of the party has this amount");
        }
        else if (candidate.AmountCriterion == AmountMatch.MultipleMatches)
        {
            reasons.Add("other open entries have the same amount");
        }
    }

    private string BankChargesAllowance(LineState state) =>
        string.Create(CultureInfo.InvariantCulture, $"at most {settings.BankChargesMaxAmount:0.##} {state.Currency} and {settings.BankChargesMaxPercent:0.##} %");

    private void AddNetReasons(LineState state, Candidate candidate, List<string> reasons)
    {
        var invoices = candidate.Entries.Where(e => index.Entries[e].Sign == state.Sign).Select(e => index.Entries[e]).ToList();
        var credits = candidate.Entries.Where(e => index.Entries[e].Sign != state.Sign).Select(e => index.Entries[e]).ToList();
        var plus = string.Join(" + ", invoices.Select(e => $"{DocumentText(e)} ({Money(state, e.Remaining)})"));
        var minus = string.Join(" and ", credits.Select(e => $"{DocumentText(e)} ({Money(state, e.Remaining)})"));
        reasons.Add(candidate.Relation == AmountRelation.ExactWithDiscount
            ? $"{plus} less {minus} and less the payment discount of {Money(state, candidate.Remaining - candidate.Applicable)} equals the payment; the credit is applied too"
            : $"{plus} less {minus} equals the payment; the credit is applied too");
        if (credits.Any(c => state.FindHit(c.Index) is not { AnyDocument: true }))
        {
            reasons.Add(candidate.CombinationCount > 1
                ? $"more than one set of open credit memos of {index.Parties[candidate.Party].Label} fits; the oldest is proposed"
                : $"no other open credit memo of {index.Parties[candidate.Party].Label} makes up the difference");
        }
    }

    private void AddFlagReasons(LineState state, Candidate candidate, IndexedParty party, List<string> reasons)
    {
        if ((candidate.Flags & CandidateFlags.OtherPartyIdentified) != 0)
        {
            var other = state.Parties.FirstOrDefault(p => p.Party != party.Index && p.Level == RelatedPartyMatch.Fully);
            var who = other is null ? "another party" : index.Parties[other.Party].Label;
            reasons.Add($"the payer looks like {who}, not {party.Label}");
        }

        if ((candidate.Flags & CandidateFlags.BeforePosting) != 0)
        {
            var entry = candidate.Entries.Select(e => index.Entries[e]).First(e => e.Source.PostingDate > state.Line.Date);
            reasons.Add($"the payment is dated before {DocumentText(entry)} was posted ({entry.Source.PostingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})");
        }

        if ((candidate.Flags & CandidateFlags.TextNamesOtherEntry) != 0 && state.FirstNamedEntry >= 0)
        {
            reasons.Add($"the text names {DocumentText(index.Entries[state.FirstNamedEntry])}, which this proposal does not apply");
        }

        if ((candidate.Flags & CandidateFlags.CreditMemoFits) != 0)
        {
            reasons.Add("the difference equals open credit memos of the party, so it may not be a part payment");
        }

        if ((candidate.Flags & CandidateFlags.NearNamesake) != 0)
        {
            reasons.Add($"another {party.TypeWord} has a similar name and other open entries have this amount, so the name alone does not decide");
        }

        if ((candidate.Flags & CandidateFlags.Ambiguous) != 0) reasons.Add("another candidate fits equally well, so it is not applied automatically");
        if ((candidate.Flags & CandidateFlags.ContestedByOtherLine) != 0) reasons.Add("another statement line matches the same entry equally well");
        if ((candidate.Flags & CandidateFlags.Reduced) != 0) reasons.Add("other statement lines already use part of this entry; only what is left is applied");
    }

    private string DocumentList(Candidate candidate) =>
        string.Join(", ", candidate.Entries.Select(e => index.Entries[e].Source.DocumentNo));

    private static string DocumentText(IndexedEntry entry) => entry.Source.DocumentType switch
    {
        DocumentType.Invoice => "invoice ",
        DocumentType.CreditMemo => "credit memo ",
        DocumentType.FinanceCharge => "finance charge memo ",
        DocumentType.Reminder => "reminder ",
        _ => "document ",
    } + entry.Source.DocumentNo;

    private static string ReferenceText(IndexedEntry entry)
    {
        var reference = entry.Reference;
        var kinds = PaymentReference.Recognize(reference);
        var swedish = string.Equals(entry.Currency, "SEK", StringComparison.Ordinal);
        if (kinds.Count == 0) return "reference " + reference;
        return kinds[0] switch
        {
            PaymentReferenceKind.Rf => $"RF reference {PaymentReference.Format(reference)} (valid ISO 11649)",
            PaymentReferenceKind.KidMod10 => (swedish ? "OCR " : "KID ") + reference + (swedish ? " (valid Luhn)" : " (valid MOD10)"),
            PaymentReferenceKind.KidMod11 => $"KID {reference} (valid MOD11)",
            PaymentReferenceKind.OcrWithLength => $"OCR {reference} (valid Luhn with length digit)",
            _ => "reference " + reference,
        };
    }

    private static string AccountNumberText(string? raw)
    {
        var normalized = BankAccountNumber.Normalize(raw);
        return BankAccountNumber.IsValidIban(normalized) ? "IBAN " + BankAccountNumber.FormatIban(normalized) : "bank account " + raw?.Trim();
    }

    private static string AccountText(MatchAccount account) => account.Type switch
    {
        MatchAccountType.Customer => "customer " + account.No,
        MatchAccountType.Vendor => "vendor " + account.No,
        MatchAccountType.GlAccount => "G/L account " + account.No,
        MatchAccountType.BankAccount => "bank account " + account.No,
        _ => account.No,
    };

    private static readonly string[] MoneyFormats = ["N0", "N1", "N2", "N3", "N4"];

    private static string Money(LineState state, long minor)
    {
        var digits = state.Scale switch { 1m => 0, 10m => 1, 100m => 2, 1000m => 3, _ => 4 };
        var amount = minor / state.Scale;
        return amount.ToString(MoneyFormats[digits], CultureInfo.InvariantCulture) + " " + state.Currency;
    }
}
