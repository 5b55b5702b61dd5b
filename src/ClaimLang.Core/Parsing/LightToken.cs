using Antlr4.Runtime;
using ClaimLang.Parsing.Lexing;

namespace ClaimLang.Parsing;

/// <summary>
/// A default-channel token as the generated parser sees it on the fast path: a view of one entry
/// of the <see cref="LexedTokens"/> its set is parsing. It has no token source or character
/// stream: only error recovery would conjure tokens from those, and the fast path gives up
/// instead (the recovering parse runs on ANTLR's own tokens). The objects are reused, within a
/// file and from file to file (see <see cref="LightTokenSet"/>), so a token is valid only until
/// the member it belongs to is built.
/// </summary>
internal sealed class LightToken(LightTokenSet set) : IToken
{
    private int _position = -1; // among the default-channel tokens; -1 for none yet
    private int _index;
    private int _type; // asked for most (every match and every prediction step), so kept at hand

    private LexedTokens Tokens => set.File;

    public int Type => _type;

    public int Channel => Tokens.ChannelOf(_index);

    public int TokenIndex => _index;

    /// <summary>The token's position among the file's default-channel tokens; -1 before it shows any.</summary>
    public int Position => _position;

    public int StartIndex => Tokens.StartOf(_index);

    public int StopIndex => Tokens.StartOf(_index) + Tokens.LengthOf(_index) - 1;

    public string? Text => Type == TokenConstants.EOF ? "<EOF>" : Tokens.TextOf(_index).ToString();

    public int Line => Tokens.AntlrLineAndColumnOf(_index).Line;

    public int Column => Tokens.AntlrLineAndColumnOf(_index).Column;

    public ITokenSource TokenSource => null!;

    public ICharStream InputStream => null!;

    public void Show(int position, int index, int type)
    {
        _position = position;
        _index = index;
        _type = type;
    }

    public override string ToString() => $"[@{_index},{StartIndex}:{StopIndex}='{Text}',<{Type}>]";
}
