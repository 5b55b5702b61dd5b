using Antlr4.Runtime;

namespace ClaimLang.Parsing;

/// <summary>
/// A token on the parser's channel as the recovering parse's buffer holds it: its place among
/// the lexed tokens and its type, everything else read from <see cref="Lexing.LexedTokens"/>
/// when asked. ANTLR's own token object keeps a dozen fields; a file with a broken member on
/// every line holds a million of these while it is parsed.
/// </summary>
internal sealed class ReplayedToken(ReplayTokenSource source, int index, int type) : IToken
{
    public int Type => type;

    public int Channel => source.Tokens.ChannelOf(index);

    public int TokenIndex => index;

    public int StartIndex => source.Tokens.StartOf(index);

    public int StopIndex => source.Tokens.StartOf(index) + source.Tokens.LengthOf(index) - 1;

    // As ANTLR's token answers for the end of file, whose place is past the text.
    public string Text => type == TokenConstants.EOF ? "<EOF>" : source.Tokens.TextOf(index).ToString();

    public int Line => source.LineAt(StartIndex);

    public int Column => source.ColumnAt(StartIndex);

    public ITokenSource TokenSource => source;

    public ICharStream InputStream => source.InputStream;
}
