using System.Runtime.CompilerServices;
using Antlr4.Runtime;
using ClaimLang.Text;

namespace ClaimLang.Parsing.Lexing;

/// <summary>
/// Every token of one file, trivia included, as parallel arrays instead of token objects: its
/// type, channel and start. Tokens cover the text without gaps, so a token ends where the next
/// begins; the last token is the end of file, empty, at the text's length. Indices here are the
/// token indices the parser's tokens carry. The default-channel tokens are also listed apart,
/// in order, because they are all the parser sees.
/// The arrays are large (several bytes per character of the file) and needed only until the
/// file's tree is built, so a parse gives them back (<see cref="Return"/>) for the next file on
/// its thread instead of leaving them to the collector.
/// </summary>
internal sealed class LexedTokens
{
    private short[] _types = [];
    private byte[] _channels = [];
    private int[] _starts = [0];
    private int[] _significant = [];
    private SourceText? _text;

    private LexedTokens()
    {
    }

    /// <summary>Empty tokens of <paramref name="text"/> with room for <paramref name="capacity"/> before growing: this thread's spare arrays when they are large enough.</summary>
    public static LexedTokens Rent(SourceText text, int capacity)
    {
        LexedTokens tokens = ThreadSpare<LexedTokens>.Take() ?? new LexedTokens();
        tokens._text = text;
        tokens.Count = 0;
        tokens.SignificantCount = 0;
        if (tokens._types.Length < capacity)
        {
            tokens._types = new short[capacity];
            tokens._channels = new byte[capacity];
            tokens._starts = new int[capacity + 1];
        }
        if (tokens._significant.Length < capacity / 2 + 1) tokens._significant = new int[capacity / 2 + 1];
        return tokens;
    }

    /// <summary>Hands the arrays on to the next file lexed on this thread; nothing may read these tokens any more.</summary>
    public void Return()
    {
        _text = null;
        ThreadSpare<LexedTokens>.Put(this);
    }

    public SourceText Text => _text ?? throw new InvalidOperationException("Tokens that were given back were read.");

    /// <summary>The number of tokens, the end of file included.</summary>
    public int Count { get; private set; }

    /// <summary>The number of default-channel tokens, the end of file included.</summary>
    public int SignificantCount { get; private set; }

    public int TypeOf(int index) => _types[index];

    public int ChannelOf(int index) => _channels[index];

    public int StartOf(int index) => _starts[index];

    public int LengthOf(int index) => _starts[index + 1] - _starts[index];

    public bool IsSignificant(int index) => _channels[index] == Lexer.DefaultTokenChannel;

    public ReadOnlySpan<char> TextOf(int index) => Text.Text.AsSpan(_starts[index], LengthOf(index));

    /// <summary>The token index of the <paramref name="position"/>-th default-channel token.</summary>
    public int SignificantAt(int position) => _significant[position];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int type, int channel, int start)
    {
        if (Count + 1 >= _types.Length) Grow();
        _types[Count] = (short)type;
        _channels[Count] = (byte)channel;
        _starts[Count] = start;
        if (channel == Lexer.DefaultTokenChannel)
        {
            if (SignificantCount == _significant.Length) Array.Resize(ref _significant, 2 * _significant.Length);
            _significant[SignificantCount++] = Count;
        }
        Count++;
    }

    /// <summary>Adds the end-of-file token; no token may follow.</summary>
    public void AddEndOfFile()
    {
        Add(TokenConstants.EOF, Lexer.DefaultTokenChannel, Text.Length);
        _starts[Count] = Text.Length;
    }

    /// <summary>Gives a token another type (claim labels are identifiers found to stand before a ':').</summary>
    public void Retype(int index, int type) => _types[index] = (short)type;

    // ANTLR's line and column of a token (lines counted at '\n' only, from 1), which the fast
    // path's tokens owe as IToken; the parse reads neither, so they are counted only when asked.
    public (int Line, int Column) AntlrLineAndColumnOf(int index)
    {
        string text = Text.Text;
        int start = _starts[index];
        int line = 1, lineStart = 0;
        for (int i = text.IndexOf('\n', 0, start); i >= 0; i = text.IndexOf('\n', i + 1, start - i - 1))
        {
            line++;
            lineStart = i + 1;
        }
        return (line, start - lineStart);
    }

    private void Grow()
    {
        int capacity = 2 * _types.Length;
        Array.Resize(ref _types, capacity);
        Array.Resize(ref _channels, capacity);
        Array.Resize(ref _starts, capacity + 1);
    }
}
