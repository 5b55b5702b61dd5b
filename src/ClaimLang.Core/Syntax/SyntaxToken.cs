using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Syntax;

/// <summary>
/// A token: a keyword, name, number, date, string or punctuation, with the trivia before and
/// after it. A handle into its tree's token table; two handles to the same entry are equal.
/// A missing token (inserted by error recovery) has no text and a zero-width span.
/// </summary>
internal readonly struct SyntaxToken : IEquatable<SyntaxToken>
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

    private TokenTable Table => _tree.Table;

    private int Element => _tree.Table.ElementOf(_index);

    public SyntaxKind Kind => Table.KindAt(Element);

    public bool IsMissing => Table.IsMissingAt(Element);

    // A missing token's element is empty: it starts where the next element does.
    public TextSpan Span => Table.SpanAt(Element);

    /// <summary>The span with leading and trailing trivia.</summary>
    public TextSpan FullSpan
    {
        get
        {
            TokenTable table = Table;
            return TextSpan.FromBounds(table.StartAt(table.LeadingStart(_index)), table.StartAt(table.TrailingEnd(_index)));
        }
    }

    public string Text => _tree.Text.ToString(Span);

    /// <summary>The token's text without allocating a string.</summary>
    public ReadOnlySpan<char> AsSpan() => _tree.Text.AsSpan(Span);

    public SyntaxTriviaList LeadingTrivia
    {
        get
        {
            int start = Table.LeadingStart(_index);
            return new SyntaxTriviaList(_tree, start, Element - start);
        }
    }

    public SyntaxTriviaList TrailingTrivia
    {
        get
        {
            int start = Element + 1;
            return new SyntaxTriviaList(_tree, start, Table.TrailingEnd(_index) - start);
        }
    }

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
