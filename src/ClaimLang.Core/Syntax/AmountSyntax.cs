namespace ClaimLang.Syntax;

/// <summary>How much a claim says: a value, a range, a bound or an approximation.</summary>
public abstract class AmountSyntax : SyntaxNode
{
    private protected AmountSyntax()
    {
    }
}
