using ClaimLang.Diagnostics;
using ClaimLang.Syntax;

namespace ClaimLang.Binding;

/// <summary>The members of a file that contain a syntax error: checking them further would only repeat it.</summary>
internal static class SyntaxErrorMembers
{
    public static HashSet<MemberSyntax> Of(SyntaxTree tree)
    {
        var broken = new HashSet<MemberSyntax>(ReferenceEqualityComparer.Instance);
        if (tree.Diagnostics.IsEmpty) return broken;
        var members = tree.Root.Members;
        int m = 0;
        foreach (Diagnostic diagnostic in tree.Diagnostics) // sorted by position
        {
            int position = diagnostic.Location.Span.Start;
            while (m < members.Length && members[m].FullSpan.End <= position) m++;
            if (m < members.Length && members[m].FullSpan.Start <= position) broken.Add(members[m]);
        }
        return broken;
    }
}
