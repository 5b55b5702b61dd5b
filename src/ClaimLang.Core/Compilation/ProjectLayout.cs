using System.Collections.Immutable;
using ClaimLang.Configuration;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;
using ClaimLang.Text;

namespace ClaimLang.Compilation;

/// <summary>
/// What a project is before its files are read: its root folder, its <c>claimlang.json</c> (and
/// that file's problems), the options that file sets, and the <c>.claim</c> files it takes. Every
/// host starts here (<c>claimc check</c>, <c>build</c>, <c>fmt</c>, <c>diff</c> and the language
/// server), so a project means the same files, paths and settings to all of them. Immutable.
/// </summary>
public sealed class ProjectLayout
{
    private readonly SourceFileFilter? _filter;

    // The checked paths, full: a file is in the project when a walk of one of them takes it.
    private readonly ImmutableArray<string> _searched;

    private ProjectLayout(string rootDirectory, ConfigurationLoadResult? configurationFile, SourceFileDiscovery discovery,
        ImmutableArray<string> searched)
    {
        RootDirectory = rootDirectory;
        _searched = searched;
        ConfigurationFile = configurationFile;
        Configuration = configurationFile is { IsValid: true } ? configurationFile.Configuration : null;
        _filter = Configuration is null ? null : new SourceFileFilter(Configuration);
        Options = Configuration is null ? CompilationOptions.Default : CompilationOptions.From(Configuration);
        Discovery = discovery;
        var documents = ImmutableArray.CreateBuilder<SourceDocument>();
        var skipped = ImmutableArray.CreateBuilder<Diagnostic>();
        foreach (string file in discovery.Files)
        {
            SourceDocument document = DocumentFor(discovery.GetFullPath(file));
            if (ProjectFileCheck.WhyNotRead(document.FullPath!, rootDirectory) is { } why)
                skipped.Add(Diagnostic.Create(DiagnosticDescriptors.PathSkipped, new Location(document, default, default), document.Path, why));
            else
                documents.Add(document);
        }
        Documents = [.. documents.OrderBy(d => d.Path, StringComparer.Ordinal)];
        SkippedPaths = Options.Severities.Apply(skipped);
    }

    /// <summary>
    /// CL9002 for each selected path that is not read: a link out of the root, a FIFO, socket
    /// or device, a file over the size limit (<see cref="ProjectFileCheck"/>); never its content.
    /// </summary>
    public ImmutableArray<Diagnostic> SkippedPaths { get; }

    /// <summary>No project: no folder, no configuration, no files (an editor with only loose buffers open).</summary>
    public static ProjectLayout None { get; } = new(string.Empty, null, SourceFileDiscovery.Empty, []);

    /// <summary>
    /// The project root: the folder of <c>claimlang.json</c>, or without one the deepest folder
    /// that holds every checked path. Documents' paths, and so the dataset's file column and
    /// unlabelled claim ids, are relative to it.
    /// </summary>
    public string RootDirectory { get; }

    /// <summary>The configuration file as read, valid or not; null when the project has none.</summary>
    public ConfigurationLoadResult? ConfigurationFile { get; }

    /// <summary>The configuration in force: the file's when it is valid, else null (every setting at its default).</summary>
    internal ClaimLangConfiguration? Configuration { get; }

    /// <summary>Whether a <c>claimlang.json</c> exists but is invalid (its CL9001 diagnostics are in <see cref="ConfigurationDiagnostics"/>).</summary>
    public bool HasInvalidConfiguration => ConfigurationFile is { IsValid: false };

    public ImmutableArray<Diagnostic> ConfigurationDiagnostics => ConfigurationFile?.Diagnostics ?? [];

    /// <summary>How the project's files are compiled and reported (the configuration's settings and severities).</summary>
    public CompilationOptions Options { get; }

    /// <summary>The files the checked paths and the configuration select, ordered by their path in the project.</summary>
    public ImmutableArray<SourceDocument> Documents { get; }

    /// <summary>The paths that were looked at, and what they held: missing paths, files the configuration left out.</summary>
    public SourceFileDiscovery Discovery { get; }

    /// <summary>
    /// Finds the configuration and the files for <paramref name="paths"/> (files or folders;
    /// relative ones against <paramref name="currentDirectory"/>; none means the current folder).
    /// An invalid configuration is kept with its problems, and the files are then found as
    /// without one, so an editor can go on checking while it is fixed; a command stops on it.
    /// </summary>
    /// <exception cref="IOException">The configuration file or a folder cannot be read, or the configuration is not a regular file under its folder.</exception>
    /// <exception cref="UnauthorizedAccessException">The configuration file or a folder cannot be read.</exception>
    public static ProjectLayout Locate(IReadOnlyList<string> paths, string currentDirectory)
    {
        ArgumentNullException.ThrowIfNull(paths);
        string current = Path.GetFullPath(currentDirectory);
        IReadOnlyList<string> checkedPaths = paths.Count == 0 ? ["."] : paths;
        string? configurationPath = ConfigurationLocator.FindNearest(checkedPaths, current);
        // The configuration is read under the same rule as claim files: never through a link out
        // of its folder, never from a FIFO or device, never when it is huge.
        if (configurationPath is not null && ProjectFileCheck.WhyNotRead(configurationPath, Path.GetDirectoryName(configurationPath)!) is { } why)
        {
            throw new IOException($"'{SourceFileDiscovery.ToDisplayPath(configurationPath, current)}' was not read: {why}");
        }
        ConfigurationLoadResult? configuration = configurationPath is null
            ? null
            : ConfigurationLoader.Load(configurationPath, SourceFileDiscovery.ToDisplayPath(configurationPath, current));
        string root = configurationPath is not null
            ? Path.GetDirectoryName(configurationPath)!
            : ConfigurationLocator.SearchStart(checkedPaths, current) ?? current;
        SourceFileDiscovery discovery = SourceFileDiscovery.Discover(checkedPaths, current,
            configuration is { IsValid: true } ? configuration.Configuration : null);
        return new ProjectLayout(root, configuration, discovery, [.. checkedPaths.Select(p => Path.GetFullPath(p, current))]);
    }

