namespace ClaimLang.Syntax;

/// <summary><c>/yr</c>, <c>/year</c>, <c>/mo</c>, <c>/month</c> or <c>/day</c>: the amount is an average per time unit.</summary>
internal sealed class RateSyntax : SyntaxNode
{
    private readonly int _slash;
    private readonly int _timeUnit;

    internal RateSyntax(SyntaxToken slash, SyntaxToken timeUnit)
    {
        _slash = slash.Index;
        _timeUnit = timeUnit.Index;
    }

    public override SyntaxKind Kind => SyntaxKind.Rate;

    internal override int FirstTokenIndex => _slash;

    internal override int LastTokenIndex => _timeUnit;

    public SyntaxToken Slash => Token(_slash);

    public SyntaxToken TimeUnit => Token(_timeUnit);

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Slash;
        yield return TimeUnit;
    }
}
