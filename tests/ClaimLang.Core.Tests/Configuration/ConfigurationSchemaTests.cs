using System.Text.Json;
using ClaimLang.Configuration;
using ClaimLang.Diagnostics;

namespace ClaimLang.Core.Tests.Configuration;

/// <summary>
/// schemas/claimlang.schema.json, which editors use to complete and check claimlang.json: it
/// must describe what the loader accepts, key for key, code for code, default for default.
/// </summary>
public sealed class ConfigurationSchemaTests
{
    [Fact]
    public void The_schemas_top_level_keys_are_the_loaders_keys()
    {
        using JsonDocument schema = ConfigurationSchema.Parse();

        Keys(schema.RootElement.GetProperty("properties")).ShouldBe(ConfigurationKeys.All);
        schema.RootElement.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse();
        schema.RootElement.GetProperty("type").GetString().ShouldBe("object");
    }

    [Fact]
    public void Every_key_has_a_description_a_type_and_except_the_schema_reference_a_default()
    {
        using JsonDocument schema = ConfigurationSchema.Parse();

        foreach (JsonProperty key in schema.RootElement.GetProperty("properties").EnumerateObject())
        {
            key.Value.GetProperty("description").GetString().ShouldNotBeNullOrWhiteSpace(key.Name);
            key.Value.TryGetProperty("type", out _).ShouldBeTrue(key.Name);
            key.Value.TryGetProperty("default", out _).ShouldBe(key.Name != ConfigurationKeys.Schema, key.Name);
        }
    }

    [Fact]
    public void The_schemas_defaults_are_the_loaders_defaults()
    {
        using JsonDocument schema = ConfigurationSchema.Parse();
        JsonElement keys = schema.RootElement.GetProperty("properties");
        ClaimLangConfiguration defaults = ClaimLangConfiguration.Default(Path.GetTempPath());

        keys.GetProperty("include").GetProperty("default").EnumerateArray().Select(e => e.GetString()).ShouldBe(defaults.Include);
        keys.GetProperty("exclude").GetProperty("default").GetArrayLength().ShouldBe(defaults.Exclude.Length);
        keys.GetProperty("diagnostics").GetProperty("default").EnumerateObject().ShouldBeEmpty();
        keys.GetProperty("approximateTolerance").GetProperty("default").GetDecimal().ShouldBe(defaults.ApproximateTolerance);
        keys.GetProperty("roundingTolerance").GetProperty("default").GetBoolean().ShouldBe(defaults.RoundingTolerance);
    }

    [Fact]
    public void The_schema_lists_every_diagnostic_code_with_its_default_severity_and_the_four_severities()
    {
        using JsonDocument schema = ConfigurationSchema.Parse();
        JsonElement diagnostics = schema.RootElement.GetProperty("properties").GetProperty("diagnostics");

        diagnostics.GetProperty("propertyNames").GetProperty("pattern").GetString().ShouldBe("^CL[0-9]{4}$");
        diagnostics.GetProperty("additionalProperties").GetBoolean().ShouldBeFalse();
        Keys(diagnostics.GetProperty("properties")).ShouldBe(DiagnosticDescriptors.All.Select(d => d.Id));
        foreach (DiagnosticDescriptor descriptor in DiagnosticDescriptors.All)
        {
            JsonElement code = diagnostics.GetProperty("properties").GetProperty(descriptor.Id);
            code.GetProperty("description").GetString()
                .ShouldStartWith($"{descriptor.Id} (default {descriptor.DefaultSeverity.ToText()}): {descriptor.Title}.");
            if (descriptor == DiagnosticDescriptors.InvalidConfiguration)
            {
                code.GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ShouldBe(["error"]);
            }
            else
            {
                code.GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ShouldBe(SeverityOptionText.All, descriptor.Id);
            }
        }
    }

    public static TheoryData<string> ExampleNames() => [.. ExampleConfigurations.All().Select(e => e.Name)];

    [Fact]
    public void The_repository_shows_examples_in_each_place()
    {
        string[] names = [.. ExampleConfigurations.All().Select(e => e.Name)];

        names.ShouldContain("examples/claimlang.json");
        names.ShouldContain(name => name.StartsWith("docs/configuration.md", StringComparison.Ordinal));
        names.ShouldContain(name => name.StartsWith("docs/language.md", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public async Task Every_example_configuration_is_valid_for_the_schema_and_the_loader(string name)
    {
        string text = ExampleConfigurations.All().Single(e => e.Name == name).Text;

        var errors = await ConfigurationSchema.ValidateAsync(text);

        errors.ShouldBeEmpty(string.Join("\n", errors.Select(e => e.ToString())));
        LoadedConfiguration.Valid(text);
    }

    [Theory]
    [InlineData("""{ "exclude": ["drafts/**"], "diagnostics": { "CL1004": "none", "CL9001": "error" }, "approximateTolerance": 0 }""", true)]
    [InlineData("""{ "exlude": [] }""", false)]
    [InlineData("""{ "include": "**/*.claim" }""", false)]
    [InlineData("""{ "include": [""] }""", false)]
    [InlineData("""{ "include": ["../x/*.claim"] }""", false)]
    [InlineData("""{ "include": ["x\\*.claim"] }""", false)]
    [InlineData("""{ "diagnostics": { "CL4001": "loud" } }""", false)]
    [InlineData("""{ "diagnostics": { "cl4001": "error" } }""", false)]
    [InlineData("""{ "diagnostics": { "CL4004": "error" } }""", false)]
    [InlineData("""{ "diagnostics": { "CL9001": "none" } }""", false)]
    [InlineData("""{ "approximateTolerance": 1 }""", false)]
    [InlineData("""{ "approximateTolerance": -0.5 }""", false)]
    [InlineData("""{ "roundingTolerance": "true" }""", false)]
    [InlineData("""[]""", false)]
    public async Task The_schema_and_the_loader_agree_on_what_is_valid(string text, bool valid)
    {
        var schemaErrors = await ConfigurationSchema.ValidateAsync(text);

        (schemaErrors.Count == 0).ShouldBe(valid, string.Join("\n", schemaErrors.Select(e => e.ToString())));
        LoadedConfiguration.Parse(text).IsValid.ShouldBe(valid);
    }

    private static string[] Keys(JsonElement properties) => [.. properties.EnumerateObject().Select(p => p.Name)];
}
