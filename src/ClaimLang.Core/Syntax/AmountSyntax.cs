namespace ClaimLang.Syntax;

/// <summary>How much a claim says: a value, a range, a bound or an approximation.</summary>
internal abstract class AmountSyntax : SyntaxNode
{
    private protected AmountSyntax()
    {
    }
}
