using ClaimLang.Text;

namespace ClaimLang.Syntax;

/// <summary>Whitespace, a line break, a comment, a bad character or a skipped token: text that does not change meaning.</summary>
internal readonly struct SyntaxTrivia
{
    private readonly SyntaxTree _tree;
    private readonly int _index;

    internal SyntaxTrivia(SyntaxTree tree, int index)
    {
        _tree = tree;
        _index = index;
    }

    public SyntaxKind Kind => _tree.Table.KindAt(_index);

    public TextSpan Span => _tree.Table.SpanAt(_index);

    public string Text => _tree.Text.ToString(Span);

    public override string ToString() => Text;
}
