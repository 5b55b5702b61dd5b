using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Formatting;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.Formatting;

/// <summary>
/// What formatting a valid file promises (docs/formatting.md), checked on one text: the changes
/// lead to the text and touch only whitespace; the result parses to the same tokens, each on its
/// line, with the same comments and as many lines; no line ends in whitespace, the file ends with
/// one line break; and formatting it again changes nothing. Throws with what broke.
/// </summary>
internal static class FormattingInvariants
{
    public static FormattingResult Check(string text)
    {
        SyntaxTree tree = Parse.Valid(text);
        FormattingResult result = ClaimFormatter.Format(tree);
        result.IsFormatted.ShouldBeTrue("a file without syntax errors is formatted");
        result.SyntaxErrors.ShouldBeEmpty();
        string formatted = result.Text;

        TextChange.Apply(text, result.Changes).ShouldBe(formatted, "the changes lead to the formatted text");
        result.IsChanged.ShouldBe(formatted != text, "IsChanged says whether the text changed");
        foreach (TextChange change in result.Changes)
        {
            string removed = text.Substring(change.Span.Start, change.Span.Length);
            IsLayout(removed).ShouldBeTrue($"the change at {change.Span} removes {TextEscaper.Quote(removed)}, which is not only whitespace");
            IsLayout(change.NewText).ShouldBeTrue($"the change at {change.Span} inserts {TextEscaper.Quote(change.NewText)}, which is not only whitespace");
            bool narrowed = removed.Length == 0 || change.NewText.Length == 0
                || (removed[0] != change.NewText[0] && removed[^1] != change.NewText[^1]);
            narrowed.ShouldBeTrue($"the change at {change.Span} is not narrowed to the characters that differ");
        }

        SyntaxTree reparsed = Parse.Valid(formatted);
        Tokens(reparsed).ShouldBe(Tokens(tree), "every token, kind, text and line, is kept");
        MemberLines(reparsed).ShouldBe(MemberLines(tree), "every member starts on its line");
        Comments(reparsed).ShouldBe(Comments(tree), "every comment is kept as written, but for whitespace at the ends of its lines");
        LinesHoldingText(formatted).ShouldBe(LinesHoldingText(text), "no line is added or removed");

        // A byte-order mark at the start is kept, even on a line of nothing else.
        foreach (string line in UnifyLineBreaks(formatted.StartsWith('\uFEFF') ? formatted[1..] : formatted).Split('\n'))
            line.ShouldBe(TrimLayout(line), $"the line {TextEscaper.Quote(line)} ends in whitespace");
        if (LineBreaks(text).FirstOrDefault() is { } style)
            LineBreaks(formatted).ShouldAllBe(lineBreak => lineBreak == style, "every line break takes the style of the file's first");
        if (tree.Root.Members.Length > 0 || Comments(tree).Count > 0)
            SourceText.From(formatted).LineCount.ShouldBe(LinesHoldingText(formatted) + 1, "the file ends with exactly one line break");
        else
            formatted.ShouldBe(text.StartsWith('\uFEFF') ? "\uFEFF" : "", "a file of nothing but whitespace becomes empty");

        ClaimFormatter.Format(reparsed).Changes.ShouldBeEmpty("formatting a formatted file changes nothing");
        return result;
    }

    private static readonly char[] Whitespace = [' ', '\t', '\f', '\v', '\u00A0', '\uFEFF'];

    private static bool IsLayout(string text) => text.All(c => Whitespace.Contains(c) || c is '\r' or '\n');

    private static string TrimLayout(string line) => line.TrimEnd(Whitespace);

    private static string UnifyLineBreaks(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static IEnumerable<string> LineBreaks(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, "\r\n|\r|\n").Select(m => m.Value);

    // The end-of-file token is left out: blank lines at the end of a file may go, and move it.
    private static List<string> Tokens(SyntaxTree tree) =>
        [.. tree.GetTokens().Where(t => t.Kind != SyntaxKind.EndOfFileToken).Select(t => $"{t.Kind} {TextEscaper.Quote(t.Text)} line {t.GetLocation().Start.Line + 1}")];

    private static List<int> MemberLines(SyntaxTree tree) =>
        [.. tree.Root.Members.Select(m => m.FirstToken.GetLocation().Start.Line)];

    private static List<string> Comments(SyntaxTree tree) =>
        [.. tree.GetTokens()
            .SelectMany(t => t.LeadingTrivia.Concat(t.TrailingTrivia))
            .Where(t => t.Kind is SyntaxKind.LineCommentTrivia or SyntaxKind.BlockCommentTrivia)
            .Select(t => string.Join("\n", UnifyLineBreaks(t.Text).Split('\n').Select(TrimLayout)))];

    // The lines up to the last one that holds anything: blank lines at the very end may go.
    private static int LinesHoldingText(string text) =>
        SourceText.From(text.TrimEnd([.. Whitespace, '\r', '\n'])).LineCount;
}
