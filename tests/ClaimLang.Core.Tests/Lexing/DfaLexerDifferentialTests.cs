using ClaimLang.Core.Tests.Generators;
using ClaimLang.Core.Tests.TestSupport;
using CsCheck;

namespace ClaimLang.Core.Tests.Lexing;

/// <summary>
/// The DFA lexer is a cache of the grammar's lexer, not a second lexer: on every input it must
/// give exactly the tokens ANTLR's generated lexer gives. LexerTablesTests holds the tables to
/// the grammar's DFA; these tests hold the lexer's loop around them (longest match, end of
/// input, channels) to ANTLR's.
/// </summary>
public sealed class DfaLexerDifferentialTests
{
    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("/*")]
    [InlineData("/* a * / **")]
    [InlineData("/***/ /** x **/ /* */ */")]
    [InlineData("/* unterminated *")]
    [InlineData("/* unterminated **")]
    [InlineData("\"ends in backslash\\")]
    [InlineData("\"escaped \\\" quote\" \"a\\\\\" \"line\\\nbreak\"")]
    [InlineData("1_000.5e+3 1e 1e+ 1_ -1.2.3 2018-06-08-01 2018-6 20180-01 -0.5e-3")]
    [InlineData("a->b a\u2192b a-->b .. ... >= <= > < ~ % / : { }")]
    [InlineData("source x says y\r\nnext: source z\rsays\n")]
    [InlineData("\uD835\uDC9Cx\uD835 \uDC9C \uFEFF\u00A0\t\f\v \u2028 \u0085 \0")]
    [InlineData("thousands millions sourced sayss as_of of1 _ __ é\u0301")]
    public void Tricky_inputs_lex_as_ANTLR_lexes_them(string text) => AntlrTokenComparison.AssertSameTokens(text);

    [Fact]
    public void Baseline_and_example_files_lex_as_ANTLR_lexes_them()
    {
        string[] files = [.. Directory.GetFiles(RepositoryLayout.BaselinesFolder, "*.claim"),
            .. SourceFiles.ExampleFiles().Select(file => Path.Combine(RepositoryLayout.ExamplesFolder, file))];
        files.Length.ShouldBeGreaterThan(10);
        foreach (string file in files) AntlrTokenComparison.AssertSameTokens(SourceFiles.Read(file));
    }

    [Fact]
    public void Text_of_lexer_edge_pieces_lexes_as_ANTLR_lexes_it()
    {
        LexerEdgeAlphabet.Text.Sample(text => AntlrTokenComparison.AssertSameTokens(text), iter: 6000, print: TextEscaper.Quote);
    }

    [Fact]
    public void Text_of_language_fragments_lexes_as_ANTLR_lexes_it()
    {
        LanguageAlphabet.Text.Sample(text => AntlrTokenComparison.AssertSameTokens(text), iter: 4000, print: TextEscaper.Quote);
    }

    [Fact]
    public void Arbitrary_UTF16_text_lexes_as_ANTLR_lexes_it()
    {
        LanguageAlphabet.AnyCharacters.Sample(text => AntlrTokenComparison.AssertSameTokens(text), iter: 3000, print: TextEscaper.Quote);
    }

    [Fact]
    public void Mutated_and_truncated_valid_files_lex_as_ANTLR_lexes_them()
    {
        Gen<string> mutated = Mutations.Of(ValidFiles.File.Select(f => f.Text)).Select(m => m.Text);
        Gen.Select(mutated, Gen.Double[0, 1], (text, cut) => text[..(int)(text.Length * cut)])
            .Sample(text => AntlrTokenComparison.AssertSameTokens(text), iter: 1500, print: TextEscaper.Quote);
    }
}
