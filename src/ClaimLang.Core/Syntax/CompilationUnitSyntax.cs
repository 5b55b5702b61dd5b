using System.Collections.Immutable;

namespace ClaimLang.Syntax;

/// <summary>A whole file: its declarations and claims in order, then the end-of-file token (which holds the trailing trivia).</summary>
internal sealed class CompilationUnitSyntax : SyntaxNode
{
    private readonly int _endOfFileToken;

    internal CompilationUnitSyntax(SyntaxTree tree, ImmutableArray<MemberSyntax> members, SyntaxToken endOfFileToken)
    {
        OwnTree = tree;
        Members = members;
        _endOfFileToken = endOfFileToken.Index;
        Adopt(Members);
    }

    // The root holds the tree; other nodes reach it through their parents.
    internal SyntaxTree OwnTree { get; }

    public override SyntaxKind Kind => SyntaxKind.CompilationUnit;

    internal override int FirstTokenIndex => Members.IsEmpty ? _endOfFileToken : Members[0].FirstTokenIndex;

    internal override int LastTokenIndex => _endOfFileToken;

    public ImmutableArray<MemberSyntax> Members { get; }

    public IEnumerable<DeclarationSyntax> Declarations => Members.OfType<DeclarationSyntax>();

    public IEnumerable<ClaimSyntax> Claims => Members.OfType<ClaimSyntax>();

    public SyntaxToken EndOfFileToken => Token(_endOfFileToken);

    public override IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens()
    {
        foreach (var member in Members) yield return member;
        yield return EndOfFileToken;
    }
}
