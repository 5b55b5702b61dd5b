using ClaimLang.Compilation;
using ClaimLang.Core.Tests.TestSupport;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Core.Tests.Editing;

/// <summary>
/// A compiled project for editor tests. One file's text holds caret marks (<c>$$</c>, see
/// <see cref="MarkedSource"/>); <see cref="Model"/> and <see cref="Position"/> are that file's.
/// </summary>
internal sealed class NavigationProject
{
    private NavigationProject(ClaimCompilation compilation, SyntaxTree tree, IReadOnlyList<int> positions)
    {
        Compilation = compilation;
        Tree = tree;
        Positions = positions;
    }

    public ClaimCompilation Compilation { get; }

    /// <summary>The file with the caret marks.</summary>
    public SyntaxTree Tree { get; }

    public SemanticModel Model => Compilation.GetSemanticModel(Tree);

    public IReadOnlyList<int> Positions { get; }

    /// <summary>The one caret position.</summary>
    public int Position => Positions.Count == 1 ? Positions[0] : throw new InvalidOperationException($"Expected one caret mark, found {Positions.Count}.");

    /// <summary>Compiles the files; exactly one of them must hold caret marks (a file without marks is read as it is).</summary>
    public static NavigationProject Create(params (string Path, string Text)[] files)
    {
        var marked = files.Select(file => (file.Path, Source: MarkedSource.Parse(file.Text))).ToList();
        var withMarks = marked.Where(file => file.Source.Positions.Count > 0).ToList();
        if (withMarks.Count != 1) throw new ArgumentException($"Exactly one file should hold caret marks; {withMarks.Count} do.", nameof(files));
        var trees = marked.Select(file => SyntaxTree.ParseText(file.Source.Text, file.Path)).ToList();
        SyntaxTree tree = trees.Single(t => t.FilePath == withMarks[0].Path);
        return new NavigationProject(ClaimCompilation.Create(trees), tree, withMarks[0].Source.Positions);
    }

    /// <summary>A project of one file with caret marks.</summary>
    public static NavigationProject Of(string markedText, string path = "test.claim") => Create((path, markedText));

    public SyntaxTree TreeOf(string path) => Compilation.SyntaxTrees.Single(t => t.FilePath == path);

    /// <summary>The span of the <paramref name="occurrence"/>th (from 0) occurrence of <paramref name="text"/> in a file.</summary>
    public TextSpan SpanOf(string path, string text, int occurrence = 0)
    {
        string all = TreeOf(path).Text.Text;
        int at = -1;
        for (int i = 0; i <= occurrence; i++)
        {
            at = all.IndexOf(text, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{text}' does not occur {occurrence + 1} times in {path}.", nameof(text));
        }
        return new TextSpan(at, text.Length);
    }

    /// <summary>Where a span is, as <c>path(line,col) 'text'</c>, for assertions that read well when they fail.</summary>
    public string Describe(string path, TextSpan span)
    {
        SyntaxTree tree = TreeOf(path);
        return $"{path}({tree.Text.GetLinePosition(span.Start)}) '{tree.Text.ToString(span)}'";
    }

    /// <summary>The reference article as docs/language.md encodes it.</summary>
    public static string ReferenceArticle() => LanguageReference.ReferenceArticle();
}
