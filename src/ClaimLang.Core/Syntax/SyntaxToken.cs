using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Syntax;

/// <summary>
/// A token: a keyword, name, number, date, string or punctuation, with the trivia before and
/// after it. A handle into its tree's token table; two handles to the same entry are equal.
/// A missing token (inserted by error recovery) has no text and a zero-width span.
/// </summary>
public readonly struct SyntaxToken : IEquatable<SyntaxToken>
{
    private readonly SyntaxTree _tree;
    private readonly int _index;

    internal SyntaxToken(SyntaxTree tree, int index)
    {
        _tree = tree;
        _index = index;
    }

    public SyntaxTree Tree => _tree;

    internal int Index => _index;

    private ref readonly RawToken Raw => ref _tree.Tokens[_index];

    public SyntaxKind Kind => Raw.Kind;

    public bool IsMissing => Raw.IsMissing;

    public TextSpan Span => new(Raw.Start, Raw.Length);

    /// <summary>The span with leading and trailing trivia.</summary>
    public TextSpan FullSpan
    {
        get
        {
            ref readonly RawToken raw = ref Raw;
            int start = raw.LeadingCount > 0 ? _tree.Trivia[raw.TriviaStart].Start : raw.Start;
            int end = raw.Start + raw.Length;
            int trailing = _tree.GetTrailingTriviaCount(_index);
            if (trailing > 0)
            {
                RawTrivia last = _tree.Trivia[raw.TriviaStart + raw.LeadingCount + trailing - 1];
                end = last.Start + last.Length;
            }
            return TextSpan.FromBounds(start, end);
        }
    }

    public string Text => _tree.Text.ToString(Span);

    /// <summary>The token's text without allocating a string.</summary>
    public ReadOnlySpan<char> AsSpan() => _tree.Text.AsSpan(Span);

    public SyntaxTriviaList LeadingTrivia => new(_tree, Raw.TriviaStart, Raw.LeadingCount);

    public SyntaxTriviaList TrailingTrivia => new(_tree, Raw.TriviaStart + Raw.LeadingCount, _tree.GetTrailingTriviaCount(_index));

    /// <summary>The node whose slot holds this token.</summary>
    public SyntaxNode? Parent => _tree.GetTokenParent(_index);

    public Location GetLocation() => _tree.GetLocation(Span);

    /// <summary>The token before this one in the file, if any.</summary>
    public SyntaxToken? GetPreviousToken() => _index > 0 ? new SyntaxToken(_tree, _index - 1) : null;

    /// <summary>The token after this one in the file, if any (the end-of-file token has none).</summary>
    public SyntaxToken? GetNextToken() => _index + 1 < _tree.TokenCount ? new SyntaxToken(_tree, _index + 1) : null;

    public bool Equals(SyntaxToken other) => ReferenceEquals(_tree, other._tree) && _index == other._index;

    public override bool Equals(object? obj) => obj is SyntaxToken other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_tree, _index);

    public static bool operator ==(SyntaxToken left, SyntaxToken right) => left.Equals(right);

    public static bool operator !=(SyntaxToken left, SyntaxToken right) => !left.Equals(right);

    public override string ToString() => Text;

    /// <summary>Writes the token with its trivia, exactly as in the input.</summary>
    public void WriteTo(TextWriter writer)
    {
        foreach (var trivia in LeadingTrivia) writer.Write(_tree.Text.AsSpan(trivia.Span));
        writer.Write(AsSpan());
        foreach (var trivia in TrailingTrivia) writer.Write(_tree.Text.AsSpan(trivia.Span));
    }
}