    /// <summary>
    /// The document a file on disk is in this project: its path relative to the root with
    /// <c>/</c>, or, outside the root, its full path (still with <c>/</c>).
    /// </summary>
    public SourceDocument DocumentFor(string fullPath)
    {
        if (RootDirectory.Length == 0) return new SourceDocument(fullPath.Replace(Path.DirectorySeparatorChar, '/'), fullPath);
        string path = (FolderPaths.RelativeInside(RootDirectory, fullPath) ?? fullPath).Replace(Path.DirectorySeparatorChar, '/').Replace(Path.AltDirectorySeparatorChar, '/');
        return new SourceDocument(path, fullPath);
    }

    /// <summary>
    /// Whether the paths this layout was located for would take the file at <paramref name="fullPath"/>:
    /// it is one of them, or a walk of one of them reaches it (under it, outside the folders a
    /// walk skips) and the configuration's globs (or, without a configuration, the <c>.claim</c>
    /// extension) select it. An editor asks this of each file it hears about.
    /// </summary>
    public bool Includes(string fullPath)
    {
        if (!Path.IsPathFullyQualified(fullPath)) return false;
        bool selected = (_searched.Contains(fullPath, StringComparer.Ordinal) && File.Exists(fullPath))
            || (_searched.Any(folder => SourceFileDiscovery.IsReachableFrom(folder, fullPath))
                && (_filter?.IsIncluded(fullPath) ?? fullPath.EndsWith(SourceFileDiscovery.FileExtension, StringComparison.OrdinalIgnoreCase)));
        return selected && ProjectFileCheck.WhyNotRead(fullPath, RootDirectory) is null;
    }

    /// <summary>
    /// Why the checked paths select no file, in words for a person, naming what was found and
    /// what left it out; null when they select some.
    /// </summary>
    public string? WhyNoFiles()
    {
        if (!Documents.IsEmpty) return null;
        if (!SkippedPaths.IsEmpty)
        {
            return $"every .claim file under the given paths was skipped: {SkippedPaths[0].Message}";
        }
        if (Discovery.LeftOut.IsEmpty || _filter is null)
        {
            return "no .claim file was found under the given paths";
        }
        string first = Discovery.LeftOut[0];
        string display = SourceFileDiscovery.ToDisplayPath(first, Discovery.CurrentDirectory);
        string others = Discovery.LeftOut.Length == 1 ? "" : $" (and {Discovery.LeftOut.Length - 1} more .claim files)";
        return $"every .claim file under the given paths is left out of the project: '{display}'{others} is not checked because {_filter.WhyLeftOut(first)}";
    }

    /// <summary>
    /// Reads and parses every document and compiles them as one project. A file that cannot be
    /// read is left out and named in <see cref="ClaimProject.ReadFailures"/>.
    /// </summary>
    public ClaimProject Load(IProjectLoadProgress? progress = null)
    {
        var (trees, failures) = ReadDocuments(progress);
        return new ClaimProject(this, ClaimCompilation.Create(trees, Options), failures);
    }

    /// <summary>
    /// Reads and parses every document, several at a time (each tree is independent), in
    /// document order; the files that cannot be read are left out and named.
    /// </summary>
    public (ImmutableArray<SyntaxTree> Trees, ImmutableArray<ProjectReadFailure> Failures) ReadDocuments(IProjectLoadProgress? progress = null)
    {
        progress?.StartReading(Documents.Length);
        var trees = new SyntaxTree?[Documents.Length];
        var failures = new Exception?[Documents.Length];
        Parallel.For(0, Documents.Length, i =>
        {
            try
            {
                string text = SourceFile.ReadAllText(Documents[i].FullPath!);
                trees[i] = SyntaxTree.ParseText(SourceText.From(text), Documents[i]);
                progress?.FileRead();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures[i] = e;
            }
        });
        var readFailures = ImmutableArray.CreateBuilder<ProjectReadFailure>();
        for (int i = 0; i < failures.Length; i++)
        {
            if (failures[i] is { } failure) readFailures.Add(new ProjectReadFailure(Documents[i], failure));
        }
        return ([.. trees.OfType<SyntaxTree>()], readFailures.ToImmutable());
    }
}
