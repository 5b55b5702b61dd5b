using System.Diagnostics;

namespace ClaimLang.Syntax;

/// <summary><c>A -> B</c> (a flow from A to B) or <c>A</c> (a measure of A).</summary>
internal sealed class SubjectSyntax : SyntaxNode
{
    // The arrow and the target, when written, follow the source in the token table (the builder
    // takes a target, present or missing, whenever there is an arrow): one index and a flag serve.
    private readonly int _from;
    private readonly bool _isFlow;

    internal SubjectSyntax(SyntaxToken from, SyntaxToken? arrow, SyntaxToken? to)
    {
        Debug.Assert(arrow is null ? to is null : arrow.Value.Index == from.Index + 1 && to?.Index == from.Index + 2);
        _from = from.Index;
        _isFlow = arrow is not null;
    }

    public override SyntaxKind Kind => SyntaxKind.Subject;

    internal override int FirstTokenIndex => _from;

    internal override int LastTokenIndex => _isFlow ? _from + 2 : _from;

    public SyntaxToken From => Token(_from);

    /// <summary><c>-&gt;</c> or <c>→</c>, for a flow.</summary>
    public SyntaxToken? Arrow => _isFlow ? Token(_from + 1) : null;

    public SyntaxToken? To => _isFlow ? Token(_from + 2) : null;

    public bool IsFlow => _isFlow;

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return From;
        if (Arrow is { } arrow) yield return arrow;
        if (To is { } to) yield return to;
    }
}
