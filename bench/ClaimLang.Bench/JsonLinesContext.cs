using System.Text.Json.Serialization;

namespace ClaimLang.Bench;

/// <summary>Source-generated System.Text.Json code for <see cref="JsonLinesClaim"/> (snake_case names, as claimlang-bench gen writes them).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(JsonLinesClaim))]
internal sealed partial class JsonLinesContext : JsonSerializerContext;
