namespace ClaimLang.Syntax;

/// <summary><c>D</c> or <c>D1..D2</c>; each date a year (a number token), a month or a day (date tokens).</summary>
public sealed class PeriodSyntax : SyntaxNode
{
    private readonly int _start;
    private readonly int _dotDot;
    private readonly int _end;

    internal PeriodSyntax(SyntaxToken start, SyntaxToken? dotDot, SyntaxToken? end)
    {
        _start = start.Index;
        _dotDot = dotDot?.Index ?? -1;
        _end = end?.Index ?? -1;
    }

    public override SyntaxKind Kind => SyntaxKind.Period;

    internal override int FirstTokenIndex => _start;

    internal override int LastTokenIndex => Math.Max(_start, Math.Max(_dotDot, _end));

    public SyntaxToken Start => Token(_start);

    public SyntaxToken? DotDot => OptionalToken(_dotDot);

    public SyntaxToken? End => OptionalToken(_end);

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Start;
        if (DotDot is { } dotDot) yield return dotDot;
        if (End is { } end) yield return end;
    }
}
