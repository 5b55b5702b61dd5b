using ClaimLang.Core.Tests.Generators;
using ClaimLang.Core.Tests.TestSupport;
using CsCheck;

namespace ClaimLang.Core.Tests.Fidelity;

/// <summary>
/// Full fidelity (DEVELOPERS.md, "Architecture") for random text: whatever the input, parsing
/// does not throw and the tree gives it back exactly. CsCheck shrinks a failing input and
/// prints its seed; set CsCheck_Seed to replay it.
/// </summary>
public sealed class RandomTextFidelityTests
{
    [Fact]
    public void Text_made_of_language_fragments_round_trips() =>
        LanguageAlphabet.Text.Sample(text => { FullFidelity.ParseAndCheck(text); }, iter: 4000, print: TextEscaper.Quote);

    [Fact]
    public void Text_of_arbitrary_UTF16_code_units_round_trips() =>
        LanguageAlphabet.AnyCharacters.Sample(text => { FullFidelity.ParseAndCheck(text); }, iter: 2000, print: TextEscaper.Quote);
}
