using System.Text;

namespace BankRecon.Application.Bench;

/// <summary>
/// Makes a party name look the way banks deliver it: changed case, typos, Nordic letters folded to ASCII,
/// abbreviations, "Lastname Firstname", an address glued on, and always cut to the 35 characters of a name field.
/// </summary>
internal static class PayerNameNoise
{
    public const int NameFieldLength = 35;

    private static readonly (string Long, string Short)[] Abbreviations =
    [
        (" og ", " & "), ("Entreprenør", "Entr."), ("Transport", "Transp."), ("Eiendom", "Eiend."), ("Regnskap", "Regnsk."),
        ("Consult", "Cons."), ("Aksjeselskap", "AS"), ("Fastigheter", "Fast."), ("Maskinfabrik", "Maskinfab."),
        ("Engineering", "Eng."), ("Construction", "Constr."), ("Limited", "Ltd"), ("Elektrotechnik", "Elektrotech."),
        ("Ventilasjon", "Vent."), ("Konsultointi", "Kons."),
    ];

    private static readonly string[] LegalSuffixes = [" AS", " ASA", " AB", " Oy", " Oyj", " ApS", " A/S", " GmbH", " AG", " Ltd", " Limited", " PLC"];

    /// <summary>Returns the name as the statement shows it and records what was done in <paramref name="traits"/>.</summary>
    public static string Apply(Random random, PartyDraft party, List<string> traits)
    {
        var name = party.Name;
        var draw = random.Next(100);
        string trait;
        if (draw < 35)
        {
            trait = "name-exact";
        }
        else if (draw < 50)
        {
            name = name.ToUpperInvariant();
            trait = "name-upper";
        }
        else if (draw < 55)
        {
            name = name.ToLowerInvariant();
            trait = "name-lower";
        }
        else if (draw < 66)
        {
            name = Typo(random, name);
            trait = "name-typo";
        }
        else if (draw < 73)
        {
            name = FoldToAscii(name).ToUpperInvariant();
            trait = "name-ascii";
        }
        else if (draw < 83)
        {
            name = Abbreviate(random, party);
            trait = "name-abbrev";
        }
        else if (draw < 91 && party.IsPerson)
        {
            name = random.Chance(0.5) ? $"{party.LastName} {party.FirstName}" : $"{party.LastName.ToUpperInvariant()} {party.FirstName.ToUpperInvariant()}";
            trait = "name-swap";
        }
        else if (draw < 91)
        {
            trait = "name-exact";
        }
        else
        {
            name = $"{name.ToUpperInvariant()}, {party.Address.ToUpperInvariant()} {party.City.ToUpperInvariant()}";
            trait = "name-with-address";
        }

        traits.Add(trait);
        if (name.Length > NameFieldLength)
        {
            name = name[..NameFieldLength].TrimEnd();
            traits.Add("name-truncated");
        }

        return name;
    }

    /// <summary>Cuts to the bank's 35-character name field.</summary>
    public static string Truncate(string name) => name.Length > NameFieldLength ? name[..NameFieldLength].TrimEnd() : name;

    public static string FoldToAscii(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                'æ' => "ae", 'Æ' => "AE", 'ø' => "o", 'Ø' => "O", 'å' => "a", 'Å' => "A", 'ä' => "a", 'Ä' => "A",
                'ö' => "o", 'Ö' => "O", 'ü' => "u", 'Ü' => "U", 'ß' => "ss", 'é' => "e",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static string Typo(Random random, string name)
    {
        // Only touch letters inside words of 4+ letters, so the name stays recognisable (as real typos do).
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var i = random.Next(1, Math.Max(2, name.Length - 2));
            if (i + 1 >= name.Length || !char.IsLetter(name[i]) || !char.IsLetter(name[i + 1]) || !char.IsLetter(name[i - 1])) continue;
            return random.Next(4) switch
            {
                0 => string.Concat(name.AsSpan(0, i), name[i + 1].ToString(), name[i].ToString(), name.AsSpan(i + 2)),
                1 => name.Remove(i, 1),
                2 => name.Insert(i, name[i].ToString()),
                _ => string.Concat(name.AsSpan(0, i), ((char)('a' + random.Next(26))).ToString(), name.AsSpan(i + 1)),
            };
        }

        return name.ToUpperInvariant();
    }

    private static string Abbreviate(Random random, PartyDraft party)
    {
        if (party.IsPerson)
        {
            return $"{party.FirstName[0]}. {party.LastName}";
        }

        var name = party.Name;
        foreach (var (longForm, shortForm) in Abbreviations)
        {
            if (name.Contains(longForm, StringComparison.Ordinal)) return name.Replace(longForm, shortForm, StringComparison.Ordinal);
        }

        // No word to shorten: drop the legal suffix instead ("Hansen Bygg AS" -> "Hansen Bygg").
        foreach (var suffix in LegalSuffixes.OrderByDescending(s => s.Length))
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal)) return name[..^suffix.Length];
        }

        return random.Chance(0.5) ? name.ToUpperInvariant() : name;
    }
}
