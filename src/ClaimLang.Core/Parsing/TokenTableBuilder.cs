using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Antlr4.Runtime;
using ClaimLang.Parsing.Lexing;
using ClaimLang.Syntax;

namespace ClaimLang.Parsing;

/// <summary>
/// Fills a tree's token and trivia tables as the tree builder takes tokens in source order.
/// Everything between two taken tokens becomes trivia: hidden-channel tokens (whitespace, line
/// breaks, comments, bad characters) and tokens the parser skipped while recovering. As in
/// Roslyn, a token's trailing trivia runs up to and including the end of its line; the rest is
/// leading trivia of the next token. So every character of the input lands in exactly one
/// token or trivia, and the tables print back to the input byte for byte.
/// </summary>
internal sealed class TokenTableBuilder
{
    private readonly SyntaxTree _tree;
    private readonly LexedTokens _input;
    // Sized for a file without mistakes, where every lexed token becomes one element and every
    // default-channel token a token: then the arrays are the tree's as they are, without a copy.
    // Missing tokens add elements; skipped tokens take fewer tokens.
    private int[] _starts;
    private byte[] _kinds;
    private int[] _tokenElements;
    private int _elementCount;
    private int _tokenCount;
    private int _next; // index in _input of the first token not yet placed

    public TokenTableBuilder(SyntaxTree tree, LexedTokens input)
    {
        _tree = tree;
        _input = input;
        _starts = new int[input.Count + 1];
        _kinds = new byte[input.Count];
        _tokenElements = new int[input.SignificantCount];
    }

    /// <summary>
    /// Places <paramref name="token"/> if it is a real, not yet placed token of one of the
    /// <paramref name="allowedTypes"/>; otherwise (absent after an error, conjured by recovery,
    /// of the wrong type) places a missing token of <paramref name="missingKind"/>.
    /// </summary>
    public SyntaxToken Take(IToken? token, ulong allowedTypes, SyntaxKind missingKind) =>
        CanPlace(token, allowedTypes) ? Place(token.TokenIndex) : AddMissing(missingKind);

    /// <summary>Places an optional token: null when it was not written.</summary>
    public SyntaxToken? TakeOptional(IToken? token, ulong allowedTypes) =>
        CanPlace(token, allowedTypes) ? Place(token.TokenIndex) : null;

    /// <summary>Places the end-of-file token, which takes all remaining trivia and skipped text.</summary>
    public SyntaxToken TakeEndOfFile() => Place(_input.Count - 1);

    /// <summary>The text of a token placed already, read before the tree owns the table.</summary>
    public ReadOnlySpan<char> TextOf(SyntaxToken token) => _tree.Text.AsSpan(SpanOf(token));

    public bool IsMissing(SyntaxToken token) => (_kinds[_tokenElements[token.Index]] & TokenTable.MissingFlag) != 0;

    public Text.TextSpan SpanOf(SyntaxToken token)
    {
        int element = _tokenElements[token.Index];
        // The element after a placed token may not be placed yet; a missing token is empty.
        int start = _starts[element];
        return IsMissing(token) ? new Text.TextSpan(start, 0) : Text.TextSpan.FromBounds(start, start + LengthOfPlaced(element));
    }

    public void CompleteTree()
    {
        _starts[_elementCount] = _tree.Text.Length;
        _tree.SetTable(new TokenTable(Trim(_starts, _elementCount + 1), Trim(_kinds, _elementCount), Trim(_tokenElements, _tokenCount)));
    }

    // A real token (not conjured by recovery: those have no place in the input), not placed
    // yet, of a type the slot allows (token types fit a 64-bit mask).
    private bool CanPlace([NotNullWhen(true)] IToken? token, ulong allowedTypes) =>
        token is not null && token.TokenIndex >= _next && token.Type is >= 0 and < 64
        && (allowedTypes & TokenKinds.Mask(token.Type)) != 0;

    // Trees live as long as the compilation: keep no spare room.
    private static T[] Trim<T>(T[] array, int count) => array.Length == count ? array : array.AsSpan(0, count).ToArray();

    private SyntaxToken AddMissing(SyntaxKind kind)
    {
        // Where the previous token ends: the trivia after it are placed with the next real token, after this one.
        int position = _next < _input.Count ? _input.StartOf(_next) : _tree.Text.Length;
        EnsureCapacity(1);
        _starts[_elementCount] = position;
        _kinds[_elementCount] = (byte)((byte)kind | TokenTable.MissingFlag);
        return AddToken(_elementCount++);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs for every token of the first files, see DfaLexer.Lex
    private SyntaxToken Place(int inputIndex)
    {
        EnsureCapacity(inputIndex + 1 - _next);
        int[] starts = _starts;
        byte[] kinds = _kinds;
        int element = _elementCount;
        // The trivia and skipped tokens since the token placed last; which of them trail it and
        // which lead this one is worked out from their kinds when asked for (see TokenTable).
        for (int gap = _next; gap < inputIndex; gap++, element++)
        {
            starts[element] = _input.StartOf(gap);
            kinds[element] = (byte)(_input.IsSignificant(gap) ? SyntaxKind.SkippedTokenTrivia : TokenKinds.ToSyntaxKind(_input.TypeOf(gap)));
        }
        starts[element] = _input.StartOf(inputIndex);
        kinds[element] = (byte)TokenKinds.ToSyntaxKind(_input.TypeOf(inputIndex));
        _elementCount = element + 1;
        _next = inputIndex + 1;
        return AddToken(element);
    }

    private SyntaxToken AddToken(int element)
    {
        if (_tokenCount == _tokenElements.Length) Array.Resize(ref _tokenElements, _tokenElements.Length * 2 + 16);
        _tokenElements[_tokenCount] = element;
        return new SyntaxToken(_tree, _tokenCount++);
    }

    private int LengthOfPlaced(int element) =>
        // A real token ends where the next element starts; the last one placed is the lexed token before _next.
        element + 1 < _elementCount ? _starts[element + 1] - _starts[element] : _input.LengthOf(_next - 1);

    private void EnsureCapacity(int elements)
    {
        if (_elementCount + elements <= _kinds.Length) return;
        int size = Math.Max(_kinds.Length * 2, _elementCount + elements) + 16;
        Array.Resize(ref _kinds, size);
        Array.Resize(ref _starts, size + 1);
    }
}
