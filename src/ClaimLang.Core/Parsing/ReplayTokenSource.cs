using Antlr4.Runtime;
using ClaimLang.Parsing.Lexing;

namespace ClaimLang.Parsing;

/// <summary>
/// The tokens of <see cref="LexedTokens"/> as ANTLR tokens (<see cref="ReplayedToken"/>), with
/// the lines, columns, source and text ANTLR's lexer would have given them. Only the recovering
/// parse of a file with mistakes uses it: ANTLR's error recovery conjures tokens from a token
/// source and reads the offending tokens' text for its messages.
/// </summary>
internal sealed class ReplayTokenSource : ITokenSource
{
    private int _next;
    // Where each '\n' of the text is, found when a line is first asked for: error recovery asks
    // the line of every token it conjures, and a file of broken members has a million.
    private int[]? _lineBreaks;

    public ReplayTokenSource(LexedTokens tokens)
    {
        Tokens = tokens;
        InputStream = new SourceCharStream(tokens.Text.Text);
    }

    public LexedTokens Tokens { get; }

    // ANTLR counts lines from 1 at '\n' only, and columns from 0; a source's line and column
    // are those of the next token.
    public int Line => LineAt(Tokens.StartOf(Math.Min(_next, Tokens.Count - 1)));

    public int Column => ColumnAt(Tokens.StartOf(Math.Min(_next, Tokens.Count - 1)));

    public ICharStream InputStream { get; }

    public string SourceName => IntStreamConstants.UnknownSourceName;

    public ITokenFactory TokenFactory { get; set; } = CommonTokenFactory.Default;

    /// <summary>The tokens in order, every channel, then the end of file again and again, as a lexer gives them.</summary>
    public IToken NextToken()
    {
        int index = Math.Min(_next, Tokens.Count - 1);
        _next = index + 1;
        return TokenAt(index);
    }

    /// <summary>The token at <paramref name="index"/> among all the lexed tokens.</summary>
    public ReplayedToken TokenAt(int index) => new(this, index, Tokens.TypeOf(index));

    /// <summary>ANTLR's line of the character at <paramref name="position"/>: one more than the line breaks before it.</summary>
    public int LineAt(int position) => BreaksBefore(position) + 1;

    /// <summary>ANTLR's column of the character at <paramref name="position"/>: characters since the last line break.</summary>
    public int ColumnAt(int position)
    {
        int breaks = BreaksBefore(position);
        return breaks == 0 ? position : position - _lineBreaks![breaks - 1] - 1;
    }

    private int BreaksBefore(int position)
    {
        int[] breaks = _lineBreaks ??= FindLineBreaks(Tokens.Text.Text);
        int found = Array.BinarySearch(breaks, position);
        return found >= 0 ? found : ~found;
    }

    private static int[] FindLineBreaks(string text)
    {
        var breaks = new List<int>();
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) breaks.Add(i);
        return [.. breaks];
    }
}
