using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using ClaimLang.Parsing.Lexing;

namespace ClaimLang.Parsing;

/// <summary>
/// The parser's input: the default-channel tokens of <see cref="LexedTokens"/>, with no buffer
/// to fill and no token objects for trivia (a file of junk has a token at every other byte).
/// Positions (<see cref="Index"/>, <see cref="Seek"/>, <see cref="Get"/>) count default-channel
/// tokens only; the tokens carry their index among all tokens, which the tree builder uses.
/// The objects come from <typeparamref name="TObjects"/>: a ring of reused ones on the fast path,
/// one each, kept, for the recovering parse (a struct, so that the fast path's calls inline).
/// </summary>
internal sealed class SignificantTokenStream<TObjects>(LexedTokens tokens, TObjects made) : ITokenStream where TObjects : struct, ITokenObjects
{
    private int _position;

    public int Index => _position;

    public int Size => tokens.SignificantCount;

    public string SourceName => IntStreamConstants.UnknownSourceName;

    public ITokenSource TokenSource => made.Source!;

    // The next token (k = 1) is by far the most asked for; its position is always valid. Types
    // come straight from the lexer's arrays: no token object is needed to look ahead.
    public int LA(int i)
    {
        if (i == 1) return tokens.TypeOf(tokens.SignificantAt(_position));
        int at = At(i);
        return at < 0 ? TokenConstants.InvalidType : tokens.TypeOf(tokens.SignificantAt(at));
    }

    public IToken LT(int k)
    {
        if (k == 1) return made.Get(_position);
        int at = At(k);
        return at < 0 ? null! : Get(at);
    }

    public IToken Get(int i) => made.Get(i);

    public void Consume()
    {
        if (_position == tokens.SignificantCount - 1) throw new InvalidOperationException("cannot consume EOF");
        _position++;
    }

    public int Mark() => -1;

    public void Release(int marker)
    {
    }

    public void Seek(int index) => _position = Math.Clamp(index, 0, tokens.SignificantCount - 1);

    public string GetText() => tokens.Text.Text;

    public string GetText(Interval interval) =>
        interval.a < 0 || interval.b < interval.a ? "" : GetText(Get(Math.Min(interval.a, Size - 1)), Get(Math.Min(interval.b, Size - 1)));

    public string GetText(RuleContext ctx) => ctx is ParserRuleContext { Start: { } start, Stop: { } stop } ? GetText(start, stop) : "";

    public string GetText(IToken start, IToken stop)
    {
        if (start is null || stop is null || stop.StopIndex < start.StartIndex) return "";
        return tokens.Text.Text[start.StartIndex..(stop.StopIndex + 1)];
    }

    // Lookahead k (k > 0) is the token at position + k - 1, lookbehind k (k < 0) the one at
    // position + k; past the end there is the end of file again, before the start nothing.
    private int At(int k)
    {
        if (k == 0) return -1;
        int at = k > 0 ? _position + k - 1 : _position + k;
        return at < 0 ? -1 : Math.Min(at, tokens.SignificantCount - 1);
    }
}
