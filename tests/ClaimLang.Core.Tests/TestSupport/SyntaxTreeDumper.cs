using System.Text;
using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.TestSupport;

/// <summary>
/// An indented listing of a tree for baselines: each node with its kind and span, each token
/// with its kind, span and escaped text (or <c>&lt;missing&gt;</c>), each trivia under its token.
/// Spans are <c>[start..end)</c> in UTF-16 code units, as <c>TextSpan</c> counts them.
/// </summary>
internal static class SyntaxTreeDumper
{
    public static string Dump(SyntaxTree tree)
    {
        var builder = new StringBuilder();
        Write(builder, tree.Root, 0);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, SyntaxNode node, int depth)
    {
        Line(builder, depth, $"{node.Kind} {node.Span}");
        foreach (SyntaxNodeOrToken child in node.ChildNodesAndTokens())
        {
            if (child.AsNode() is { } childNode) Write(builder, childNode, depth + 1);
            else Write(builder, child.AsToken(), depth + 1);
        }
    }

    private static void Write(StringBuilder builder, SyntaxToken token, int depth)
    {
        foreach (SyntaxTrivia trivia in token.LeadingTrivia) Line(builder, depth + 1, Describe("leading", trivia));
        string text = token.IsMissing ? "<missing>" : TextEscaper.Quote(token.Text);
        Line(builder, depth, $"{token.Kind} {token.Span} {text}");
        foreach (SyntaxTrivia trivia in token.TrailingTrivia) Line(builder, depth + 1, Describe("trailing", trivia));
    }

    private static string Describe(string side, SyntaxTrivia trivia) =>
        $"{side} {trivia.Kind} {trivia.Span} {TextEscaper.Quote(trivia.Text)}";

    private static void Line(StringBuilder builder, int depth, string text) =>
        builder.Append(' ', depth * 2).Append(text).Append('\n');
}
