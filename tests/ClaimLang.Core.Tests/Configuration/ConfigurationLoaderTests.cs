using System.Text;
using ClaimLang.Configuration;
using ClaimLang.Diagnostics;

namespace ClaimLang.Core.Tests.Configuration;

/// <summary>Valid files: defaults, every key, comments and trailing commas, files on disk.</summary>
public sealed class ConfigurationLoaderTests
{
    [Fact]
    public void An_empty_object_gives_the_defaults()
    {
        ClaimLangConfiguration configuration = LoadedConfiguration.Valid("{}");

        configuration.Include.ShouldBe(["**/*.claim"]);
        configuration.Exclude.ShouldBeEmpty();
        configuration.Diagnostics.ShouldBeEmpty();
        configuration.ApproximateTolerance.ShouldBe(0.10m);
        configuration.RoundingTolerance.ShouldBeTrue();
        configuration.FilePath.ShouldBe(LoadedConfiguration.FullPath);
        configuration.Folder.ShouldBe(Path.GetDirectoryName(LoadedConfiguration.FullPath));
    }

    [Fact]
    public void Reads_every_key_of_a_full_configuration()
    {
        // Every key set away from its default, with a tolerance that prints differently under de-DE.
        ClaimLangConfiguration configuration = LoadedConfiguration.Valid("""
            {
              "include": ["**/*.claim"],
              "exclude": ["drafts/**"],
              "diagnostics": { "CL4001": "error", "CL1004": "none", "CL4003": "warning", "CL0001": "info" },
              "approximateTolerance": 0.25,
              "roundingTolerance": false
            }
            """);

        configuration.Include.ShouldBe(["**/*.claim"]);
        configuration.Exclude.ShouldBe(["drafts/**"]);
        configuration.Diagnostics.ShouldBe(new Dictionary<string, SeverityOption>
        {
            ["CL4001"] = SeverityOption.Error,
            ["CL1004"] = SeverityOption.None,
            ["CL4003"] = SeverityOption.Warning,
            ["CL0001"] = SeverityOption.Info,
        }, ignoreOrder: true);
        configuration.ApproximateTolerance.ShouldBe(0.25m);
        configuration.RoundingTolerance.ShouldBeFalse();
    }

    [Theory]
    [InlineData("0", "0")]
    [InlineData("0.999", "0.999")]
    [InlineData("5e-2", "0.05")]
    public void Accepts_tolerances_from_0_up_to_below_1(string written, string expected) =>
        LoadedConfiguration.Valid($$"""{ "approximateTolerance": {{written}} }""").ApproximateTolerance
            .ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Accepts_comments_and_trailing_commas()
    {
        ClaimLangConfiguration configuration = LoadedConfiguration.Valid("""
            // Project settings.
            {
              /* work in progress */
              "exclude": ["drafts/**",],
              "diagnostics": {
                "CL1004": "none", // declared for later use
              },
            }
            """);

        configuration.Exclude.ShouldBe(["drafts/**"]);
        configuration.Diagnostics["CL1004"].ShouldBe(SeverityOption.None);
    }

    [Fact]
    public void Accepts_a_schema_reference_for_editors() =>
        LoadedConfiguration.Valid("""{ "$schema": "../schemas/claimlang.schema.json" }""").Include.ShouldBe(["**/*.claim"]);

    [Fact]
    public void Lowering_CL9001_is_refused_but_restating_its_default_is_fine()
    {
        LoadedConfiguration.Valid("""{ "diagnostics": { "CL9001": "error" } }""").Diagnostics["CL9001"].ShouldBe(SeverityOption.Error);

        Diagnostic diagnostic = LoadedConfiguration.SingleProblem("""{ "diagnostics": { "CL9001": "none" } }""");

        diagnostic.Position().ShouldBe("1,30");
        diagnostic.Message.ShouldContain("cannot be lowered or switched off");
        diagnostic.Message.ShouldContain("remove this entry");
    }

    [Fact]
    public void Load_reads_the_file_with_a_byte_order_mark_and_names_it_by_its_display_path()
    {
        string folder = Directory.CreateTempSubdirectory("claimlang-config-").FullName;
        try
        {
            string path = Path.Combine(folder, ClaimLangConfiguration.FileName);
            File.WriteAllText(path, "{ \"exclude\": [\"drafts/**\"], \"bogus\": 1 }", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

            ConfigurationLoadResult result = ConfigurationLoader.Load(path, "shown/claimlang.json");

            result.Configuration.Exclude.ShouldBe(["drafts/**"]);
            result.Configuration.Folder.ShouldBe(folder);
            result.Configuration.FilePath.ShouldBe(path);
            result.Diagnostics.Single().Location.FilePath.ShouldBe("shown/claimlang.json");
            result.Diagnostics.Single().Position().ShouldBe("1,29");
            result.Text.Text.ShouldStartWith("{");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Load_lets_a_missing_file_fail_as_an_IO_error() =>
        Should.Throw<FileNotFoundException>(() => ConfigurationLoader.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".json")));

    [Fact]
    public void Default_configuration_is_for_the_given_folder_without_a_file()
    {
        string folder = Path.GetTempPath();
        ClaimLangConfiguration configuration = ClaimLangConfiguration.Default(folder);

        configuration.Folder.ShouldBe(Path.GetFullPath(folder));
        configuration.FilePath.ShouldBeNull();
        configuration.Include.ShouldBe(["**/*.claim"]);
    }

    [Fact]
    public void Configurations_with_the_same_settings_are_equal()
    {
        const string text = """{ "exclude": ["drafts/**"], "diagnostics": { "CL1004": "none", "CL4001": "error" } }""";

        ClaimLangConfiguration first = LoadedConfiguration.Valid(text);
        ClaimLangConfiguration second = LoadedConfiguration.Valid(text);

        second.ShouldBe(first);
        second.GetHashCode().ShouldBe(first.GetHashCode());
        (first with { Exclude = ["other/**"] }).ShouldNotBe(first);
        LoadedConfiguration.Valid("""{ "diagnostics": { "CL1004": "info", "CL4001": "error" } }""").ShouldNotBe(first with { Exclude = [] });
    }

    [Theory]
    [InlineData("1")]
    [InlineData("-0.01")]
    public void The_model_refuses_an_approximate_tolerance_out_of_range(string tolerance) =>
        Should.Throw<ArgumentOutOfRangeException>(() => ClaimLangConfiguration.Default(Path.GetTempPath()) with
        {
            ApproximateTolerance = decimal.Parse(tolerance, System.Globalization.CultureInfo.InvariantCulture),
        });
}
