using ClaimLang.Diagnostics;

namespace ClaimLang.Core.Tests.Configuration;

/// <summary>Text that is not JSON: one CL9001 at the character where the JSON goes wrong, in UTF-16 columns.</summary>
public sealed class MalformedConfigurationTests
{
    [Fact]
    public void A_missing_comma_is_reported_where_the_next_key_starts()
    {
        const string text = "{\n  \"exclude\": [\"drafts/**\"]\n  \"roundingTolerance\": true\n}\n";

        Diagnostic diagnostic = LoadedConfiguration.SingleProblem(text);

        diagnostic.Position().ShouldBe("3,3");
        diagnostic.Marked(text).ShouldBe("\"");
        diagnostic.Message.ShouldStartWith("this is not valid JSON: ");
        diagnostic.Message.ShouldContain("Expected either ','");
        diagnostic.Message.ShouldContain("comments and trailing commas are allowed");
        // System.Text.Json's own zero-based byte position is replaced by the diagnostic's.
        diagnostic.Message.ShouldNotContain("LineNumber");
    }

    [Fact]
    public void A_value_missing_after_a_key_is_reported_at_what_came_instead()
    {
        const string text = "{\r\n  \"include\": ,\r\n}";

        LoadedConfiguration.SingleProblem(text).Position().ShouldBe("2,14");
    }

    [Fact]
    public void Columns_count_UTF16_code_units_not_bytes()
    {
        // "é" is two bytes in UTF-8 and "😀" four bytes but two UTF-16 code units: a byte-based
        // column would be 3 or 4 too far right.
        const string text = "{ // café 😀\n  \"note\": \"é😀\" \"x\": 1 }";

        Diagnostic diagnostic = LoadedConfiguration.SingleProblem(text);

        diagnostic.Position().ShouldBe("2,17");
        diagnostic.Marked(text).ShouldBe("\"");
    }

    [Fact]
    public void A_lone_carriage_return_still_counts_as_a_line_break()
    {
        // SourceText breaks lines at a lone CR, which the JSON reader does not count.
        const string text = "{\r  \"a\": tru }";

        LoadedConfiguration.SingleProblem(text).Position().Split(',')[0].ShouldBe("2");
    }

    [Fact]
    public void Text_after_the_object_is_reported()
    {
        const string text = "{ \"include\": [] }\n}";

        Diagnostic diagnostic = LoadedConfiguration.SingleProblem(text);

        diagnostic.Position().ShouldBe("2,1");
        diagnostic.Message.ShouldContain("invalid after a single JSON value");
    }

    [Fact]
    public void An_unclosed_object_is_reported_at_the_end_of_the_text()
    {
        const string text = "{ \"include\": [\"a.claim\"]\n";

        Diagnostic diagnostic = LoadedConfiguration.SingleProblem(text);

        diagnostic.Location.Span.Start.ShouldBe(text.Length);
        diagnostic.Location.Span.Length.ShouldBe(0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n")]
    [InlineData("// only a comment\n")]
    public void A_file_without_a_value_says_how_to_get_the_defaults(string text)
    {
        Diagnostic diagnostic = LoadedConfiguration.SingleProblem(text);

        diagnostic.Message.ShouldBe("claimlang.json holds no JSON value; write {} to use the defaults, or delete the file");
    }

    [Fact]
    public void Single_quotes_are_not_JSON()
    {
        const string text = "{ 'include': [] }";

        Diagnostic diagnostic = LoadedConfiguration.SingleProblem(text);

        diagnostic.Position().ShouldBe("1,3");
        diagnostic.Marked(text).ShouldBe("'");
    }

    [Theory]
    [InlineData("""{ "include": ["\uD800"] }""", "\"\\uD800\"")]
    [InlineData("""{ "\uDC00x": 1 }""", "\"\\uDC00x\"")]
    public void An_escaped_lone_surrogate_is_a_diagnostic_on_its_string_not_a_crash(string text, string marked)
    {
        Diagnostic diagnostic = LoadedConfiguration.SingleProblem(text);

        diagnostic.Marked(text).ShouldBe(marked);
        diagnostic.Message.ShouldContain("half of a surrogate pair");
    }

    [Fact]
    public void Deep_nesting_is_a_diagnostic_not_a_crash()
    {
        string text = "{ \"include\": " + new string('[', 200) + new string(']', 200) + " }";

        LoadedConfiguration.SingleProblem(text).Message.ShouldStartWith("this is not valid JSON: ");
    }
}
