using ClaimLang.Diagnostics;

namespace ClaimLang.Core.Tests.Configuration;

/// <summary>Valid JSON that is not a valid configuration: each problem a CL9001 on the token at fault, saying what to do.</summary>
public sealed class InvalidConfigurationTests
{
    [Theory]
    [InlineData("[]", "an array")]
    [InlineData("\"**/*.claim\"", "a string")]
    [InlineData("null", "null")]
    public void The_root_must_be_an_object(string text, string described)
    {
        Diagnostic diagnostic = LoadedConfiguration.SingleProblem(text);

        diagnostic.Position().ShouldBe("1,1");
        diagnostic.Marked(text).ShouldBe(text);
        diagnostic.Message.ShouldBe(
            $"claimlang.json must hold a JSON object such as {{ \"exclude\": [\"drafts/**\"] }}, not {described}; " +
            "every key is optional, so {} means the defaults");
    }

    [Fact]
    public void An_unknown_key_near_a_known_one_suggests_it()
    {
        const string text = "{\n  \"exlude\": [\"drafts/**\"]\n}";

        Diagnostic diagnostic = LoadedConfiguration.SingleProblem(text);

        diagnostic.Position().ShouldBe("2,3");
        diagnostic.Marked(text).ShouldBe("\"exlude\"");
        diagnostic.Message.ShouldBe(
            "unknown key 'exlude'; did you mean 'exclude'? The keys are '$schema', 'include', 'exclude', 'diagnostics', " +
            "'approximateTolerance', 'roundingTolerance'");
    }

    [Theory]
    [InlineData("Include", "include")]
    [InlineData("exlcude", "exclude")]
    [InlineData("diagnostic", "diagnostics")]
    [InlineData("approximateTolerence", "approximateTolerance")]
    [InlineData("rounding_tolerance", "roundingTolerance")]
    public void Near_misses_suggest_the_key_meant(string written, string meant) =>
        LoadedConfiguration.SingleProblem($$"""{ "{{written}}": 1 }""").Message.ShouldContain($"did you mean '{meant}'?");

    [Fact]
    public void An_unknown_key_far_from_every_known_one_is_to_be_removed() =>
        LoadedConfiguration.SingleProblem("""{ "output": "dist" }""").Message.ShouldStartWith("unknown key 'output'; remove it. The keys are");

    [Fact]
    public void A_single_glob_instead_of_an_array_shows_the_fix_with_the_users_pattern()
    {
        const string text = """{ "include": "data/**/*.claim" }""";

        Diagnostic diagnostic = LoadedConfiguration.SingleProblem(text);

        diagnostic.Marked(text).ShouldBe("\"data/**/*.claim\"");
        diagnostic.Message.ShouldBe("'include' must be an array of glob patterns such as [\"data/**/*.claim\"], not a string");
    }

    [Theory]
    [InlineData("""{ "exclude": ["a/**", 3] }""", "3", "each pattern in 'exclude' must be a string such as \"drafts/**\", not a number")]
    [InlineData("""{ "exclude": [""] }""", "\"\"", "an empty pattern in 'exclude' matches nothing; remove it or write a glob such as \"drafts/**\"")]
    [InlineData("""{ "include": ["data\\*.claim"] }""", "\"data\\\\*.claim\"", "patterns use '/' between folders on every system: write \"data/*.claim\"")]
    [InlineData("""{ "include": ["/work/claims/*.claim"] }""", "\"/work/claims/*.claim\"", "patterns are relative to the folder of claimlang.json, so an absolute one matches nothing: write \"work/claims/*.claim\"")]
    [InlineData("""{ "exclude": ["C:/drafts/**"] }""", "\"C:/drafts/**\"", "patterns are relative to the folder of claimlang.json, so an absolute one matches nothing: write \"drafts/**\"")]
    [InlineData("""{ "include": ["../other/*.claim"] }""", "\"../other/*.claim\"", "patterns are relative to the folder of claimlang.json and cannot reach above it with '..'; move claimlang.json up to a folder that holds every file to check")]
    [InlineData("""{ "include": {} }""", "{}", "'include' must be an array of glob patterns such as [\"**/*.claim\"], not an object")]
    public void Bad_globs_are_reported_on_the_pattern(string text, string marked, string message)
    {
        Diagnostic diagnostic = LoadedConfiguration.SingleProblem(text);

        diagnostic.Marked(text).ShouldBe(marked);
        diagnostic.Message.ShouldBe(message);
    }

    [Fact]
    public void A_severity_that_is_not_one_of_the_four_lists_them()
    {
        const string text = "{\n  \"diagnostics\": {\n    \"CL4001\": \"loud\"\n  }\n}";

        Diagnostic diagnostic = LoadedConfiguration.SingleProblem(text);

        diagnostic.Position().ShouldBe("3,15");
        diagnostic.Marked(text).ShouldBe("\"loud\"");
        diagnostic.Message.ShouldBe("'loud' is not a severity; use one of 'error', 'warning', 'info', 'none' ('none' switches the code off)");
    }

