using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using BankRecon.Domain.Common;
using BankRecon.Domain.Payments;

namespace BankRecon.Domain.Matching.Engine;

/// <summary>
/// Turns the chosen and runner-up candidates into proposals with reasons in plain words. Each reason is built in one
/// reused buffer, its parts (amounts, document names, lists) written straight into it, and is then copied, as UTF-8,
/// into a block shared by the proposals of about a hundred lines (<see cref="ReasonList"/>); the lists a proposal keeps
/// are exact-size arrays. At 100 000 lines the reasons are most of what the proposals take: as a million strings the
/// garbage collector copied them once or twice while the rest were written; as blocks of bytes they are half the size
/// and hold no references.
/// <para>
/// The sentences are English and fixed; the web shows them in the reader's language by matching each against its
/// pattern (<c>BankRecon.Web.Infrastructure.MatchReasons</c>). A new or reworded sentence needs a pattern and texts
/// there: a test runs this writer over generated statements and fails on any sentence without them.
/// </para>
/// </summary>
internal sealed class ProposalWriter(MatchIndex index, MatchingSettings settings)
{
    private static readonly string[] MoneyFormats = ["N0", "N1", "N2", "N3", "N4"];

    // bytes per block: just under the large-object threshold (85 000 bytes), the reasons of about a hundred lines
    private const int BlockSize = 84000;

    private readonly StringBuilder _text = new(1024);

    // the reason being added, as characters and then as UTF-8
    private char[] _chars = new char[1024];
    private byte[] _utf8 = new byte[4096];

    // the block reasons are copied into, how much of it is used, and the start and length of each reason of the list
    // being written (pairs)
    private byte[] _block = [];
    private int _blockUsed;
    private readonly List<int> _bounds = new(32);
    private readonly List<ProposedApplication> _applications = new(8);
    private readonly List<MatchAlternative> _alternatives = new(8);
    // the reasons this line has written so far into the current block (start, length), so a repeat is not copied again
    private readonly List<(int Start, int Length)> _madeForLine = new(16);

    // the payer's account as a reason names it, made once per line (every candidate found by account repeats it)
    private LineState? _accountTextLine;
    private string _accountText = "";

    public LineProposal Write(LineState state)
    {
        _alternatives.Clear();
        _madeForLine.Clear();
        var candidates = state.Candidates;
        for (var c = 0; c < candidates.Length; c++)
        {
            if (_alternatives.Count >= settings.MaxAlternatives) break;
            if (c == state.ChosenIndex) continue;
            ref readonly var candidate = ref candidates[c];
            _alternatives.Add(new MatchAlternative(
                candidate.Confidence,
                AccountOf(in candidate),
                Applications(in candidate, candidate.Planned, candidate.PlannedDiscount, candidate.PlannedCharges),
                state.RuleOf(in candidate),
                Reasons(state, in candidate, candidate.Planned),
                candidate.Score,
                candidate.ReviewRequired));
        }

        MatchAlternative[] alternatives = _alternatives.Count == 0 ? [] : [.. _alternatives];
        if (state.ChosenIndex < 0)
        {
            return new LineProposal(state.Line, MatchConfidence.None, null, [], null, [], alternatives, ReviewRequired: true, Score: 0);
        }

        ref readonly var chosen = ref candidates[state.ChosenIndex];
        return new LineProposal(
            state.Line,
            chosen.Confidence,
            AccountOf(in chosen),
            Applications(in chosen, state.ChosenAmounts.Span, state.ChosenDiscounts.Span, state.ChosenCharges.Span),
            state.RuleOf(in chosen),
            Reasons(state, in chosen, state.ChosenAmounts.Span),
            alternatives,
            chosen.ReviewRequired,
            chosen.Score);
    }

    private MatchAccount? AccountOf(in CandidateRecord candidate) =>
        candidate.Kind == CandidateKind.TextMapping ? candidate.Account : index.Parties[candidate.Party].Account;

    private ProposedApplication[] Applications(in CandidateRecord candidate, ReadOnlySpan<long> amounts, ReadOnlySpan<long> discounts, ReadOnlySpan<long> charges)
    {
        _applications.Clear();
        for (var i = 0; i < candidate.Entries.Length && i < amounts.Length; i++)
        {
            if (amounts[i] == 0 && discounts[i] == 0) continue;
            ref readonly var entry = ref index.Entries[candidate.Entries[i]];
            var scale = index.ScaleOf(entry);
            // signed like the entry's remaining amount: a credit memo netted on a receipt is applied negative
            _applications.Add(new ProposedApplication(
                entry.Source.EntryId,
                entry.Sign * amounts[i] / scale,
                entry.Sign * discounts[i] / scale,
                i < charges.Length ? entry.Sign * charges[i] / scale : 0m));
        }

        return _applications.Count == 0 ? [] : [.. _applications];
    }

