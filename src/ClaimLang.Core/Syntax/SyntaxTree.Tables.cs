using System.Collections.Immutable;
using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Syntax;

// The storage behind the handles: one token table per file (tokens and trivia), filled by the
// parser, then never changed.
public sealed partial class SyntaxTree
{
    private CompilationUnitSyntax? _root;
    private TokenTable _table = TokenTable.Empty;
    private SyntaxNode?[] _tokenParents = [];

    internal SyntaxTree(SourceText text, SourceDocument document)
    {
        Text = text;
        Document = document;
        Diagnostics = [];
    }

    internal TokenTable Table => _table;

    internal int TokenCount => _table.TokenCount;

    /// <summary>Every token of the file, missing ones included, in order; the last is the end-of-file token.</summary>
    internal IEnumerable<SyntaxToken> GetTokens()
    {
        for (int i = 0; i < TokenCount; i++) yield return new SyntaxToken(this, i);
    }

    internal SyntaxToken GetToken(int index) => new(this, index);

    private readonly object _parentsLock = new();
    private volatile bool _parentsLinked;

    internal SyntaxNode? GetTokenParent(int index)
    {
        EnsureParents();
        return _tokenParents[index];
    }

    /// <summary>Links every token to the node that holds it, once, the first time anyone asks: checking a project never needs it.</summary>
    internal void EnsureParents()
    {
        if (_parentsLinked) return;
        lock (_parentsLock)
        {
            if (_parentsLinked || _root is null) return;
            _tokenParents = new SyntaxNode?[TokenCount];
            Link(_root);
            _parentsLinked = true;
        }
    }

    private static void Link(SyntaxNode node)
    {
        node.AdoptTokens();
        foreach (var child in node.ChildNodesAndTokens())
            if (child.AsNode() is { } childNode) Link(childNode);
    }

    internal void SetTokenParent(int index, SyntaxNode parent) => _tokenParents[index] = parent;

    internal void SetTable(TokenTable table) => _table = table;

    internal void Complete(CompilationUnitSyntax root, ImmutableArray<Diagnostic> diagnostics, ImmutableArray<OmittedDiagnostic> omitted)
    {
        _root = root;
        Diagnostics = diagnostics;
        OmittedDiagnostics = omitted;
    }
}
