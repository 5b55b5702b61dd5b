namespace ClaimLang.Syntax;

/// <summary>A child of a node: either a node or a token.</summary>
internal readonly struct SyntaxNodeOrToken
{
    private readonly SyntaxNode? _node;
    private readonly SyntaxToken _token;

    public SyntaxNodeOrToken(SyntaxNode node) => _node = node;

    public SyntaxNodeOrToken(SyntaxToken token) => _token = token;

    public bool IsNode => _node is not null;

    public bool IsToken => _node is null;

    public SyntaxNode? AsNode() => _node;

    public SyntaxToken AsToken() => _node is null ? _token : throw new InvalidOperationException("This child is a node.");

    public SyntaxKind Kind => _node?.Kind ?? _token.Kind;

    public static implicit operator SyntaxNodeOrToken(SyntaxNode node) => new(node);

    public static implicit operator SyntaxNodeOrToken(SyntaxToken token) => new(token);
}
