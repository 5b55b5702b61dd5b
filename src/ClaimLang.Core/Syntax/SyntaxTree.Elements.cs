namespace ClaimLang.Syntax;

// Position lookups over the token table, for editor features (see SyntaxElement).
public sealed partial class SyntaxTree
{
    /// <summary>
    /// The element that holds the character at <paramref name="position"/> (never a missing
    /// token, which holds none); at the end of the text, the end-of-file token.
    /// </summary>
    internal SyntaxElement ElementAt(int position)
    {
        if ((uint)position > (uint)Text.Length) throw new ArgumentOutOfRangeException(nameof(position));
        return new SyntaxElement(this, position == Text.Length ? Table.ElementOf(TokenCount - 1) : Table.ElementAt(position));
    }

    /// <summary>The element of a token.</summary>
    internal SyntaxElement ElementOf(SyntaxToken token) => new(this, Table.ElementOf(token.Index));
}
