namespace ClaimLang.Syntax;

/// <summary><c>A -> B</c> (a flow from A to B) or <c>A</c> (a measure of A).</summary>
public sealed class SubjectSyntax : SyntaxNode
{
    internal SubjectSyntax(SyntaxTree tree, SyntaxToken from, SyntaxToken? arrow, SyntaxToken? to) : base(tree)
    {
        From = from;
        Arrow = arrow;
        To = to;
    }

    public override SyntaxKind Kind => SyntaxKind.Subject;

    public SyntaxToken From { get; }

    /// <summary><c>-&gt;</c> or <c>→</c>, for a flow.</summary>
    public SyntaxToken? Arrow { get; }

    public SyntaxToken? To { get; }

    public bool IsFlow => Arrow is not null;

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return From;
        if (Arrow is { } arrow) yield return arrow;
        if (To is { } to) yield return to;
    }
}
