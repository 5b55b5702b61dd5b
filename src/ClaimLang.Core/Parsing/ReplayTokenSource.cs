using Antlr4.Runtime;
using ClaimLang.Parsing.Lexing;

namespace ClaimLang.Parsing;

/// <summary>
/// Hands out the tokens of <see cref="LexedTokens"/> as ANTLR's own token objects, all channels,
/// with the lines, columns, source and text ANTLR's lexer would have given them; a token off
/// the parser's channel as a shared stand-in (<see cref="HiddenTokenStandIn"/>). Only the
/// recovering parse of a file with mistakes uses it: ANTLR's error recovery conjures tokens
/// from a token source and reads the offending tokens' text for its messages.
/// </summary>
internal sealed class ReplayTokenSource : ITokenSource
{
    private readonly LexedTokens _tokens;
    private readonly Tuple<ITokenSource, ICharStream> _origin;
    private int _next;
    private int _line = 1; // ANTLR counts lines from 1 at '\n' only, and columns from 0
    private int _column;
    private readonly Dictionary<(int Type, int Channel), HiddenTokenStandIn> _standIns = [];

    public ReplayTokenSource(LexedTokens tokens)
    {
        _tokens = tokens;
        InputStream = new AntlrInputStream(tokens.Text.Text);
        _origin = Tuple.Create<ITokenSource, ICharStream>(this, InputStream);
    }

    public int Line => _line;

    public int Column => _column;

    public ICharStream InputStream { get; }

    public string SourceName => IntStreamConstants.UnknownSourceName;

    public ITokenFactory TokenFactory { get; set; } = CommonTokenFactory.Default;

    public IToken NextToken()
    {
        int index = Math.Min(_next, _tokens.Count - 1);
        int start = _tokens.StartOf(index);
        int length = _tokens.LengthOf(index);
        // The token takes the line and column where it starts (from this source's Line and Column).
        int type = _tokens.TypeOf(index), channel = _tokens.ChannelOf(index);
        IToken token = channel == Lexer.DefaultTokenChannel || type == TokenConstants.EOF
            ? new CommonToken(_origin, type, channel, start, start + length - 1)
            : StandIn(type, channel);
        foreach (char c in _tokens.TextOf(index))
        {
            if (c == '\n')
            {
                _line++;
                _column = 0;
            }
            else
            {
                _column++;
            }
        }
        _next = index + 1;
        return token;
    }

    private HiddenTokenStandIn StandIn(int type, int channel)
    {
        if (!_standIns.TryGetValue((type, channel), out HiddenTokenStandIn? standIn)) _standIns[(type, channel)] = standIn = new HiddenTokenStandIn(type, channel);
        return standIn;
    }
}
