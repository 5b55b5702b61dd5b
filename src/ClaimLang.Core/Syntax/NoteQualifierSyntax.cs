namespace ClaimLang.Syntax;

/// <summary><c>note "..."</c></summary>
internal sealed class NoteQualifierSyntax : QualifierSyntax
{
    private readonly int _keyword;
    private readonly int _text;

    internal NoteQualifierSyntax(SyntaxToken keyword, SyntaxToken text)
    {
        _keyword = keyword.Index;
        _text = text.Index;
    }

    public override SyntaxKind Kind => SyntaxKind.NoteQualifier;

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
