using ClaimLang.Syntax;

namespace ClaimLang.Core.Tests.TestSupport;

/// <summary>Parsing helpers for tests: every parse is also checked for full fidelity.</summary>
internal static class Parse
{
    /// <summary>Parses text that may be broken; the tree must still be faithful to it.</summary>
    public static SyntaxTree Any(string text) => FullFidelity.ParseAndCheck(text);

    /// <summary>Parses text that must be valid: no diagnostic, no missing token, nothing skipped.</summary>
    public static SyntaxTree Valid(string text)
    {
        SyntaxTree tree = FullFidelity.ParseAndCheck(text);
        tree.Diagnostics.ShouldBeEmpty($"{TextEscaper.Quote(text)} should parse without diagnostics, but gave:\n{DiagnosticFormatter.FormatAll(tree.Diagnostics)}");
        tree.GetTokens().Where(t => t.IsMissing).Select(t => $"{t.Kind} at {t.Span}")
            .ShouldBeEmpty($"{TextEscaper.Quote(text)} should parse without missing tokens");
        tree.GetTokens().SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia))
            .Where(t => t.Kind is SyntaxKind.SkippedTokenTrivia or SyntaxKind.BadCharacterTrivia)
            .Select(t => $"{t.Kind} {TextEscaper.Quote(t.Text)}")
            .ShouldBeEmpty($"{TextEscaper.Quote(text)} should parse without skipped text");
        return tree;
    }

    /// <summary>Parses one valid claim.</summary>
    public static ClaimSyntax ValidClaim(string text)
    {
        var members = Valid(text).Root.Members;
        members.Length.ShouldBe(1, $"{TextEscaper.Quote(text)} should hold one member");
        return members[0].ShouldBeOfType<ClaimSyntax>();
    }

    /// <summary>Parses one valid declaration.</summary>
    public static DeclarationSyntax ValidDeclaration(string text)
    {
        var members = Valid(text).Root.Members;
        members.Length.ShouldBe(1, $"{TextEscaper.Quote(text)} should hold one member");
        return members[0].ShouldBeOfType<DeclarationSyntax>();
    }

    /// <summary>The diagnostics of a parse, formatted one per line as in the baselines.</summary>
    public static string[] Diagnostics(string text) =>
        [.. Any(text).Diagnostics.Select(DiagnosticFormatter.Format)];
}
