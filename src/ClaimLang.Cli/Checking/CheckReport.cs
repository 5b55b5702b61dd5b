using System.Collections.Immutable;
using ClaimLang.Cli.Output;
using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Cli.Checking;

/// <summary>
/// Everything a formatter needs about a finished check: the diagnostics in report order (suppressed
/// ones included; each format decides whether to show them), the text of every checked file by
/// document (for source excerpts), and how documents are named: relative to the current folder.
/// </summary>
internal sealed class CheckReport
{
    public CheckReport(ImmutableArray<Diagnostic> diagnostics, IReadOnlyDictionary<SourceDocument, SourceText> sources, string currentDirectory)
    {
        Paths = new DisplayPaths(currentDirectory);
        Diagnostics = diagnostics.Sort(DiagnosticOrder.Instance);
        Sources = sources;
        CurrentDirectory = currentDirectory;
        Counts = DiagnosticCounts.Of(Diagnostics);
    }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The text of every checked file, by document.</summary>
    public IReadOnlyDictionary<SourceDocument, SourceText> Sources { get; }

    /// <summary>How the report names documents: relative to <see cref="CurrentDirectory"/>.</summary>
    public DisplayPaths Paths { get; }

    /// <summary>How many files were checked, with or without diagnostics.</summary>
    public int FileCount => Sources.Count;

    public string CurrentDirectory { get; }

    public DiagnosticCounts Counts { get; }

    /// <summary>
    /// The most diagnostics of one file the formats for people and build logs show: a file of
    /// junk cannot flood a terminal or a CI log. JSON and SARIF list every one.
    /// </summary>
    public const int MaxShownPerFile = 100;

    /// <summary>What the formats for people and build logs show: everything not suppressed, at most <see cref="MaxShownPerFile"/> of one file.</summary>
    public IEnumerable<Diagnostic> UnsuppressedDiagnostics
    {
        get
        {
            SourceDocument? file = null;
            int shown = 0;
            foreach (Diagnostic diagnostic in Diagnostics)
            {
                if (diagnostic.IsSuppressed) continue;
                if (!Equals(diagnostic.Location.Document, file)) (file, shown) = (diagnostic.Location.Document, 0);
                if (++shown <= MaxShownPerFile) yield return diagnostic;
            }
        }
    }

    /// <summary>Per file, how many unsuppressed diagnostics <see cref="UnsuppressedDiagnostics"/> leaves out (only files with some left out).</summary>
    public IEnumerable<(SourceDocument Document, int Count)> Omitted =>
        Diagnostics.Where(d => !d.IsSuppressed).GroupBy(d => d.Location.Document)
            .Where(g => g.Count() > MaxShownPerFile).Select(g => (g.Key, g.Count() - MaxShownPerFile));
}
