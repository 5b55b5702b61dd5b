using System.Text;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.TestSupport;

/// <summary>
/// The full-fidelity contract of the syntax tree (DEVELOPERS.md, "Architecture"), checked on
/// one parsed file: every character belongs to exactly one token or trivia, in order; printing
/// gives the input back; nodes cover exactly their children; parents and children agree;
/// diagnostics point into the text. Throws with a description of the first broken rule.
/// </summary>
internal static class FullFidelity
{
    /// <summary>Parses <paramref name="text"/> (which must not throw) and checks the tree.</summary>
    public static SyntaxTree ParseAndCheck(string text, string filePath = "test.claim")
    {
        SyntaxTree tree;
        try
        {
            tree = SyntaxTree.ParseText(text, filePath);
        }
        catch (Exception exception)
        {
            throw new FidelityException($"ParseText threw {exception.GetType().Name}: {exception.Message}", exception);
        }
        Check(tree, text, filePath);
        return tree;
    }

    public static void Check(SyntaxTree tree, string text, string filePath)
    {
        Require(tree.Text.Text == text, "the tree's SourceText differs from the input");
        Require(tree.Root.ToFullString() == text, "Root.ToFullString() differs from the input");
        Require(tree.ToFullString() == text, "tree.ToFullString() differs from the input");
        var tokens = tree.GetTokens().ToList();
        CheckTokenSequence(tokens, text);
        CheckConcatenation(tokens, text);
        CheckNodes(tree.Root, text.Length);
        CheckParents(tree.Root, tokens);
        CheckDiagnostics(tree, text, filePath);
    }

