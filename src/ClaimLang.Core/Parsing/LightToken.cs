using Antlr4.Runtime;
using ClaimLang.Parsing.Lexing;

namespace ClaimLang.Parsing;

/// <summary>
/// A default-channel token as the generated parser sees it on the fast path: a view of one entry
/// of <see cref="LexedTokens"/>, made when the parser first looks at it. It has no token source
/// or character stream: only error recovery would conjure tokens from those, and the fast path
/// gives up instead (the recovering parse runs on ANTLR's own tokens).
/// </summary>
internal sealed class LightToken(LexedTokens tokens, int index) : IToken
{
    public int Type => tokens.TypeOf(index);

    public int Channel => tokens.ChannelOf(index);

    public int TokenIndex => index;

    public int StartIndex => tokens.StartOf(index);

    public int StopIndex => tokens.StartOf(index) + tokens.LengthOf(index) - 1;

    public string? Text => Type == TokenConstants.EOF ? "<EOF>" : tokens.TextOf(index).ToString();

    public int Line => tokens.AntlrLineAndColumnOf(index).Line;

    public int Column => tokens.AntlrLineAndColumnOf(index).Column;

    public ITokenSource TokenSource => null!;

    public ICharStream InputStream => null!;

    public override string ToString() => $"[@{index},{StartIndex}:{StopIndex}='{Text}',<{Type}>]";
}
