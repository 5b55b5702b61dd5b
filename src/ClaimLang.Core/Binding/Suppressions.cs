using ClaimLang.Diagnostics;
using ClaimLang.Syntax;

namespace ClaimLang.Binding;

/// <summary>
/// Marks the diagnostics that suppression comments cover. A diagnostic is covered when its
/// code is named before the member it stands in; a finding that involves several claims
/// (consistency) is covered when any of them carries the comment, so an analyst
/// acknowledges a known disagreement once.
/// </summary>
public static class Suppressions
{
    public static List<Diagnostic> Apply(IReadOnlyList<SyntaxTree> trees, List<Diagnostic> diagnostics)
    {
        var byFile = new Dictionary<string, List<(TextSpanRange Span, SuppressionComment Comment)>>(StringComparer.Ordinal);
        foreach (SyntaxTree tree in trees)
        {
            foreach (MemberSyntax member in tree.Root.Members)
            {
                if (!member.FirstToken.LeadingTrivia.Any(t => t.Kind == SyntaxKind.LineCommentTrivia)) continue;
                foreach (SuppressionComment comment in SuppressionComment.Before(member))
                {
                    if (!byFile.TryGetValue(tree.FilePath, out var list)) byFile[tree.FilePath] = list = [];
                    list.Add((new TextSpanRange(member.Span.Start, member.Span.End), comment));
                }
            }
        }
        if (byFile.Count == 0) return diagnostics;

        for (int i = 0; i < diagnostics.Count; i++)
        {
            Diagnostic diagnostic = diagnostics[i];
            SuppressionComment? comment = Covering(byFile, diagnostic.Location, diagnostic.Id)
                ?? diagnostic.RelatedLocations.Select(r => Covering(byFile, r.Location, diagnostic.Id)).FirstOrDefault(c => c is not null);
            if (comment is not null) diagnostics[i] = diagnostic.WithSuppression(comment.Reason);
        }
        return diagnostics;
    }

    private static SuppressionComment? Covering(Dictionary<string, List<(TextSpanRange Span, SuppressionComment Comment)>> byFile,
        Location location, string code)
    {
        if (!byFile.TryGetValue(location.FilePath, out var list)) return null;
        foreach (var (span, comment) in list)
        {
            if (location.Span.Start >= span.Start && location.Span.Start <= span.End && comment.Codes.Contains(code, StringComparer.OrdinalIgnoreCase))
                return comment;
        }
        return null;
    }

    private readonly record struct TextSpanRange(int Start, int End);
}