    private ReasonList Reasons(LineState state, in CandidateRecord candidate, ReadOnlySpan<long> amounts)
    {
        _bounds.Clear();
        if (candidate.Kind == CandidateKind.TextMapping)
        {
            Reason($"text \"{candidate.Mapping!.MappingText.AsSpan().Trim()}\" maps to {AccountTypeText(candidate.Account!.Type)}{candidate.Account!.No}");
            if ((candidate.Flags & CandidateFlags.Ambiguous) != 0) Reason("another mapping fits equally well, so it is not applied automatically");
            return Written();
        }

        var party = index.Parties[candidate.Party];
        AddPartyReasons(state, in candidate, party);
        foreach (var e in candidate.Entries)
        {
            if (state.FindHit(e) is { } hit) AddHitReasons(state, e, hit);
        }

        AddAmountReasons(state, in candidate, amounts);
        AddFlagReasons(state, in candidate, party);
        return Written();
    }

    private ReasonList Written() => _bounds.Count == 0 ? ReasonList.Empty : new ReasonList(_block, [.. _bounds]);

    /// <summary>Adds a reason written with placeholders, formatted invariantly straight into the buffer (after anything already in it).</summary>
    private void Reason([InterpolatedStringHandlerArgument("")] ref ReasonHandler text) => Flush();

    /// <summary>Adds a fixed reason (after anything already in the buffer).</summary>
    private void Reason(string text)
    {
        _text.Append(text);
        Flush();
    }

    /// <summary>
    /// Adds what the buffer holds as one reason and empties it. A line's candidates often give the same reason (the
    /// payer's account or name for each candidate of one party): it is copied into the block once per line.
    /// </summary>
    private void Flush()
    {
        if (_chars.Length < _text.Length) _chars = new char[_text.Length * 2];
        _text.CopyTo(0, _chars, _text.Length);
        var chars = _chars.AsSpan(0, _text.Length);
        _text.Clear();
        if (_utf8.Length < Encoding.UTF8.GetMaxByteCount(chars.Length)) _utf8 = new byte[Encoding.UTF8.GetMaxByteCount(chars.Length) * 2];
        var text = _utf8.AsSpan(0, Encoding.UTF8.GetBytes(chars, _utf8));
        foreach (var (start, length) in _madeForLine)
        {
            if (!text.SequenceEqual(_block.AsSpan(start, length))) continue;
            _bounds.Add(start);
            _bounds.Add(length);
            return;
        }

        if (_blockUsed + text.Length > _block.Length) NewBlock(text.Length);
        text.CopyTo(_block.AsSpan(_blockUsed));
        _madeForLine.Add((_blockUsed, text.Length));
        _bounds.Add(_blockUsed);
        _bounds.Add(text.Length);
        _blockUsed += text.Length;
    }

    /// <summary>
    /// Starts a new block with room for <paramref name="needed"/> more bytes. A list refers to one block, so the
    /// reasons the list being written already has move along.
    /// </summary>
    private void NewBlock(int needed)
    {
        var carried = 0;
        for (var i = 1; i < _bounds.Count; i += 2) carried += _bounds[i];
        var block = GC.AllocateUninitializedArray<byte>(Math.Max(BlockSize, carried + needed));
        var used = 0;
        _madeForLine.Clear();
        for (var i = 0; i < _bounds.Count; i += 2)
        {
            _block.AsSpan(_bounds[i], _bounds[i + 1]).CopyTo(block.AsSpan(used));
            _bounds[i] = used;
            _madeForLine.Add((used, _bounds[i + 1]));
            used += _bounds[i + 1];
        }

        _block = block;
        _blockUsed = used;
    }

