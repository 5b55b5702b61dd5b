namespace ClaimLang.Syntax;

/// <summary><c>D</c> or <c>D1..D2</c>; each date a year (a number token), a month or a day (date tokens).</summary>
public sealed class PeriodSyntax : SyntaxNode
{
    internal PeriodSyntax(SyntaxTree tree, SyntaxToken start, SyntaxToken? dotDot, SyntaxToken? end) : base(tree)
    {
        Start = start;
        DotDot = dotDot;
        End = end;
    }

    public override SyntaxKind Kind => SyntaxKind.Period;

    public SyntaxToken Start { get; }

    public SyntaxToken? DotDot { get; }

    public SyntaxToken? End { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Start;
        if (DotDot is { } dotDot) yield return dotDot;
        if (End is { } end) yield return end;
    }
}
