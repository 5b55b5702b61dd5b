using Antlr4.Runtime;
using Antlr4.Runtime.Tree;
using static ClaimLang.Parsing.Generated.ClaimLangParser;

namespace ClaimLang.Parsing;

/// <summary>
/// Builds each member of the recovering parse as soon as the parser leaves it, and lets go of
/// its parse contexts then, as the first, bailing parse does. Kept to the end, a file with a
/// broken member on every line held a million contexts, each with the exception ANTLR threw for
/// its error: over a hundred bytes of memory per byte of input.
/// </summary>
internal sealed class MemberBuildingListener(TreeBuilder builder) : IParseTreeListener
{
    public void ExitEveryRule(ParserRuleContext context)
    {
        if (context is not MemberContext member) return;
        builder.Add(member);
        // The file's rule adds this member to its list once the member's rule returns: the list
        // then holds that one alone, the members before it being built already.
        if (member.Parent is CompilationUnitContext file) file._members.Clear();
    }

    public void EnterEveryRule(ParserRuleContext context)
    {
    }

    public void VisitTerminal(ITerminalNode node)
    {
    }

    public void VisitErrorNode(IErrorNode node)
    {
    }
}
