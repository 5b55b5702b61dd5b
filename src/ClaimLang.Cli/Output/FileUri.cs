using System.Text.RegularExpressions;

namespace ClaimLang.Cli.Output;

/// <summary>
/// URIs for SARIF artifact locations, built by hand because <see cref="Uri"/> leaves characters
/// such as '#' and '%' in file paths unescaped or mangled. Each path segment is percent-encoded.
/// </summary>
internal static partial class FileUri
{
    /// <summary>A relative reference for a display path (<c>aid/iran.claim</c>, <c>../x/a%20b.claim</c>).</summary>
    public static string FromRelativePath(string displayPath) =>
        // Every ':' is escaped: "a:b.claim" unescaped would read as a URI with scheme "a".
        string.Join('/', displayPath.Split('/').Select(Uri.EscapeDataString));

    /// <summary>An absolute <c>file://</c> URI; a folder's ends with '/', as SARIF requires of a base URI.</summary>
    public static string FromAbsolutePath(string fullPath, bool isDirectory)
    {
        string path = fullPath.Replace(Path.DirectorySeparatorChar, '/').Replace(Path.AltDirectorySeparatorChar, '/');
        if (isDirectory && !path.EndsWith('/')) path += "/";

        // UNC (//server/share/...) keeps the server as the authority; a drive path (C:/...) gets
        // the empty authority and a leading slash; a Unix path already starts with one.
        if (path.StartsWith("//", StringComparison.Ordinal)) return "file:" + EscapeSegments(path.Split('/'));
        return "file://" + (path.StartsWith('/') ? "" : "/") + EscapeSegments(path.Split('/'));
    }

    // A drive letter keeps its colon (file:///C:/...), the one place a colon belongs in a file URI.
    private static string EscapeSegments(string[] segments) =>
        string.Join('/', segments.Select(segment => DriveLetter().IsMatch(segment) ? segment : Uri.EscapeDataString(segment)));

    [GeneratedRegex("^[A-Za-z]:$")]
    private static partial Regex DriveLetter();
}
