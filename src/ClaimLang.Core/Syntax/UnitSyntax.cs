namespace ClaimLang.Syntax;

/// <summary><c>UNIT ['/' TIMEUNIT]</c>: the unit, and for a rate the time unit it is per.</summary>
public sealed class UnitSyntax : SyntaxNode
{
    internal UnitSyntax(SyntaxTree tree, SyntaxToken name, RateSyntax? rate) : base(tree)
    {
        Name = name;
        Rate = rate;
    }

    public override SyntaxKind Kind => SyntaxKind.Unit;

    /// <summary>An identifier (USD, count, barrel) or '%'.</summary>
    public SyntaxToken Name { get; }

    public RateSyntax? Rate { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Name;
        if (Rate is not null) yield return Rate;
    }
}
