using System.Collections.Immutable;
using ClaimLang.Binding;
using ClaimLang.Diagnostics;
using ClaimLang.Formatting;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Editing;

/// <summary>
/// "Suppress CL4001 on this claim": <c>// claimlang-ignore CL4001 reason</c> on a line of its own
/// directly before the claim, indented as the claim is, for the analyst to replace <c>reason</c>
/// with theirs. A suppression comment covers a code of any diagnostic that starts within the
/// declaration or claim after it (<see cref="Suppressions"/>); a consistency finding is reported on
/// one claim of its set, and the comment goes on that claim. Syntax errors (CL0xxx) are not offered:
/// they are mistakes to correct, not findings to acknowledge.
/// </summary>
internal static class CodeFixesSuppression
{
    /// <summary>The word the analyst replaces with their reason.</summary>
    public const string ReasonPlaceholder = "reason";

    public static CodeFix? For(SyntaxTree tree, Diagnostic diagnostic)
    {
        if (diagnostic.IsSuppressed || !IsSuppressible(diagnostic.Id)) return null;
        if (MemberAt(tree.Root.Members, diagnostic.Location.Span.Start) is not { } member) return null;

        // A member may already have suppression comments for other codes. The comment's reason
        // belongs to every code it lists, so this code gets a line of its own, nearest the member,
        // rather than joining another code's list and taking its reason; several lines may stand
        // one above the other.
        string comment = $"// claimlang-ignore {diagnostic.Id} {ReasonPlaceholder}";
        string lineBreak = LayoutText.LineBreakStyleOf(tree.Text.Text);
        int start = member.FirstToken.Span.Start;
        int lineStart = tree.Text.GetLineStart(tree.Text.GetLineIndex(start));
        ReadOnlySpan<char> indentation = tree.Text.AsSpan(TextSpan.FromBounds(lineStart, start));
        TextChange change = IsWhitespace(indentation)
            ? new TextChange(new TextSpan(lineStart, 0), $"{indentation}{comment}{lineBreak}")
            // Something else begins the member's line (a comment, another member): the comment takes a line between.
            : new TextChange(new TextSpan(start, 0), $"{lineBreak}{comment}{lineBreak}");
        string what = member is ClaimSyntax ? "claim" : "declaration";
        return new CodeFix($"Suppress {diagnostic.Id} on this {what}", [new FileTextChange(tree.FilePath, change)], IsPreferred: false, diagnostic.Id);
    }

    private static bool IsSuppressible(string id) => !id.StartsWith("CL0", StringComparison.Ordinal) && !id.StartsWith("CL9", StringComparison.Ordinal);

    // The member a diagnostic stands in, as Suppressions decides it: the one whose span holds the diagnostic's start.
    private static MemberSyntax? MemberAt(ImmutableArray<MemberSyntax> members, int position)
    {
        int index = NavigationNames.LastMemberStartingAtOrBefore(members, position);
        return index >= 0 && position <= members[index].Span.End ? members[index] : null;
    }

    private static bool IsWhitespace(ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            if (!LayoutText.IsWhitespace(c)) return false;
        }
        return true;
    }
}
