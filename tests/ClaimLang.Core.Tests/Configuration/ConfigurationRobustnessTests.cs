using ClaimLang.Configuration;
using ClaimLang.Diagnostics;
using CsCheck;

namespace ClaimLang.Core.Tests.Configuration;

/// <summary>
/// A half-edited claimlang.json is what an editor hands over on every keystroke: whatever the
/// text, loading never throws, and every problem is a CL9001 with a span inside the text.
/// </summary>
public sealed class ConfigurationRobustnessTests
{
    private const string Valid = """
        {
          // a comment
          "$schema": "../schemas/claimlang.schema.json",
          "include": ["**/*.claim", "data/*.claim"],
          "exclude": ["drafts/**"],
          "diagnostics": { "CL4001": "error", "CL1004": "none" },
          "approximateTolerance": 0.1,
          "roundingTolerance": true,
        }
        """;

    // Characters that matter to JSON, to the loader's checks, and to position mapping (multi-byte, surrogates, CR).
    private static readonly Gen<char> Interesting = Gen.Char["{}[]\",:\\/*\n\r 01.e-\u00E9\uD83D\uDE00ux"];

    private static readonly Gen<string> Mutated =
        Gen.Select(Gen.Int[0, Valid.Length - 1], Gen.Int[0, 3], Interesting, (position, kind, character) => kind switch
        {
            0 => Valid.Remove(position, 1),
            1 => Valid.Insert(position, character.ToString()),
            2 => Valid.Remove(position, 1).Insert(position, character.ToString()),
            _ => Valid[..position],
        });

    [Fact]
    public void The_unmutated_text_is_valid() => LoadedConfiguration.Valid(Valid);

    [Fact]
    public void Any_single_edit_loads_without_throwing_and_reports_within_the_text() =>
        Mutated.Sample(text =>
        {
            ConfigurationLoadResult result = LoadedConfiguration.Parse(text);
            foreach (Diagnostic diagnostic in result.Diagnostics)
            {
                diagnostic.Id.ShouldBe("CL9001");
                diagnostic.Location.Span.Start.ShouldBeInRange(0, text.Length);
                diagnostic.Location.Span.End.ShouldBeInRange(diagnostic.Location.Span.Start, text.Length);
                diagnostic.Message.ShouldNotBeNullOrWhiteSpace();
            }
        }, iter: 3000);

    // Lone surrogates are encoded as a 3-byte replacement and pairs as 4 bytes: a problem
    // reported inside such a sequence once counted its bytes as characters, past the text's end.
    // (A Fact over an array, not theory data: the test runner would replace lone surrogates.)
    private static readonly string[] LoneSurrogates =
    [
        "\uD83D{",
        "{\uDE00",
        "{\"a\uD83D\": \u00E9}",
        "\u00E9\uD83D\uDE00\uD83D x",
        "{\"include\": [\"\uD83D\"], \"x\": \uDE00\uD83D}",
        "//::\r0 {,\"\"-\uD83De: 1\uD83D\uD83D}\\\uDE00\n\uD83D", // found by Random_text_loads_without_throwing
    ];

    [Fact]
    public void Text_with_lone_surrogates_reports_within_the_text()
    {
        foreach (string text in LoneSurrogates)
        {
            ConfigurationLoadResult result = LoadedConfiguration.Parse(text);

            result.Text.Text.ShouldBe(text);
            result.Diagnostics.ShouldNotBeEmpty();
            foreach (Diagnostic diagnostic in result.Diagnostics)
            {
                diagnostic.Location.Span.Start.ShouldBeInRange(0, text.Length);
                diagnostic.Location.Span.End.ShouldBeInRange(diagnostic.Location.Span.Start, text.Length);
            }
        }
    }

    [Fact]
    public void Random_text_loads_without_throwing() =>
        Gen.String[Interesting, 0, 60].Sample(text => LoadedConfiguration.Parse(text).Text.Text.ShouldBe(text), iter: 3000);
}
