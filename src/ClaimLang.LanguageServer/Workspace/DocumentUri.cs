namespace ClaimLang.LanguageServer.Workspace;

/// <summary>
/// Turns the editor's document URIs into file paths and back. A file URI stands for the file at
/// its path, whether the editor has it open or not; other schemes (an unsaved, untitled buffer)
/// have no path and are known by their URI alone.
/// </summary>
internal static class DocumentUri
{
    /// <summary>The full path of a file URI; null for other schemes and for text that is not a URI.</summary>
    public static string? ToPath(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out Uri? parsed) || !parsed.IsFile) return null;
        // file://localhost/x names this machine's /x (RFC 8089); .NET reads any host as a share.
        if (parsed.IsUnc && string.Equals(parsed.Host, "localhost", StringComparison.OrdinalIgnoreCase))
            return Path.GetFullPath(Uri.UnescapeDataString(parsed.AbsolutePath));
        return Path.GetFullPath(parsed.LocalPath);
    }

    public static string FromPath(string fullPath) => new Uri(fullPath).AbsoluteUri;

    /// <summary>The key one document is known by: its full path for files (however the URI spells it), else the URI.</summary>
    public static string KeyOf(string uri) => ToPath(uri) ?? uri;
}
