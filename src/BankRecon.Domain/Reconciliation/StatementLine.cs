using BankRecon.Domain.Common;

namespace BankRecon.Domain.Reconciliation;

/// <summary>
/// A bank statement line in a payment reconciliation journal, with what the bank said (amount signed as the bank
/// reports it: + = money in) and how it is applied. All applications of a line go to one account.
/// </summary>
public sealed class StatementLine : VersionedEntity
{
    private readonly List<AppliedPaymentEntry> _applications = [];

    private StatementLine() { }

    public StatementLine(Guid journalId, Guid bankAccountId, int lineNo, StatementLineData data, string dedupKey)
    {
        JournalId = journalId;
        BankAccountId = bankAccountId;
        LineNo = lineNo;
        DedupKey = dedupKey;
        BookingDate = data.BookingDate;
        ValueDate = data.ValueDate;
        Amount = data.Amount;
        Currency = data.Currency;
        OriginalAmount = data.OriginalAmount;
        OriginalCurrency = data.OriginalCurrency;
        ExchangeRate = data.ExchangeRate;
        Description = Cut(data.Description, 1000);
        CounterpartyName = Cut(data.CounterpartyName, 250);
        CounterpartyAccount = Cut(data.CounterpartyAccount, 70);
        Reference = Cut(data.Reference, 70);
        ReferenceType = Cut(data.ReferenceType, 35);
        EndToEndId = Cut(data.EndToEndId, 70);
        BankReference = Cut(data.BankReference, 70);
        BankTransactionCode = Cut(data.BankTransactionCode, 70);
        IsReversal = data.IsReversal;
        SourceLocation = Cut(data.SourceLocation, 250);
    }

    public Guid JournalId { get; private set; }

    /// <summary>Denormalised so that (bank account, dedup key) can be unique across every journal.</summary>
    public Guid BankAccountId { get; private set; }

    public int LineNo { get; private set; }

    /// <summary>"ref:…" from the bank's transaction reference, or "fp:…#n" from a content fingerprint and occurrence number.</summary>
    public string DedupKey { get; private set; } = "";

    /// <summary>For a line split off another ("transfer difference to account", "split line"): the line it came from.</summary>
    public Guid? ParentLineId { get; private set; }

    public DateOnly BookingDate { get; private set; }

    public DateOnly? ValueDate { get; private set; }

    public decimal Amount { get; private set; }

    public string Currency { get; private set; } = "";

    public decimal? OriginalAmount { get; private set; }

    public string? OriginalCurrency { get; private set; }

    public decimal? ExchangeRate { get; private set; }

    public string? Description { get; private set; }

    public string? CounterpartyName { get; private set; }

    public string? CounterpartyAccount { get; private set; }

    public string? Reference { get; private set; }

    public string? ReferenceType { get; private set; }

    public string? EndToEndId { get; private set; }

    public string? BankReference { get; private set; }

    public string? BankTransactionCode { get; private set; }

    public bool IsReversal { get; private set; }

    /// <summary>Where in the imported file the line came from.</summary>
    public string? SourceLocation { get; private set; }

    public ApplicationAccountType AccountType { get; private set; }

    public string? AccountNo { get; private set; }

    public LineConfidence Confidence { get; private set; }

    /// <summary>The rule that produced the current application ("BC High 4: …", "Structured reference", "Manual").</summary>
    public string? Rule { get; private set; }

    /// <summary>Reasons and ranked alternatives as JSON, for the review page.</summary>
    public string? Explanation { get; private set; }

    public bool ReviewRequired { get; private set; }

    /// <summary>Who applied, accepted or changed the line last, and when.</summary>
    public string? AppliedBy { get; private set; }

    public DateTime? AppliedAtUtc { get; private set; }

    public IReadOnlyList<AppliedPaymentEntry> Applications => _applications;

    public decimal AppliedAmount { get; private set; }

    public decimal Difference => Amount - AppliedAmount;

    /// <summary>Made or confirmed by a person: "Apply automatically" keeps it.</summary>
    public bool IsDecidedByPerson => Confidence is LineConfidence.Manual or LineConfidence.Accepted;

    /// <summary>Stores the engine's proposal, unless a person has decided this line.</summary>
    public bool Propose(LineConfidence confidence, ApplicationAccountType accountType, string? accountNo,
        IEnumerable<AppliedPaymentEntry> applications, string? rule, string? explanation, bool reviewRequired, string user, DateTime atUtc)
    {
        if (IsDecidedByPerson) return false;
        SetApplications(accountType, accountNo, applications);
        Confidence = accountType == ApplicationAccountType.None ? LineConfidence.None : confidence;
        Rule = rule;
        Explanation = explanation;
        ReviewRequired = reviewRequired;
        Stamp(user, atUtc);
        return true;
    }