    [Theory]
    [InlineData("warn", "warning")]
    [InlineData("Error", "error")]
    [InlineData("non", "none")]
    public void A_misspelt_severity_suggests_the_one_meant(string written, string meant) =>
        LoadedConfiguration.SingleProblem($$"""{ "diagnostics": { "CL4001": "{{written}}" } }""").Message
            .ShouldStartWith($"'{written}' is not a severity; did you mean '{meant}'? Use one of 'error', 'warning', 'info', 'none'");

    [Fact]
    public void A_severity_must_be_a_string()
    {
        const string text = """{ "diagnostics": { "CL4001": false } }""";

        Diagnostic diagnostic = LoadedConfiguration.SingleProblem(text);

        diagnostic.Marked(text).ShouldBe("false");
        diagnostic.Message.ShouldBe("the severity of CL4001 must be a string, one of 'error', 'warning', 'info', 'none', not false");
    }

    [Theory]
    [InlineData("CL4004", "; did you mean 'CL4003'?")]
    [InlineData("cl4001", "; did you mean 'CL4001'?")]
    [InlineData("CL901", "; did you mean 'CL9001'?")]
    [InlineData("unused", " (codes look like CL1004).")]
    public void An_unknown_code_suggests_the_closest_one(string code, string hint)
    {
        string text = $$"""{ "diagnostics": { "{{code}}": "none" } }""";

        Diagnostic diagnostic = LoadedConfiguration.SingleProblem(text);

        diagnostic.Marked(text).ShouldBe($"\"{code}\"");
        diagnostic.Message.ShouldBe($"'{code}' is not a ClaimLang diagnostic code{hint} Run 'claimc explain --list' to see every code");
    }

    [Fact]
    public void Diagnostics_must_be_an_object() =>
        LoadedConfiguration.SingleProblem("""{ "diagnostics": ["CL1004"] }""").Message
            .ShouldBe("'diagnostics' must be an object from diagnostic codes to severities, such as { \"CL1004\": \"none\" }, not an array");

    [Theory]
    [InlineData("1", "1")]
    [InlineData("1.5", "1.5")]
    [InlineData("-0.1", "-0.1")]
    [InlineData("1e400", "1e400")]
    public void A_tolerance_out_of_range_is_reported_on_the_number(string written, string shown)
    {
        string text = $$"""{ "approximateTolerance": {{written}} }""";

        Diagnostic diagnostic = LoadedConfiguration.SingleProblem(text);

        diagnostic.Marked(text).ShouldBe(written);
        diagnostic.Message.ShouldBe($"'approximateTolerance' must be at least 0 and below 1 (0.1 reads ~v as v ± 10 %), not {shown}");
    }

    [Fact]
    public void A_quoted_tolerance_says_to_remove_the_quotes() =>
        LoadedConfiguration.SingleProblem("""{ "approximateTolerance": "0.1" }""").Message
            .ShouldBe("'approximateTolerance' must be a number at least 0 and below 1, such as 0.1, not a string; write 0.1 without quotes");

    [Theory]
    [InlineData("\"false\"", "not a string; write false without quotes")]
    [InlineData("\"yes\"", "not a string")]
    [InlineData("0", "not a number")]
    public void Rounding_tolerance_must_be_true_or_false(string written, string ending) =>
        LoadedConfiguration.SingleProblem($$"""{ "roundingTolerance": {{written}} }""").Message
            .ShouldEndWith(ending);

    [Fact]
    public void A_schema_reference_must_be_a_string() =>
        LoadedConfiguration.SingleProblem("""{ "$schema": 7 }""").Message.ShouldStartWith("'$schema' must be a string");

    [Fact]
    public void A_key_given_twice_points_at_both()
    {
        const string text = "{\n  \"exclude\": [],\n  \"exclude\": [\"drafts/**\"]\n}";

        Diagnostic diagnostic = LoadedConfiguration.SingleProblem(text);

        diagnostic.Position().ShouldBe("3,3");
        diagnostic.Message.ShouldBe("'exclude' is given twice (first on line 2); keep one of them");
        diagnostic.RelatedLocations.Single().Location.Start.ToString().ShouldBe("2,3");
    }

    [Fact]
    public void A_code_given_twice_is_reported()
    {
        const string text = """{ "diagnostics": { "CL1004": "none", "CL1004": "warning" } }""";

        Diagnostic diagnostic = LoadedConfiguration.SingleProblem(text);

        diagnostic.Position().ShouldBe("1,38");
        diagnostic.Message.ShouldStartWith("'CL1004' is given twice");
    }

    [Fact]
    public void Every_problem_is_reported_in_file_order_and_good_keys_are_still_read()
    {
        const string text = """
            {
              "exlude": ["drafts/**"],
              "include": ["data/**/*.claim"],
              "diagnostics": { "CL0001": "loud", "CL1004": "none" },
              "approximateTolerance": 2
            }
            """;

        var result = LoadedConfiguration.Parse(text);

        result.Diagnostics.Select(d => d.Position()).ShouldBe(["2,3", "4,30", "5,27"]);
        result.Diagnostics.ShouldAllBe(d => d.Id == "CL9001");
        result.Configuration.Include.ShouldBe(["data/**/*.claim"]);
        result.Configuration.Diagnostics.Keys.ShouldBe(["CL1004"]);
        result.Configuration.ApproximateTolerance.ShouldBe(0.10m);
    }
}
