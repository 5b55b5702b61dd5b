using Microsoft.Extensions.FileSystemGlobbing;

namespace ClaimLang.Configuration;

/// <summary>
/// The configuration's <c>include</c> and <c>exclude</c> globs (Microsoft.Extensions.FileSystemGlobbing
/// syntax: <c>*</c>, <c>**</c>, no braces), matched against paths relative to the configuration's
/// folder. A file is included when an include glob matches it and no exclude glob does.
/// </summary>
internal sealed class SourceFileFilter
{
    private readonly Matcher _matcher;
    private readonly ClaimLangConfiguration _configuration;

    public SourceFileFilter(ClaimLangConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Folder = configuration.Folder;
        _configuration = configuration;
        // Case is ignored, as the extension test without a configuration ignores it: a project
        // means the same files on Windows, macOS and Linux.
        _matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        _matcher.AddIncludePatterns(configuration.Include);
        _matcher.AddExcludePatterns(configuration.Exclude);
    }

    /// <summary>The absolute folder the globs are relative to.</summary>
    public string Folder { get; }

    /// <summary>Whether the file at <paramref name="fullPath"/> is included. A file outside <see cref="Folder"/> never is: no glob can name it.</summary>
    public bool IsIncluded(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        return RelativePath(fullPath) is { } relative && _matcher.Match(relative).HasMatches;
    }

    /// <summary>
    /// Why a file is not included, in words: the exclude pattern that drops it, or that no
    /// include pattern takes it, or that it lies outside the configuration's folder. Null when it is included.
    /// </summary>
    public string? WhyLeftOut(string fullPath)
    {
        ArgumentNullException.ThrowIfNull(fullPath);
        if (RelativePath(fullPath) is not { } relative) return "it lies outside the folder of claimlang.json";
        if (_matcher.Match(relative).HasMatches) return null;
        if (!Matches(_configuration.Include, [], relative))
        {
            return $"no include pattern of claimlang.json takes it ({string.Join(", ", _configuration.Include.Select(p => $"'{p}'"))})";
        }
        // Included, so an exclude pattern drops it: the first that does so on its own.
        string excluding = _configuration.Exclude.FirstOrDefault(e => !Matches(_configuration.Include, [e], relative)) ?? _configuration.Exclude[0];
        return $"claimlang.json's exclude pattern '{excluding}' leaves it out";
    }

    private static bool Matches(IEnumerable<string> include, IEnumerable<string> exclude, string relative)
    {
        var matcher = new Matcher(StringComparison.OrdinalIgnoreCase);
        matcher.AddIncludePatterns(include);
        matcher.AddExcludePatterns(exclude);
        return matcher.Match(relative).HasMatches;
    }

    // The path relative to the globs' folder with '/', or null outside it (no glob can name it).
    private string? RelativePath(string fullPath)
    {
        string? relative = Compilation.FolderPaths.RelativeInside(Folder, fullPath);
        return relative is null or "." ? null : relative.Replace(Path.DirectorySeparatorChar, '/');
    }
}
