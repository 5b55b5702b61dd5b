namespace ClaimLang.Syntax;

/// <summary><c>UNIT ['/' TIMEUNIT]</c>: the unit, and for a rate the time unit it is per.</summary>
internal sealed class UnitSyntax : SyntaxNode
{
    private readonly int _name;

    internal UnitSyntax(SyntaxToken name, RateSyntax? rate)
    {
        _name = name.Index;
        Rate = rate;
        Adopt(Rate);
    }

    public override SyntaxKind Kind => SyntaxKind.Unit;

    internal override int FirstTokenIndex => _name;

    internal override int LastTokenIndex => Rate?.LastTokenIndex ?? _name;

    /// <summary>An identifier (USD, count, barrel) or '%'.</summary>
    public SyntaxToken Name => Token(_name);

    public RateSyntax? Rate { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Name;
        if (Rate is not null) yield return Rate;
    }
}
