using Antlr4.Runtime;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Parsing;
using ClaimLang.Parsing.Generated;
using ClaimLang.Parsing.Lexing;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.Lexing;

/// <summary>
/// Holds the DFA lexer to the lexer ANTLR generates from grammar/ClaimLangLexer.g4: the same
/// tokens (type, start, stop, channel) in the same order, end of file included. The tokens the
/// recovering parse gets (<see cref="ReplayTokenSource"/>) must equal ANTLR's in every property
/// its error handling can read: line, column and text too, on every channel.
/// </summary>
internal static class AntlrTokenComparison
{
    public static void AssertSameTokens(string text)
    {
        IList<IToken> expected = AntlrTokens(text);
        var source = SourceText.From(text);
        LexedTokens actual = DfaLexer.Lex(source);

        int count = Math.Min(expected.Count, actual.Count);
        for (int i = 0; i < count; i++)
        {
            IToken want = expected[i];
            var got = (Type: actual.TypeOf(i), Start: actual.StartOf(i), Stop: actual.StartOf(i) + actual.LengthOf(i) - 1, Channel: actual.ChannelOf(i));
            if ((want.Type, want.StartIndex, want.StopIndex, want.Channel) != got)
                throw new ShouldAssertException($"token {i} of {TextEscaper.Quote(text)}: ANTLR {Describe(want)}, DFA lexer {got}");
        }
        actual.Count.ShouldBe(expected.Count, $"token count of {TextEscaper.Quote(text)}");

        var replay = new ReplayTokenSource(actual);
        foreach (IToken want in expected)
        {
            IToken got = replay.NextToken();
            (got.Type, got.StartIndex, got.StopIndex, got.Channel, got.Line, got.Column, got.Text)
                .ShouldBe((want.Type, want.StartIndex, want.StopIndex, want.Channel, want.Line, want.Column, want.Text),
                    $"replayed token {Describe(want)} of {TextEscaper.Quote(text)}");
            // The text the token's character stream gives for its place, as ANTLR's stream gives it.
            var place = Antlr4.Runtime.Misc.Interval.Of(want.StartIndex, want.StopIndex);
            got.InputStream.GetText(place).ShouldBe(want.InputStream.GetText(place), $"stream text of {Describe(want)} of {TextEscaper.Quote(text)}");
        }
    }

    private static IList<IToken> AntlrTokens(string text)
    {
        var lexer = new ClaimLangLexer(new AntlrInputStream(text));
        lexer.RemoveErrorListeners();
        var stream = new CommonTokenStream(lexer);
        stream.Fill();
        return stream.GetTokens();
    }

    private static string Describe(IToken token) =>
        $"({token.Type}, {token.StartIndex}, {token.StopIndex}, {token.Channel}) line {token.Line} column {token.Column}";
}
