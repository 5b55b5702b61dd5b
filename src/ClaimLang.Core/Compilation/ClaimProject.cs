using System.Collections.Immutable;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;

namespace ClaimLang.Compilation;

/// <summary>
/// A project as every host sees it: its layout (root, configuration, files) and the compilation
/// of its files' trees. Immutable: an editor's change gives a new project whose compilation
/// reuses every other file.
/// </summary>
public sealed class ClaimProject
{
    public ClaimProject(ProjectLayout layout, ClaimCompilation compilation, ImmutableArray<ProjectReadFailure> readFailures = default)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(compilation);
        Layout = layout;
        Compilation = compilation;
        ReadFailures = readFailures.IsDefault ? [] : readFailures;
    }

    /// <summary>
    /// The root, configuration and files as they were located. An editor's compilation may since
    /// hold files created or deleted on disk, and buffers, that the layout's list does not.
    /// </summary>
    public ProjectLayout Layout { get; }

    public ClaimCompilation Compilation { get; }

    /// <summary>The files that could not be read, left out of the compilation.</summary>
    public ImmutableArray<ProjectReadFailure> ReadFailures { get; }

    public ImmutableArray<SyntaxTree> SyntaxTrees => Compilation.SyntaxTrees;

    /// <summary>What each file has past the limit of listed diagnostics (<see cref="ClaimCompilation.GetOmittedDiagnostics"/>).</summary>
    public ImmutableArray<OmittedDiagnosticCount> GetOmittedDiagnostics() => Compilation.GetOmittedDiagnostics();

    /// <summary>
    /// Every diagnostic of the project at its configured severity: the configuration file's own
    /// problems and the paths skipped first, then the compilation's (suppressed ones kept and marked).
    /// </summary>
    /// <exception cref="OperationCanceledException">The token was cancelled first.</exception>
    public ImmutableArray<Diagnostic> GetDiagnostics(CancellationToken cancellationToken = default) =>
        [.. Layout.ConfigurationDiagnostics, .. Layout.SkippedPaths, .. Compilation.GetDiagnostics(cancellationToken)];
}
