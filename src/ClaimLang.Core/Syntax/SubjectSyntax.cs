namespace ClaimLang.Syntax;

/// <summary><c>A -> B</c> (a flow from A to B) or <c>A</c> (a measure of A).</summary>
public sealed class SubjectSyntax : SyntaxNode
{
    private readonly int _from;
    private readonly int _arrow;
    private readonly int _to;

    internal SubjectSyntax(SyntaxToken from, SyntaxToken? arrow, SyntaxToken? to)
    {
        _from = from.Index;
        _arrow = arrow?.Index ?? -1;
        _to = to?.Index ?? -1;
    }

    public override SyntaxKind Kind => SyntaxKind.Subject;

    internal override int FirstTokenIndex => _from;

    internal override int LastTokenIndex => Math.Max(_from, Math.Max(_arrow, _to));

    public SyntaxToken From => Token(_from);

    /// <summary><c>-&gt;</c> or <c>→</c>, for a flow.</summary>
    public SyntaxToken? Arrow => OptionalToken(_arrow);

    public SyntaxToken? To => OptionalToken(_to);

    public bool IsFlow => Arrow is not null;

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return From;
        if (Arrow is { } arrow) yield return arrow;
        if (To is { } to) yield return to;
    }
}
