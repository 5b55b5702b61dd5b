using System.Collections.Immutable;
using System.Text;
using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Syntax;

/// <summary>
/// A node of the syntax tree. Immutable: a node's parent is set once, when the parent is built,
/// before the tree is handed out. Children are listed in source order by <see cref="ChildNodesAndTokens"/>;
/// optional children that are absent are simply not listed.
/// </summary>
internal abstract class SyntaxNode
{
    private protected SyntaxNode()
    {
    }

    // A node keeps its parent (set by the parent's constructor, since children are built first)
    // rather than its tree: one reference instead of two, in millions of nodes. The tree is the root's.
    private SyntaxNode? _parent;

    public SyntaxTree Tree
    {
        get
        {
            SyntaxNode node = this;
            while (node._parent is { } parent) node = parent;
            return node is CompilationUnitSyntax root ? root.OwnTree : throw new InvalidOperationException("The node is not yet part of a tree.");
        }
    }

    // Nodes keep token indices (4 bytes) rather than token handles (16 to 24 bytes): a large
    // project holds millions of nodes. These make the handles on demand.
    private protected SyntaxToken Token(int index) => new(Tree, index);

    private protected SyntaxToken? OptionalToken(int index) => index < 0 ? null : new SyntaxToken(Tree, index);

    /// <summary>The enclosing node; null for the root.</summary>
    public SyntaxNode? Parent => _parent;

    private protected void Adopt(SyntaxNode? child)
    {
        if (child is not null) child._parent = this;
    }

    private protected void Adopt<TNode>(ImmutableArray<TNode> children) where TNode : SyntaxNode
    {
        foreach (TNode child in children) child._parent = this;
    }

    public abstract SyntaxKind Kind { get; }

    public abstract IEnumerable<SyntaxNodeOrToken> ChildNodesAndTokens();

    public IEnumerable<SyntaxNode> ChildNodes() =>
        ChildNodesAndTokens().Where(c => c.IsNode).Select(c => c.AsNode()!);

    public IEnumerable<SyntaxNode> Ancestors()
    {
        for (var node = Parent; node is not null; node = node.Parent) yield return node;
    }

    public IEnumerable<SyntaxNode> DescendantNodes()
    {
        foreach (var child in ChildNodes())
        {
            yield return child;
            foreach (var descendant in child.DescendantNodes()) yield return descendant;
        }
    }

    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        foreach (var child in ChildNodesAndTokens())
        {
            if (child.IsToken) yield return child.AsToken();
            else foreach (var token in child.AsNode()!.DescendantTokens()) yield return token;
        }
    }

    // A node's tokens are a contiguous run of the token table (missing ones included), and no
    // node is empty; so the ends of a node are found from its slots, without walking its tokens.
    // The same fact lets a node keep one index and find the tokens after it by counting: the
    // builder takes every slot's token, present or missing, in source order, and an optional
    // token is either there or takes no index at all.
    internal abstract int FirstTokenIndex { get; }

    internal abstract int LastTokenIndex { get; }

    public SyntaxToken FirstToken => Token(FirstTokenIndex);

    public SyntaxToken LastToken => Token(LastTokenIndex);

    /// <summary>The span of the node's text, without the leading trivia of its first token and the trailing trivia of its last.</summary>
    public TextSpan Span => TextSpan.FromBounds(FirstToken.Span.Start, LastToken.Span.End);

    public TextSpan FullSpan => TextSpan.FromBounds(FirstToken.FullSpan.Start, LastToken.FullSpan.End);

    public Location GetLocation() => Tree.GetLocation(Span);

    /// <summary>The node's text with all its trivia, written token by token.</summary>
    public string ToFullString()
    {
        var writer = new StringWriter(new StringBuilder(FullSpan.Length));
        WriteTo(writer);
        return writer.ToString();
    }

    public void WriteTo(TextWriter writer)
    {
        for (int index = FirstTokenIndex; index <= LastTokenIndex; index++) Token(index).WriteTo(writer);
    }

    /// <summary>The node's text without the outer trivia.</summary>
    public override string ToString() => Tree.Text.ToString(Span);

    /// <summary>Sets the parent of this node's tokens.</summary>
    internal void AdoptTokens()
    {
        foreach (var child in ChildNodesAndTokens())
            if (child.IsToken) Tree.SetTokenParent(child.AsToken().Index, this);
    }
}
