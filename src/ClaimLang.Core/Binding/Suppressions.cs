using System.Collections.Immutable;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;

namespace ClaimLang.Binding;

/// <summary>
/// The <c>claimlang-ignore</c> comments of a project, and what they cover. A diagnostic is
/// covered when its code is named before the member it stands in; a finding that involves
/// several claims (consistency) is covered when any of them carries the comment, so an analyst
/// acknowledges a known disagreement once.
/// </summary>
internal sealed class Suppressions
{
    private readonly Dictionary<string, List<(TextSpanRange Span, SuppressionComment Comment)>> _byFile;

    private Suppressions(Dictionary<string, List<(TextSpanRange Span, SuppressionComment Comment)>> byFile) => _byFile = byFile;

    /// <summary>Whether the project has any suppression comment at all (most have none: nothing to look up).</summary>
    public bool IsEmpty => _byFile.Count == 0;

    public static Suppressions Of(IReadOnlyList<SyntaxTree> trees)
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
        return new Suppressions(byFile);
    }

    /// <summary>Marks the diagnostics the comments cover, in place.</summary>
    public List<Diagnostic> Apply(List<Diagnostic> diagnostics)
    {
        if (IsEmpty) return diagnostics;
        for (int i = 0; i < diagnostics.Count; i++)
        {
            Diagnostic diagnostic = diagnostics[i];
            SuppressionComment? comment = Covering(diagnostic.Location.FilePath, diagnostic.Location.Span.Start, diagnostic.RelatedLocations, diagnostic.Id);
            if (comment is not null) diagnostics[i] = diagnostic.WithSuppression(comment.Reason);
        }
        return diagnostics;
    }

    /// <summary>The comment that suppresses <paramref name="code"/> at <paramref name="location"/>, or null.</summary>
    public SuppressionComment? Covering(Location location, string code) => Covering(location.FilePath, location.Span.Start, code);

    /// <summary>
    /// The comment that suppresses a diagnostic of <paramref name="code"/> starting at <paramref name="start"/>
    /// of a file: one before its own member, or else one before the member of any of its related locations.
    /// </summary>
    public SuppressionComment? Covering(string filePath, int start, ImmutableArray<RelatedLocation> related, string code) =>
        Covering(filePath, start, code) ?? related.Select(r => Covering(r.Location, code)).FirstOrDefault(c => c is not null);

    /// <summary>The comment that suppresses <paramref name="code"/> at <paramref name="start"/> of a file, or null.</summary>
    public SuppressionComment? Covering(string filePath, int start, string code)
    {
        if (!_byFile.TryGetValue(filePath, out var list)) return null;
        foreach (var (span, comment) in list)
        {
            if (start >= span.Start && start <= span.End && comment.Codes.Contains(code, StringComparer.OrdinalIgnoreCase))
                return comment;
        }
        return null;
    }

    private readonly record struct TextSpanRange(int Start, int End);
}
