using NJsonSchema;
using NJsonSchema.Validation;

namespace ClaimLang.Cli.Tests.TestSupport;

/// <summary>
/// The official SARIF 2.1.0 JSON schema, from the Sarif.Sdk package's Schemata folder, which the
/// test project copies next to the tests. A missing schema fails the test: validation is never
/// skipped silently.
/// </summary>
public static class SarifSchema
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(LoadAsync);

    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "Schemata", "sarif-2.1.0.json");

    public static async Task<IReadOnlyList<ValidationError>> ValidateAsync(string sarifJson)
    {
        JsonSchema schema = await Schema.Value;
        return [.. schema.Validate(sarifJson)];
    }

    private static Task<JsonSchema> LoadAsync()
    {
        if (!File.Exists(FilePath))
        {
            throw new FileNotFoundException(
                $"The SARIF 2.1.0 schema is missing at {FilePath}. The test project copies it from the Sarif.Sdk package " +
                "(PackageDownload); restore and build the test project again.", FilePath);
        }
        return JsonSchema.FromFileAsync(FilePath);
    }
}
