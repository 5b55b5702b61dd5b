using Microsoft.Extensions.FileSystemGlobbing;

namespace ClaimLang.Configuration;

/// <summary>
/// The configuration's <c>include</c> and <c>exclude</c> globs (Microsoft.Extensions.FileSystemGlobbing
/// syntax: <c>*</c>, <c>**</c>, no braces), matched against paths relative to the configuration's
/// folder. A file is included when an include glob matches it and no exclude glob does.
/// </summary>
public sealed class SourceFileFilter
{
    private readonly Matcher _matcher;

    public SourceFileFilter(ClaimLangConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        Folder = configuration.Folder;
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
        string relative = Path.GetRelativePath(Folder, fullPath).Replace(Path.DirectorySeparatorChar, '/');
        if (relative == "." || relative == ".." || relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative))
        {
            return false;
        }
        return _matcher.Match(relative).HasMatches;
    }
}
