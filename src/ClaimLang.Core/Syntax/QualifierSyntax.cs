namespace ClaimLang.Syntax;

/// <summary>A qualifier after a claim's period: <c>as of</c>, <c>note</c>, <c>cite</c> or <c>status</c>.</summary>
internal abstract class QualifierSyntax : SyntaxNode
{
    private protected QualifierSyntax()
    {
    }

    /// <summary>The qualifier's first keyword.</summary>
    public abstract SyntaxToken Keyword { get; }
}