    // Tokens and trivia, taken in order, tile [0, length) with no gap and no overlap.
    private static void CheckTokenSequence(List<SyntaxToken> tokens, string text)
    {
        Require(tokens.Count > 0, "GetTokens() is empty; it must end with the end-of-file token");
        Require(tokens[^1].Kind == SyntaxKind.EndOfFileToken, $"the last token is {tokens[^1].Kind}, not EndOfFileToken");
        int position = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            SyntaxToken token = tokens[i];
            string where = $"token #{i} {token.Kind} at {token.Span}";
            Require(token.Kind != SyntaxKind.EndOfFileToken || i == tokens.Count - 1, $"{where}: an end-of-file token before the end");
            Require(IsTokenKind(token.Kind), $"{where}: {token.Kind} is not a token kind");
            foreach (SyntaxTrivia trivia in token.LeadingTrivia) position = CheckTrivia(trivia, position, text, $"{where}, leading trivia");
            Require(token.Span.Start == position, $"{where}: starts at {token.Span.Start}, but the text before it ends at {position}");
            if (token.IsMissing || token.Kind == SyntaxKind.EndOfFileToken)
                Require(token.Span.Length == 0, $"{where}: a missing or end-of-file token must be empty");
            else
                Require(token.Span.Length > 0, $"{where}: a present token must not be empty");
            Require(token.Span.End <= text.Length, $"{where}: ends beyond the text ({text.Length})");
            Require(token.Text == text.Substring(token.Span.Start, token.Span.Length), $"{where}: Text differs from the input at its span");
            position = token.Span.End;
            foreach (SyntaxTrivia trivia in token.TrailingTrivia) position = CheckTrivia(trivia, position, text, $"{where}, trailing trivia");
            Require(token.FullSpan == TextSpan.FromBounds(
                token.LeadingTrivia.Count > 0 ? token.LeadingTrivia[0].Span.Start : token.Span.Start, position),
                $"{where}: FullSpan {token.FullSpan} is not its trivia and text");
        }
        Require(position == text.Length, $"tokens and trivia cover [0, {position}), not the whole text [0, {text.Length})");
    }

    private static int CheckTrivia(SyntaxTrivia trivia, int position, string text, string where)
    {
        Require(SyntaxFacts.IsTrivia(trivia.Kind), $"{where}: {trivia.Kind} is not a trivia kind");
        Require(trivia.Span.Start == position, $"{where}: {trivia.Kind} starts at {trivia.Span.Start}, expected {position}");
        Require(trivia.Span.Length > 0, $"{where}: {trivia.Kind} at {trivia.Span} is empty");
        Require(trivia.Span.End <= text.Length, $"{where}: {trivia.Kind} at {trivia.Span} ends beyond the text");
        Require(trivia.Text == text.Substring(trivia.Span.Start, trivia.Span.Length), $"{where}: trivia text differs from the input");
        return trivia.Span.End;
    }

    // Leading trivia + text + trailing trivia of every token, concatenated, is the input.
    private static void CheckConcatenation(List<SyntaxToken> tokens, string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (SyntaxToken token in tokens)
        {
            foreach (SyntaxTrivia trivia in token.LeadingTrivia) builder.Append(trivia.Text);
            builder.Append(token.Text);
            foreach (SyntaxTrivia trivia in token.TrailingTrivia) builder.Append(trivia.Text);
        }
        Require(builder.ToString() == text, "the tokens' trivia and text, concatenated, differ from the input");
    }

    // Each node's full span is the union of its children's, which follow each other without gaps.
    private static void CheckNodes(CompilationUnitSyntax root, int length)
    {
        Require(root.Parent is null, "the root has a parent");
        Require(root.FullSpan == new TextSpan(0, length), $"the root's FullSpan is {root.FullSpan}, not [0..{length})");
        var pending = new Stack<SyntaxNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            SyntaxNode node = pending.Pop();
            var children = node.ChildNodesAndTokens().ToList();
            string where = $"{node.Kind} at {node.FullSpan}";
            Require(children.Count > 0, $"{where}: has no children");
            Require(IsNodeKind(node.Kind), $"{where}: {node.Kind} is not a node kind");
            Require(FullSpanOf(children[0]).Start == node.FullSpan.Start, $"{where}: does not start where its first child does");
            Require(FullSpanOf(children[^1]).End == node.FullSpan.End, $"{where}: does not end where its last child does");
            for (int i = 1; i < children.Count; i++)
            {
                Require(FullSpanOf(children[i - 1]).End == FullSpanOf(children[i]).Start,
                    $"{where}: child #{i - 1} ends at {FullSpanOf(children[i - 1]).End}, child #{i} starts at {FullSpanOf(children[i]).Start}");
            }
            Require(node.FullSpan.Start <= node.Span.Start && node.Span.End <= node.FullSpan.End, $"{where}: Span {node.Span} lies outside FullSpan");
            var descendants = node.DescendantTokens().ToList();
            Require(node.FirstToken == descendants[0] && node.LastToken == descendants[^1],
                $"{where}: FirstToken and LastToken are not its first and last descendant tokens");
            foreach (SyntaxNodeOrToken child in children)
            {
                if (child.AsNode() is { } childNode)
                {
                    Require(ReferenceEquals(childNode.Parent, node), $"{where}: child {childNode.Kind} has another parent");
                    Require(ReferenceEquals(childNode.Tree, node.Tree), $"{where}: child {childNode.Kind} belongs to another tree");
                    pending.Push(childNode);
                }
                else
                {
                    SyntaxToken token = child.AsToken();
                    Require(ReferenceEquals(token.Parent, node), $"{where}: child token {token.Kind} at {token.Span} names another parent");
                }
            }
        }
    }

    // The tokens reachable from the root are exactly GetTokens(), so every token has a parent that lists it.
    private static void CheckParents(CompilationUnitSyntax root, List<SyntaxToken> tokens)
    {
        var reachable = root.DescendantTokens().ToList();
        Require(reachable.Count == tokens.Count, $"the tree holds {reachable.Count} tokens, GetTokens() {tokens.Count}");
        for (int i = 0; i < tokens.Count; i++)
        {
            Require(reachable[i] == tokens[i], $"token #{i}: the tree and GetTokens() disagree ({reachable[i].Kind} vs {tokens[i].Kind})");
            SyntaxNode? parent = tokens[i].Parent;
            Require(parent is not null, $"token #{i} {tokens[i].Kind} at {tokens[i].Span} has no parent");
            Require(parent!.ChildNodesAndTokens().Any(c => c.IsToken && c.AsToken() == tokens[i]),
                $"token #{i} {tokens[i].Kind}: its parent {parent.Kind} does not list it");
        }
    }

    private static void CheckDiagnostics(SyntaxTree tree, string text, string filePath)
    {
        Diagnostic? previous = null;
        foreach (Diagnostic diagnostic in tree.Diagnostics)
        {
            TextSpan span = diagnostic.Location.Span;
            string where = $"diagnostic {diagnostic.Id} at {span} ({diagnostic.Message})";
            Require(span.Start >= 0 && span.Length >= 0 && span.End <= text.Length, $"{where}: lies outside the text [0..{text.Length})");
            Require(diagnostic.Location.FilePath == filePath, $"{where}: names the file '{diagnostic.Location.FilePath}'");
            Require(diagnostic.Location.LineSpan == tree.Text.GetLinePositionSpan(span), $"{where}: line positions do not match its span");
            Require(diagnostic.Id is "CL0001" or "CL0002" or "CL0003" or "CL0004" or "CL0005", $"{where}: not a syntax code");
            Require(diagnostic.Severity == DiagnosticSeverity.Error, $"{where}: a syntax diagnostic must be an error");
            Require(!string.IsNullOrWhiteSpace(diagnostic.Message), $"{where}: empty message");
            Require(previous is null || DiagnosticOrder.Instance.Compare(previous, diagnostic) <= 0, $"{where}: diagnostics are out of order");
            previous = diagnostic;
        }
    }

    private static TextSpan FullSpanOf(SyntaxNodeOrToken child) => child.AsNode()?.FullSpan ?? child.AsToken().FullSpan;

    private static bool IsTokenKind(SyntaxKind kind) => kind is >= SyntaxKind.EndOfFileToken and <= SyntaxKind.TrillionKeyword;

    private static bool IsNodeKind(SyntaxKind kind) => kind >= SyntaxKind.CompilationUnit;

    private static void Require(bool condition, string message)
    {
        if (!condition) throw new FidelityException(message);
    }
}