    private void AddPartyReasons(LineState state, in CandidateRecord candidate, IndexedParty party)
    {
        if (candidate.Evidence is not { } evidence) return;
        var line = state.Line;
        if (evidence.ByAccount) Reason($"{AccountNumberText(state)} belongs to {party.Label}");

        if (evidence.NameSimilarity > 0 && !evidence.NameInText)
        {
            var percent = (int)Math.Round(evidence.NameSimilarity * 100);
            Reason($"payer name \"{line.CounterpartyName.AsSpan().Trim()}\" matches {party.Label} ({percent} %)");
        }

        if (evidence.NameInText) Reason($"the name {party.Name} is in the text");
        if (evidence.AddressAndCity) Reason("address and city match as well");
        // fixed texts per ledger type: thousands of lines give them, as one string each
        var customer = party.Type == PartyType.Customer;
        if (evidence.UniqueName) Reason(customer ? "no other customer has this name" : "no other vendor has this name");
        else if (evidence.OnlySimilarName) Reason(customer ? "no other customer has a similar name" : "no other vendor has a similar name");
        if (!evidence.ByAccount && !evidence.HasName && (!string.IsNullOrWhiteSpace(line.CounterpartyName) || !string.IsNullOrWhiteSpace(line.CounterpartyAccount)))
        {
            Reason($"the payer is not recognised as {party.Label}");
        }
    }

    private void AddHitReasons(LineState state, int e, EntryHit hit)
    {
        ref readonly var entry = ref index.Entries[e];
        var document = DocumentNames.One(index.Entries, e);
        if (hit.ReferenceValid)
        {
            AppendReferenceText(entry);
            Reason($" equals the payment reference of {document}");
        }
        else if (hit.Reference)
        {
            Reason($"reference {entry.Reference} equals the payment reference of {document}, but its check digits are not valid");
        }

        if (hit.ReferenceNear && !hit.Reference)
        {
            if (state.NearReferenceUnique)
            {
                Reason($"the reference on the line has invalid check digits and differs by one digit from the payment reference {entry.Reference} of {document}, and from no other open entry's");
            }
            else
            {
                Reason($"the reference on the line has invalid check digits and differs by one digit from the payment reference {entry.Reference} of {document}, and from others too");
            }
        }

        if (hit.Document)
        {
            if (hit.Found is { } found && !TextFold.SameAlphanumeric(found, entry.Source.DocumentNo))
            {
                Reason($"{document} found in the text (written \"{found}\")");
            }
            else
            {
                Reason($"{document} found in the text");
            }
        }
        else if (hit.External)
        {
            Reason($"external document no. {entry.Source.ExternalDocumentNo} of {document} found in the text");
        }
        else if (hit.DigitsOnly)
        {
            Reason($"the number {hit.Found} of {document} found in the text");
        }
    }

    private void AddAmountReasons(LineState state, in CandidateRecord candidate, ReadOnlySpan<long> amounts)
    {
        var several = candidate.Entries.Length > 1;
        var what = DocumentNames.Described(index.Entries, candidate.EntriesMemory);
        var list = DocumentNames.List(index.Entries, candidate.EntriesMemory);
        long applied = 0;
        foreach (var amount in amounts) applied += amount;
        switch (candidate.Kind)
        {
            case CandidateKind.Combination:
                Reason($"open entries {list} of {index.Parties[candidate.Party].Label} add up exactly to the payment");
                if (candidate.CombinationCount > 1) Reason("more than one set of open entries adds up to the payment; the oldest entries are proposed");
                break;
            case CandidateKind.NamedSubset:
                Reason($"of the entries named in the text, {list} add up exactly to the payment");
                break;
            case CandidateKind.OldestOpen:
                Reason($"{DocumentNames.One(index.Entries, candidate.Entries[0])} is the party's oldest open entry");
                break;
            case CandidateKind.NetOfCredits:
                AddNetReasons(state, in candidate);
                return;
        }

        switch (candidate.Relation)
        {
            case AmountRelation.Exact:
                if (several) Reason($"amount equals the total remaining amount of {what}");
                else Reason($"amount equals the remaining amount of {what}");
                break;
            case AmountRelation.ExactWithDiscount:
                Reason($"amount equals the remaining amount of {what} less the payment discount of {Money(state, candidate.Remaining - candidate.Applicable)}");
                break;
            case AmountRelation.WithinTolerance:
                var difference = candidate.Remaining - state.Amount;
                if (difference > 0)
                {
                    Reason($"amount is within the tolerance of the remaining amount {Money(state, candidate.Remaining)} of {what}; {Money(state, difference)} stays open");
                }
                else
                {
                    Reason($"amount is within the tolerance of the remaining amount {Money(state, candidate.Remaining)} of {what}; {Money(state, -difference)} is left on the statement line");
                }

                break;
            case AmountRelation.LessCharges:
                var charges = candidate.Applicable - state.Amount;
                if (candidate.ChargesReported)
                {
                    Reason($"amount is {Money(state, charges)} short of the remaining amount {Money(state, candidate.Applicable)} of {what}: the bank reports charges of {Money(state, charges)}; the invoice is closed and the difference is bank charges");
                }
                else
                {
                    Reason($"amount is {Money(state, charges)} short of the remaining amount {Money(state, candidate.Applicable)} of {what}, within the bank charges allowance (at most {settings.BankChargesMaxAmount:0.##} {state.Currency} and {settings.BankChargesMaxPercent:0.##} %); the invoice is closed and the difference is bank charges");
                }

                break;
            case AmountRelation.Partial:
                Reason($"part payment: {Money(state, applied)} of {Money(state, candidate.Remaining)} remaining on {what}");
                break;
            case AmountRelation.Over:
                Reason($"overpayment: {Money(state, state.Amount - candidate.Remaining)} more than the remaining amount {Money(state, candidate.Remaining)} of {what}; it is left on the statement line");
                break;
        }

        if (candidate.AmountCriterion == AmountMatch.OneMatch && !several && candidate.Kind == CandidateKind.Single)
        {
            Reason(candidate.PartyCriterion == RelatedPartyMatch.No || settings.RuleSet == RuleSet.BusinessCentral || (candidate.Flags & CandidateFlags.UniqueInPool) != 0
                ? "no other open entry has this amount"
                : "no other open entry of the party has this amount");
        }
        else if (candidate.AmountCriterion == AmountMatch.MultipleMatches)
        {
            Reason("other open entries have the same amount");
        }
    }

