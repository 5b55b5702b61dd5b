using ClaimLang.Syntax;

namespace ClaimLang.Binding;

/// <summary>
/// <c>// claimlang-ignore CL4001 reason text</c> on the line directly before a declaration or
/// claim (docs/language.md, "Diagnostics"): that member's diagnostics of the code stay in the dataset,
/// marked suppressed, and fail no run. Several such lines may stand one above the other; a
/// blank line ends the run. <c>CL4001,CL4002</c> names several codes at once.
/// </summary>
internal sealed record SuppressionComment(IReadOnlyList<string> Codes, string Reason)
{
    private const string Marker = "claimlang-ignore";

    /// <summary>The suppression comments directly before a member, nearest last.</summary>
    public static IReadOnlyList<SuppressionComment> Before(MemberSyntax member)
    {
        SyntaxTriviaList trivia = member.FirstToken.LeadingTrivia;
        var found = new List<SuppressionComment>();
        int i = trivia.Count - 1;
        while (i >= 0 && trivia[i].Kind == SyntaxKind.WhitespaceTrivia) i--;      // indentation of the member
        while (i >= 1 && trivia[i].Kind == SyntaxKind.EndOfLineTrivia)
        {
            int j = i - 1;
            while (j >= 0 && trivia[j].Kind == SyntaxKind.WhitespaceTrivia) j--;
            if (j < 0 || trivia[j].Kind != SyntaxKind.LineCommentTrivia || Parse(trivia[j].Text) is not { } comment) break;
            found.Insert(0, comment);
            i = j - 1;
            while (i >= 0 && trivia[i].Kind == SyntaxKind.WhitespaceTrivia) i--;  // indentation of the comment
        }
        return found;
    }

    /// <summary>Reads one line comment; null when it is not a suppression.</summary>
    public static SuppressionComment? Parse(string lineComment)
    {
        ReadOnlySpan<char> text = lineComment.AsSpan(2).Trim();
        if (!text.StartsWith(Marker, StringComparison.Ordinal)) return null;
        text = text[Marker.Length..];
        if (text.Length > 0 && !char.IsWhiteSpace(text[0])) return null;
        text = text.TrimStart();
        int end = text.IndexOfAny(' ', '\t');
        string codes = (end < 0 ? text : text[..end]).ToString();
        string reason = end < 0 ? "" : text[end..].Trim().ToString();
        string[] list = codes.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return list.Length == 0 ? null : new SuppressionComment(list, reason);
    }
}
