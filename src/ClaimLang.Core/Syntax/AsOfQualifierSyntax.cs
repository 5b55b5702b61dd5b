using System.Diagnostics;

namespace ClaimLang.Syntax;

/// <summary><c>as of DATE</c>: when the statement was made.</summary>
internal sealed class AsOfQualifierSyntax : QualifierSyntax
{
    // 'of' and the date follow 'as' in the token table: one index serves all three.
    private readonly int _asKeyword;

    internal AsOfQualifierSyntax(SyntaxToken asKeyword, SyntaxToken ofKeyword, SyntaxToken date)
    {
        Debug.Assert(ofKeyword.Index == asKeyword.Index + 1 && date.Index == asKeyword.Index + 2);
        _asKeyword = asKeyword.Index;
    }

    public override SyntaxKind Kind => SyntaxKind.AsOfQualifier;

    internal override int FirstTokenIndex => _asKeyword;

    internal override int LastTokenIndex => _asKeyword + 2;

    public override SyntaxToken Keyword => AsKeyword;

    public SyntaxToken AsKeyword => Token(_asKeyword);

    public SyntaxToken OfKeyword => Token(_asKeyword + 1);

    public SyntaxToken Date => Token(_asKeyword + 2);

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return AsKeyword;
        yield return OfKeyword;
        yield return Date;
    }
}