    private void AddNetReasons(LineState state, in CandidateRecord candidate)
    {
        // "invoice a (x) + invoice b (y) less credit memo c (z) and credit memo d (w) …"
        AppendNetted(state, in candidate, invoices: true, " + ");
        _text.Append(" less ");
        AppendNetted(state, in candidate, invoices: false, " and ");
        if (candidate.Relation == AmountRelation.ExactWithDiscount)
        {
            Reason($" and less the payment discount of {Money(state, candidate.Remaining - candidate.Applicable)} equals the payment; the credit is applied too");
        }
        else
        {
            _text.Append(" equals the payment; the credit is applied too");
            Flush();
        }

        var anyUnnamedCredit = false;
        foreach (var e in candidate.Entries)
        {
            if (index.Entries[e].Sign != state.Sign && state.FindHit(e) is not { AnyDocument: true }) anyUnnamedCredit = true;
        }

        if (!anyUnnamedCredit) return;
        if (candidate.CombinationCount > 1)
        {
            Reason($"more than one set of open credit memos of {index.Parties[candidate.Party].Label} fits; the oldest is proposed");
        }
        else
        {
            Reason($"no other open credit memo of {index.Parties[candidate.Party].Label} makes up the difference");
        }
    }

    private void AppendNetted(LineState state, in CandidateRecord candidate, bool invoices, string separator)
    {
        var first = true;
        foreach (var e in candidate.Entries)
        {
            if ((index.Entries[e].Sign == state.Sign) != invoices) continue;
            if (!first) _text.Append(separator);
            first = false;
            _text.Append(CultureInfo.InvariantCulture, $"{DocumentNames.One(index.Entries, e)} ({Money(state, index.Entries[e].Remaining)})");
        }
    }

    private void AddFlagReasons(LineState state, in CandidateRecord candidate, IndexedParty party)
    {
        if ((candidate.Flags & CandidateFlags.OtherPartyIdentified) != 0)
        {
            var other = -1;
            foreach (var p in state.FullyMatchedParties)
            {
                if (p == party.Index) continue;
                other = p;
                break;
            }

            Reason($"the payer looks like {(other < 0 ? "another party" : index.Parties[other].Label)}, not {party.Label}");
        }

        if ((candidate.Flags & CandidateFlags.BeforePosting) != 0)
        {
            foreach (var e in candidate.Entries)
            {
                ref readonly var entry = ref index.Entries[e];
                if (entry.PostingDate <= state.Line.Date) continue;
                Reason($"the payment is dated before {DocumentNames.One(index.Entries, e)} was posted ({entry.PostingDate:yyyy-MM-dd})");
                break;
            }
        }

        if ((candidate.Flags & CandidateFlags.TextNamesOtherEntry) != 0 && state.FirstNamedEntry >= 0)
        {
            Reason($"the text names {DocumentNames.One(index.Entries, state.FirstNamedEntry)}, which this proposal does not apply");
        }

        if ((candidate.Flags & CandidateFlags.CreditMemoFits) != 0)
        {
            Reason("the difference equals open credit memos of the party, so it may not be a part payment");
        }

        if ((candidate.Flags & CandidateFlags.NearNamesake) != 0)
        {
            Reason(party.Type == PartyType.Customer
                ? "another customer has a similar name and other open entries have this amount, so the name alone does not decide"
                : "another vendor has a similar name and other open entries have this amount, so the name alone does not decide");
        }

        if ((candidate.Flags & CandidateFlags.Ambiguous) != 0) Reason("another candidate fits equally well, so it is not applied automatically");
        if ((candidate.Flags & CandidateFlags.ContestedByOtherLine) != 0) Reason("another statement line matches the same entry equally well");
        if ((candidate.Flags & CandidateFlags.Reduced) != 0) Reason("other statement lines already use part of this entry; only what is left is applied");
    }

