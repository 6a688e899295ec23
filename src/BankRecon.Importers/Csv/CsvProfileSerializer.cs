using System.Diagnostics.CodeAnalysis;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BankRecon.Importers.Csv;

/// <summary>
/// Saves and loads a <see cref="CsvProfile"/> as JSON, so the app can keep the profile a user confirmed for a bank
/// account. Enums are written by name and characters as one-character strings ("\t" for TAB), so the JSON is readable.
/// </summary>
public static class CsvProfileSerializer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // Profiles are stored and shown as text, never embedded in HTML: keep æøå and quotes readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Serialize(CsvProfile profile) => JsonSerializer.Serialize(profile, Options);

    /// <summary>Reads a profile; throws <see cref="JsonException"/> for malformed JSON or a missing name.</summary>
    public static CsvProfile Deserialize(string json) =>
        JsonSerializer.Deserialize<CsvProfile>(json, Options) ?? throw new JsonException("The JSON holds no CSV profile.");

    /// <summary>Reads and validates a profile; <paramref name="error"/> says what is wrong otherwise.</summary>
    public static bool TryDeserialize(string json, [NotNullWhen(true)] out CsvProfile? profile, [NotNullWhen(false)] out string? error)
    {
        profile = null;
        try
        {
            var candidate = Deserialize(json);
            var problems = candidate.Validate();
            if (problems.Count > 0)
            {
                error = string.Join(" ", problems);
                return false;
            }

            profile = candidate;
            error = null;
            return true;
        }
        catch (JsonException ex)
        {
            error = $"The profile JSON cannot be read: {ex.Message}";
            return false;
        }
    }
}
