using System.Collections.Immutable;
using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Cli.Checking;

/// <summary>
/// Everything a formatter needs about a finished check: the diagnostics in report order (suppressed
/// ones included; each format decides whether to show them), the text of every checked file by
/// display path (for source excerpts), and the folder display paths are relative to.
/// </summary>
internal sealed class CheckReport
{
    public CheckReport(ImmutableArray<Diagnostic> diagnostics, IReadOnlyDictionary<string, SourceText> sources, string currentDirectory)
    {
        Diagnostics = diagnostics.Sort(DiagnosticOrder.Instance);
        Sources = sources;
        CurrentDirectory = currentDirectory;
        Counts = DiagnosticCounts.Of(Diagnostics);
    }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public IReadOnlyDictionary<string, SourceText> Sources { get; }

    /// <summary>How many files were checked, with or without diagnostics.</summary>
    public int FileCount => Sources.Count;

    public string CurrentDirectory { get; }

    public DiagnosticCounts Counts { get; }

    /// <summary>What is shown in the formats for people and build logs: everything not suppressed.</summary>
    public IEnumerable<Diagnostic> UnsuppressedDiagnostics => Diagnostics.Where(d => !d.IsSuppressed);
}
