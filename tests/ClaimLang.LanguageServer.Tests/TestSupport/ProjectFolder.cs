using ClaimLang.Cli.Tests.TestSupport;
using ClaimLang.LanguageServer.Protocol;
using ClaimLang.LanguageServer.Workspace;

namespace ClaimLang.LanguageServer.Tests.TestSupport;

/// <summary>A project folder on disk and a workspace over it, for the tests of the server's workspace and diagnostics.</summary>
public sealed class ProjectFolder : IDisposable
{
    public const string Declarations = "source S \"S\"\nentity A \"A\"\nentity B \"B\"\nmetric aid \"Aid\" { kind flow  unit USD }\n";
    public const string UsesAtlantis = "source S says A -> Atlantis aid 1e6 USD 2018\n";
    public const string UsesB = "source S says A -> B aid 1e6 USD 2018\n";

    private readonly TempFolder _folder = new();

    public string Root => _folder.Path;

    /// <summary>Writes a file ('/'-separated path under the root); returns its URI.</summary>
    public string Write(string relativePath, string text) => DocumentUri.FromPath(_folder.Write(relativePath, text));

    public string PathOf(string relativePath) => _folder.Combine(relativePath);

    public string UriOf(string relativePath) => DocumentUri.FromPath(PathOf(relativePath));

    /// <summary>A workspace over the folder, with everything on disk read.</summary>
    internal ProjectWorkspace Load()
    {
        var workspace = new ProjectWorkspace(Root);
        workspace.LoadFromDisk();
        return workspace;
    }

    /// <summary>A file event: 1 created, 2 changed, 3 deleted.</summary>
    internal FileEvent Event(string relativePath, int type) => new(UriOf(relativePath), type);

    public void Dispose() => _folder.Dispose();
}
