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
    private RawToken[] _tokens;
    private RawTrivia[] _trivia;
    private int _tokenCount;
    private int _triviaCount;
    private int _next; // index in _input of the first token not yet placed

    public TokenTableBuilder(SyntaxTree tree, LexedTokens input)
    {
        _tree = tree;
        _input = input;
        _tokens = new RawToken[input.SignificantCount + 16];
        _trivia = new RawTrivia[input.Count - input.SignificantCount + 16];
    }

    /// <summary>
    /// Places <paramref name="token"/> if it is a real, not yet placed token of one of the
    /// <paramref name="allowedTypes"/>; otherwise (absent after an error, conjured by recovery,
    /// of the wrong type) places a missing token of <paramref name="missingKind"/>.
    /// </summary>
    public SyntaxToken Take(IToken? token, ulong allowedTypes, SyntaxKind missingKind)
    {
        if (token is null || token.TokenIndex < _next || token.Type < 0 || token.Type >= 64
            || (allowedTypes & TokenKinds.Mask(token.Type)) == 0)
        {
            return AddMissing(missingKind);
        }
        return Place(token.TokenIndex);
    }

    /// <summary>Places an optional token: null when it was not written.</summary>
    public SyntaxToken? TakeOptional(IToken? token, ulong allowedTypes)
    {
        if (token is null || token.TokenIndex < _next || token.Type < 0 || token.Type >= 64
            || (allowedTypes & TokenKinds.Mask(token.Type)) == 0)
        {
            return null;
        }
        return Place(token.TokenIndex);
    }

    /// <summary>Places the end-of-file token, which takes all remaining trivia and skipped text.</summary>
    public SyntaxToken TakeEndOfFile() => Place(_input.Count - 1);

    /// <summary>The text of a token placed already, read before the tree owns the tables.</summary>
    public ReadOnlySpan<char> TextOf(SyntaxToken token)
    {
        ref RawToken raw = ref _tokens[token.Index];
        return _tree.Text.AsSpan(new Text.TextSpan(raw.Start, raw.Length));
    }

    public bool IsMissing(SyntaxToken token) => _tokens[token.Index].IsMissing;

    public Text.TextSpan SpanOf(SyntaxToken token) => new(_tokens[token.Index].Start, _tokens[token.Index].Length);

    public void CompleteTree()
    {
        // Exact-size copies: the working arrays grow by doubling, and trees live as long as the compilation.
        _tree.SetTables(_tokens.AsSpan(0, _tokenCount).ToArray(), _tokenCount, _trivia.AsSpan(0, _triviaCount).ToArray());
    }

    private SyntaxToken AddMissing(SyntaxKind kind)
    {
        int position = _tokenCount == 0 ? 0 : _tokens[_tokenCount - 1].Start + _tokens[_tokenCount - 1].Length;
        EnsureTokenCapacity();
        _tokens[_tokenCount] = new RawToken { Kind = kind, IsMissing = true, Start = position, TriviaStart = _triviaCount };
        return new SyntaxToken(_tree, _tokenCount++);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)] // runs for every token of the first files, see DfaLexer.Lex
    private SyntaxToken Place(int inputIndex)
    {
        int gap = _next;
        // Trailing trivia of the token placed last: up to and including the first line break.
        if (_tokenCount > 0)
        {
            while (gap < inputIndex)
            {
                if (_input.IsSignificant(gap)) break;
                int type = _input.TypeOf(gap);
                AddTrivia(gap, TokenKinds.ToSyntaxKind(type));
                gap++;
                if (type == Generated.ClaimLangLexer.END_OF_LINE) break;
            }
        }

        int triviaStart = _triviaCount;
        for (; gap < inputIndex; gap++)
            AddTrivia(gap, _input.IsSignificant(gap) ? SyntaxKind.SkippedTokenTrivia : TokenKinds.ToSyntaxKind(_input.TypeOf(gap)));

        EnsureTokenCapacity();
        _tokens[_tokenCount] = new RawToken
        {
            Kind = TokenKinds.ToSyntaxKind(_input.TypeOf(inputIndex)),
            Start = _input.StartOf(inputIndex),
            Length = _input.LengthOf(inputIndex),
            TriviaStart = triviaStart,
            LeadingCount = _triviaCount - triviaStart,
        };
        _next = inputIndex + 1;
        return new SyntaxToken(_tree, _tokenCount++);
    }

    private void AddTrivia(int inputIndex, SyntaxKind kind)
    {
        if (_triviaCount == _trivia.Length) Array.Resize(ref _trivia, _trivia.Length * 2);
        _trivia[_triviaCount++] = new RawTrivia(kind, _input.StartOf(inputIndex), _input.LengthOf(inputIndex));
    }

    private void EnsureTokenCapacity()
    {
        if (_tokenCount == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
    }
}
