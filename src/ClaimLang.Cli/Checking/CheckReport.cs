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

    /// <summary>What is shown in the formats for people and build logs: everything not suppressed.</summary>
    public IEnumerable<Diagnostic> UnsuppressedDiagnostics => Diagnostics.Where(d => !d.IsSuppressed);
}
