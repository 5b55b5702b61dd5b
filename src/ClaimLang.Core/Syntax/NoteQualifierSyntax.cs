namespace ClaimLang.Syntax;

/// <summary><c>note "..."</c></summary>
public sealed class NoteQualifierSyntax : QualifierSyntax
{
    internal NoteQualifierSyntax(SyntaxTree tree, SyntaxToken keyword, SyntaxToken text) : base(tree)
    {
        Keyword = keyword;
        Text = text;
    }

    public override SyntaxKind Kind => SyntaxKind.NoteQualifier;

    public override SyntaxToken Keyword { get; }

    /// <summary>The quoted string.</summary>
    public SyntaxToken Text { get; }

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        yield return Keyword;
        yield return Text;
    }
}
