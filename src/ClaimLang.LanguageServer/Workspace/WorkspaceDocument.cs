using ClaimLang.Syntax;

namespace ClaimLang.LanguageServer.Workspace;

/// <summary>
/// One file of the workspace as the compilation sees it: the open buffer's text when the editor
/// has it open, else the file on disk.
/// </summary>
/// <param name="Key">The full path, or the URI of a document that has none.</param>
/// <param name="Uri">The URI diagnostics and locations are reported under.</param>
/// <param name="Tree">The parsed text; its document names the file by its path in the project (as the dataset does) and its full path.</param>
/// <param name="Version">The editor's version of an open buffer; null for a file read from disk.</param>
/// <param name="IsInProject">True when the project's include/exclude globs take the file on disk; an open buffer outside them is still checked, with the project.</param>
internal sealed record WorkspaceDocument(string Key, string Uri, SyntaxTree Tree, int? Version, bool IsInProject)
{
    public bool IsOpen => Version is not null;

    public string DisplayPath => Tree.FilePath;
}
