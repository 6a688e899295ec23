using BankRecon.Application.Entries;
using BankRecon.Domain.Payments;

namespace BankRecon.Application.Bench;

/// <summary>A generated customer or vendor while the dataset is being built.</summary>
internal sealed class PartyDraft
{
    public required string No { get; init; }

    public required EntryPartyType Type { get; init; }

    public required PartyCountry Country { get; init; }

    public required string Name { get; init; }

    public bool IsPerson { get; init; }

    public string FirstName { get; init; } = "";

    public string LastName { get; init; } = "";

    /// <summary>The account in master data; empty when we do not know it.</summary>
    public required string Iban { get; init; }

    /// <summary>The account the party really pays from (equals <see cref="Iban"/> when that is known).</summary>
    public required string PayingAccount { get; init; }

    public required string Address { get; init; }

    public required string City { get; init; }

    /// <summary>The scheme of the references on our invoices to this customer (KID in Norway, OCR in Sweden, RF elsewhere).</summary>
    public PaymentReferenceKind ReferenceKind { get; init; }
}
