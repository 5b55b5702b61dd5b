using Antlr4.Runtime;

namespace ClaimLang.Parsing;

/// <summary>
/// What the recovering parse's token buffer holds in place of a token off the parser's channel
/// (whitespace, line breaks, comments, bad characters): one shared object per type and channel.
/// The buffer must hold every token, so that a token's place in it is its place in
/// <see cref="Lexing.LexedTokens"/>, but the parser and its error recovery only ever ask such a
/// token its type and channel (the tree builder and the error report read the lexed tokens
/// themselves). An object per token made a file of bad characters with one syntax error take
/// over a hundred bytes of memory per byte of input.
/// </summary>
internal sealed class HiddenTokenStandIn(int type, int channel) : IToken
{
    public int Type { get; } = type;

    public int Channel { get; } = channel;

    // Nothing reads these of a token off the channel; they say "unknown", as ANTLR does.
    public string Text => "";

    public int Line => 0;

    public int Column => -1;

    public int TokenIndex => -1;

    public int StartIndex => -1;

    public int StopIndex => -1;

    public ITokenSource? TokenSource => null;

    public ICharStream? InputStream => null;
}