    /// <summary>A person confirms the proposal.</summary>
    public Result Accept(string user, DateTime atUtc)
    {
        if (AccountType == ApplicationAccountType.None) return Result.Invalid("line.nothing-to-accept", $"Line {LineNo} has no proposal to accept.").WithArgs(LineNo);
        Confidence = LineConfidence.Accepted;
        ReviewRequired = false;
        Stamp(user, atUtc);
        return Result.Success();
    }

    /// <summary>A person applies the line by hand (to entries of one account, or to an account without entries).</summary>
    public Result ApplyManually(ApplicationAccountType accountType, string accountNo, IReadOnlyList<AppliedPaymentEntry> applications, string user, DateTime atUtc)
    {
        if (accountType == ApplicationAccountType.None || string.IsNullOrWhiteSpace(accountNo))
            return Result.Invalid("line.account", "Choose the account to apply the line to.");
        var total = applications.Sum(a => a.AppliedAmount);
        if (applications.Any(a => a.AppliedAmount == 0m || Math.Sign(a.AppliedAmount) != Math.Sign(Amount)))
            return Result.Invalid("line.sign", $"Applied amounts must have the same sign as the line amount {Amount}.").WithArgs(LineNo, BookingDate, Amount, Currency);
        if (Math.Abs(total) > Math.Abs(Amount))
            return Result.Invalid("line.over-applied", $"The applied amounts ({total}) exceed the line amount ({Amount}).").WithArgs(LineNo, BookingDate, Amount, Currency, total);
        SetApplications(accountType, accountNo.Trim(), applications);
        Confidence = LineConfidence.Manual;
        Rule = "Manual";
        ReviewRequired = false;
        Stamp(user, atUtc);
        return Result.Success();
    }

    public void RemoveApplication(string user, DateTime atUtc)
    {
        SetApplications(ApplicationAccountType.None, null, []);
        Confidence = LineConfidence.None;
        Rule = null;
        Explanation = null;
        ReviewRequired = false;
        Stamp(user, atUtc);
    }

    /// <summary>Reduces this line to <paramref name="keep"/> and returns a new line for the rest (BC's split / transfer difference).</summary>
    public StatementLine SplitOff(decimal keep, int newLineNo, string? text, string user, DateTime atUtc)
    {
        if (keep == 0m || Math.Sign(keep) != Math.Sign(Amount) || Math.Abs(keep) >= Math.Abs(Amount))
            throw new DomainException($"Line {LineNo} can only keep part of its amount {Amount}.");
        if (Math.Abs(AppliedAmount) > Math.Abs(keep))
            throw new DomainException($"Line {LineNo} has {AppliedAmount} applied; remove applications before keeping only {keep}.");
        var rest = Amount - keep;
        var child = new StatementLine(JournalId, BankAccountId, newLineNo,
            new StatementLineData(BookingDate, ValueDate, rest, Currency, null, null, null, text ?? Description, CounterpartyName,
                CounterpartyAccount, Reference, ReferenceType, EndToEndId, BankReference, BankTransactionCode, IsReversal, SourceLocation),
            DedupKey + "/split" + newLineNo.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            ParentLineId = Id,
        };
        Amount = keep;
        Stamp(user, atUtc);
        return child;
    }

    private void SetApplications(ApplicationAccountType accountType, string? accountNo, IEnumerable<AppliedPaymentEntry> applications)
    {
        _applications.Clear();
        _applications.AddRange(applications);
        AccountType = accountType;
        AccountNo = accountType == ApplicationAccountType.None ? null : accountNo;
        AppliedAmount = _applications.Sum(a => a.AppliedAmount);
    }

    private void Stamp(string user, DateTime atUtc)
    {
        AppliedBy = user;
        AppliedAtUtc = DateTime.SpecifyKind(atUtc, DateTimeKind.Utc);
        Touch();
    }

    private static string? Cut(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length > max ? value[..max] : value.Trim();
}

/// <summary>What the bank said about a line, as imported.</summary>
public sealed record StatementLineData(
    DateOnly BookingDate,
    DateOnly? ValueDate,
    decimal Amount,
    string Currency,
    decimal? OriginalAmount,
    string? OriginalCurrency,
    decimal? ExchangeRate,
    string? Description,
    string? CounterpartyName,
    string? CounterpartyAccount,
    string? Reference,
    string? ReferenceType,
    string? EndToEndId,
    string? BankReference,
    string? BankTransactionCode,
    bool IsReversal,
    string? SourceLocation);
