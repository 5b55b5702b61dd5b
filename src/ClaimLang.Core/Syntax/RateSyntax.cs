namespace ClaimLang.Syntax;

/// <summary><c>/yr</c>, <c>/year</c>, <c>/mo</c>, <c>/month</c> or <c>/day</c>: the amount is an average per time unit.</summary>
public sealed class RateSyntax : SyntaxNode
{
    internal RateSyntax(SyntaxTree tree, SyntaxToken slash, SyntaxToken timeUnit) : base(tree)
    {
        Slash = slash;
        TimeUnit = timeUnit;
    }

    public override SyntaxKind Kind => SyntaxKind.Rate;

    public SyntaxToken Slash { get; }

    public SyntaxToken TimeUnit { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Slash;
        yield return TimeUnit;
    }
}
