namespace ClaimLang.Syntax;

/// <summary><c>cite "..."</c></summary>
internal sealed class CiteQualifierSyntax : QualifierSyntax
{
    private readonly int _keyword;
    private readonly int _text;

    internal CiteQualifierSyntax(SyntaxToken keyword, SyntaxToken text)
    {
        _keyword = keyword.Index;
        _text = text.Index;
    }

    public override SyntaxKind Kind => SyntaxKind.CiteQualifier;

    internal override int FirstTokenIndex => _keyword;

    internal override int LastTokenIndex => _text;

    public override SyntaxToken Keyword => Token(_keyword);

    /// <summary>The quoted string.</summary>
    public SyntaxToken Text => Token(_text);

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Keyword;
        yield return Text;
    }
}
