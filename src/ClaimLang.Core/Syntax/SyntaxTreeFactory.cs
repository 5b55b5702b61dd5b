using ClaimLang.Text;

namespace ClaimLang.Syntax;

/// <summary>Creates empty trees for the parser's stages to fill (used by the stage profile in bench/).</summary>
internal static class SyntaxTreeFactory
{
    public static SyntaxTree Empty(SourceText text, string filePath = "") => new(text, SourceDocument.Named(filePath));
}
