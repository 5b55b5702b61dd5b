using System.Diagnostics;

namespace ClaimLang.Syntax;

/// <summary><c>D</c> or <c>D1..D2</c>; each date a year (a number token), a month or a day (date tokens).</summary>
internal sealed class PeriodSyntax : SyntaxNode
{
    // '..' and the end date, when written, follow the start in the token table (the builder takes
    // an end date, present or missing, whenever there is a '..'): one index and a flag serve.
    private readonly int _start;
    private readonly bool _isRange;

    internal PeriodSyntax(SyntaxToken start, SyntaxToken? dotDot, SyntaxToken? end)
    {
        Debug.Assert(dotDot is null ? end is null : dotDot.Value.Index == start.Index + 1 && end?.Index == start.Index + 2);
        _start = start.Index;
        _isRange = dotDot is not null;
    }

    public override SyntaxKind Kind => SyntaxKind.Period;

    internal override int FirstTokenIndex => _start;

    internal override int LastTokenIndex => _isRange ? _start + 2 : _start;

    public SyntaxToken Start => Token(_start);

    public SyntaxToken? DotDot => _isRange ? Token(_start + 1) : null;

    public SyntaxToken? End => _isRange ? Token(_start + 2) : null;

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Start;
        if (DotDot is { } dotDot) yield return dotDot;
        if (End is { } end) yield return end;
    }
}
