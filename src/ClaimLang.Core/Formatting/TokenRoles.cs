using ClaimLang.Syntax;

namespace ClaimLang.Formatting;

/// <summary>The layout role of every token of a tree, by token index, read from the members and their attribute blocks.</summary>
internal static class TokenRoles
{
    public static LayoutRole[] Of(SyntaxTree tree)
    {
        // Most tokens continue their member: that is the array's default value.
        var roles = new LayoutRole[tree.TokenCount];
        foreach (MemberSyntax member in tree.Root.Members)
        {
            roles[member.FirstTokenIndex] = LayoutRole.MemberStart;
            if (member is DeclarationSyntax { AttributeBlock: { } block }) MarkBlock(roles, block);
        }
        return roles;
    }

    private static void MarkBlock(LayoutRole[] roles, AttributeBlockSyntax block)
    {
        int open = block.FirstTokenIndex, close = block.LastTokenIndex;
        roles[open] = roles[close] = LayoutRole.Brace;
        for (int i = open + 1; i < close; i++) roles[i] = LayoutRole.AttributeContinuation;
        foreach (AttributeSyntax attribute in block.Attributes) roles[attribute.FirstTokenIndex] = LayoutRole.AttributeStart;
    }
}