    /// <summary>How a valid structured reference is named ("KID 123 (valid MOD10)"), written into the buffer.</summary>
    private void AppendReferenceText(in IndexedEntry entry)
    {
        var reference = entry.Reference;
        var kinds = PaymentReference.Recognize(reference);
        var swedish = string.Equals(entry.Currency, "SEK", StringComparison.Ordinal);
        switch (kinds.Count == 0 ? (PaymentReferenceKind?)null : kinds[0])
        {
            case PaymentReferenceKind.Rf:
                _text.Append("RF reference ").Append(PaymentReference.Format(reference)).Append(" (valid ISO 11649)");
                break;
            case PaymentReferenceKind.KidMod10:
                _text.Append(swedish ? "OCR " : "KID ").Append(reference).Append(swedish ? " (valid Luhn)" : " (valid MOD10)");
                break;
            case PaymentReferenceKind.KidMod11:
                _text.Append("KID ").Append(reference).Append(" (valid MOD11)");
                break;
            case PaymentReferenceKind.OcrWithLength:
                _text.Append("OCR ").Append(reference).Append(" (valid Luhn with length digit)");
                break;
            default:
                _text.Append("reference ").Append(reference);
                break;
        }
    }

    private string AccountNumberText(LineState state)
    {
        if (ReferenceEquals(_accountTextLine, state)) return _accountText;
        var raw = state.Line.CounterpartyAccount;
        var normalized = BankAccountNumber.Normalize(raw);
        _accountText = BankAccountNumber.IsValidIban(normalized) ? "IBAN " + BankAccountNumber.FormatIban(normalized) : "bank account " + raw?.Trim();
        _accountTextLine = state;
        return _accountText;
    }

    private static string AccountTypeText(MatchAccountType type) => type switch
    {
        MatchAccountType.Customer => "customer ",
        MatchAccountType.Vendor => "vendor ",
        MatchAccountType.GlAccount => "G/L account ",
        MatchAccountType.BankAccount => "bank account ",
        _ => "",
    };

    private static MoneyText Money(LineState state, long minor)
    {
        var digits = state.Scale switch { 1m => 0, 10m => 1, 100m => 2, 1000m => 3, _ => 4 };
        return new MoneyText(minor / state.Scale, MoneyFormats[digits], state.Currency);
    }

    /// <summary>Formats an interpolated reason into the writer's buffer with the invariant culture.</summary>
    [InterpolatedStringHandler]
    private ref struct ReasonHandler
    {
        private StringBuilder.AppendInterpolatedStringHandler _inner;

        public ReasonHandler(int literalLength, int formattedCount, ProposalWriter writer)
        {
            _inner = new StringBuilder.AppendInterpolatedStringHandler(literalLength, formattedCount, writer._text, CultureInfo.InvariantCulture);
        }

        public void AppendLiteral(string value) => _inner.AppendLiteral(value);

        public void AppendFormatted<T>(T value) => _inner.AppendFormatted(value);

        public void AppendFormatted<T>(T value, string? format) => _inner.AppendFormatted(value, format);

        public void AppendFormatted(ReadOnlySpan<char> value) => _inner.AppendFormatted(value);

        // the engine's own parts are formatted through a stack buffer: the generic path would box them until the
        // method is fully optimised
        public void AppendFormatted(MoneyText value) => AppendPart(value);

        public void AppendFormatted(DocumentNames value) => AppendPart(value);

        public void AppendFormatted(string? value) => _inner.AppendFormatted(value);

        private void AppendPart<T>(T value)
            where T : struct, ISpanFormattable
        {
            Span<char> buffer = stackalloc char[256];
            if (value.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture)) _inner.AppendFormatted((ReadOnlySpan<char>)buffer[..written]);
            else _inner.AppendFormatted(value.ToString(null, CultureInfo.InvariantCulture));
        }
    }
}
