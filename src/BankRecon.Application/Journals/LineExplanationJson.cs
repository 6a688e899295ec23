using System.Text.Json;
using System.Text.Json.Serialization;

namespace BankRecon.Application.Journals;

/// <summary>
/// Source-generated (de)serialisation of <see cref="LineExplanation"/>: "Apply automatically" writes one per line, ten
/// thousand in a run, and the generated code needs no reflection or warm-up. Web defaults (camelCase), nulls left out.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(LineExplanation))]
internal sealed partial class LineExplanationJson : JsonSerializerContext;
