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
    /// <param name="pastLimit">What files have past the diagnostics the compiler lists (<see cref="DiagnosticLimit"/>): counted, not listed.</param>
    public CheckReport(ImmutableArray<Diagnostic> diagnostics, IReadOnlyDictionary<SourceDocument, SourceText> sources, string currentDirectory,
        ImmutableArray<OmittedDiagnosticCount> pastLimit = default)
    {
        Paths = new DisplayPaths(currentDirectory);
        Diagnostics = diagnostics.Sort(DiagnosticOrder.Instance);
        Sources = sources;
        CurrentDirectory = currentDirectory;
        PastLimit = pastLimit.IsDefault ? [] : pastLimit;
        Counts = DiagnosticCounts.Of(Diagnostics).Plus(PastLimit);
    }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Per file and code, the diagnostics past the compiler's limit: in the counts, not in <see cref="Diagnostics"/>.</summary>
    public ImmutableArray<OmittedDiagnosticCount> PastLimit { get; }

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
    /// junk cannot flood a terminal or a CI log. JSON and SARIF list every one the compiler keeps.
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

    /// <summary>
    /// Per file, how many unsuppressed diagnostics <see cref="UnsuppressedDiagnostics"/> leaves out,
    /// those past the compiler's limit included (only files with some left out), in file order.
    /// </summary>
    public IEnumerable<(SourceDocument Document, int Count)> NotShown
    {
        get
        {
            var counts = new Dictionary<SourceDocument, int>();
            foreach (var file in Diagnostics.Where(d => !d.IsSuppressed).GroupBy(d => d.Location.Document).Where(g => g.Count() > MaxShownPerFile))
                counts[file.Key] = file.Count() - MaxShownPerFile;
            foreach (OmittedDiagnosticCount count in PastLimit.Where(c => !c.IsSuppressed))
                counts[count.Document] = counts.GetValueOrDefault(count.Document) + count.Count;
            return counts.OrderBy(c => c.Key.Path, StringComparer.Ordinal).Select(c => (c.Key, c.Value));
        }
    }
}
