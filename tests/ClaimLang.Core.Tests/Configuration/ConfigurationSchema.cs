using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimLang.Core.Tests.TestSupport;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ClaimLang.Core.Tests.Configuration;

/// <summary>The repository's schemas/claimlang.schema.json, as a document and as an NJsonSchema validator.</summary>
internal static class ConfigurationSchema
{
    private static readonly Lazy<Task<JsonSchema>> Validator = new(() => JsonSchema.FromJsonAsync(Read()));

    public static string FilePath => Path.Combine(RepositoryLayout.Root, "schemas", "claimlang.schema.json");

    public static string Read()
    {
        File.Exists(FilePath).ShouldBeTrue($"The configuration schema is missing at {FilePath}.");
        return File.ReadAllText(FilePath);
    }

    public static JsonDocument Parse() => JsonDocument.Parse(Read());

    /// <summary>The validation errors of a configuration text, which may hold comments and trailing commas as claimlang.json may.</summary>
    public static async Task<IReadOnlyList<ValidationError>> ValidateAsync(string configurationText)
    {
        JsonSchema schema = await Validator.Value;
        return [.. schema.Validate(ToStrictJson(configurationText))];
    }

    // NJsonSchema reads strict JSON: comments and trailing commas go, as claimc's reader skips them.
    private static string ToStrictJson(string text) =>
        JsonNode.Parse(text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true })?.ToJsonString()
        ?? "null";
}
