namespace ClaimLang.Syntax;

/// <summary>A top-level item of a file: a declaration or a claim.</summary>
internal abstract class MemberSyntax : SyntaxNode
{
    private protected MemberSyntax()
    {
    }
}
