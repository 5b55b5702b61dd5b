using ClaimLang.LanguageServer.Protocol;
using ClaimLang.LanguageServer.Tests.TestSupport;
using ClaimLang.LanguageServer.Workspace;
using ClaimLang.Syntax;

namespace ClaimLang.LanguageServer.Tests.Workspace;

/// <summary>
/// ProjectWorkspace: the project's files on disk overridden by open buffers, as one compilation;
/// each change re-parses only what it touches and reuses every other tree.
/// </summary>
public sealed class ProjectWorkspaceTests : IDisposable
{
    private const int Created = 1;
    private const int Changed = 2;
    private const int Deleted = 3;

    private readonly ProjectFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static TextDocumentContentChangeEvent Insert(int line, int character, string text) =>
        new(new LspRange(new LspPosition(line, character), new LspPosition(line, character)), text);

    private WorkspaceDocument Document(WorkspaceSnapshot snapshot, string relativePath) =>
        snapshot.Find(_folder.UriOf(relativePath)).ShouldNotBeNull($"{relativePath} is not in the workspace");

    private static string[] CodesOf(WorkspaceSnapshot snapshot) =>
        [.. snapshot.Compilation.GetDiagnostics().Where(d => !d.IsSuppressed).Select(d => d.Id).Order(StringComparer.Ordinal)];

    private ProjectWorkspace LoadProject()
    {
        _folder.Write("decls.claim", ProjectFolder.Declarations);
        _folder.Write("uses.claim", ProjectFolder.UsesAtlantis);
        return _folder.Load();
    }

    [Fact]
    public void Loading_reads_every_claim_file_under_the_root_as_claimc_check_finds_them()
    {
        _folder.Write("a.claim", "entity A \"A\"\n");
        _folder.Write("sub/deeper/b.claim", "entity B \"B\"\n");
        _folder.Write("notes.txt", "not a claim file\n");
        _folder.Write("bin/c.claim", "entity C \"C\"\n");

        WorkspaceSnapshot snapshot = _folder.Load().Snapshot;

        snapshot.Documents.Values.Select(d => d.DisplayPath).Order(StringComparer.Ordinal).ShouldBe(["a.claim", "sub/deeper/b.claim"]);
        WorkspaceDocument b = Document(snapshot, "sub/deeper/b.claim");
        b.Uri.ShouldBe(_folder.UriOf("sub/deeper/b.claim"));
        b.Version.ShouldBeNull();
        b.IsOpen.ShouldBeFalse();
        b.IsInProject.ShouldBeTrue();
        snapshot.Compilation.SyntaxTrees.Length.ShouldBe(2);
    }

    [Fact]
    public void Loading_leaves_out_the_files_claimlang_json_excludes()
    {
        _folder.Write("claimlang.json", """{ "exclude": ["drafts/**"] }""");
        _folder.Write("a.claim", "entity A \"A\"\n");
        _folder.Write("drafts/b.claim", "entity B \"B\"\n");

        _folder.Load().Snapshot.Documents.Values.Select(d => d.DisplayPath).ShouldBe(["a.claim"]);
    }

    [Fact]
    public void A_claimlang_json_above_the_opened_folder_names_paths_but_the_folder_bounds_the_files()
    {
        // The configuration sits above the opened folder, with a folder a walk skips (bin) in
        // between: the files under the opened folder are still the project's, saved or not,
        // named relative to the configuration's folder as claimc check names them in the dataset.
        _folder.Write("claimlang.json", "{}");
        _folder.Write("bin/proj/decls.claim", ProjectFolder.Declarations);
        _folder.Write("bin/proj/uses.claim", ProjectFolder.UsesB);
        _folder.Write("elsewhere.claim", "entity E \"E\"\n");
        var workspace = new ProjectWorkspace(_folder.PathOf("bin/proj"));
        workspace.LoadFromDisk();

        _folder.Write("bin/proj/more.claim", "entity C \"C\"\n");
        WorkspaceSnapshot created = workspace.FilesChanged([_folder.Event("bin/proj/more.claim", Created)]).ShouldNotBeNull();

        created.Documents.Values.Select(d => d.DisplayPath).Order(StringComparer.Ordinal)
            .ShouldBe(["bin/proj/decls.claim", "bin/proj/more.claim", "bin/proj/uses.claim"]);
        workspace.FilesChanged([_folder.Event("elsewhere.claim", Created)]).ShouldBeNull();
    }

    [SkippableFact]
    public void A_link_out_of_the_project_is_not_read_whatever_the_watcher_reports()
    {
        Skip.If(OperatingSystem.IsWindows(), "creating links needs extra rights on Windows");
        ProjectWorkspace workspace = LoadProject();
        string outside = Path.Combine(Path.GetTempPath(), $"claimlang-secret-{Guid.NewGuid():N}.txt");
        File.WriteAllText(outside, "SECRET_TOKEN=x\n");
        try
        {
            File.CreateSymbolicLink(_folder.PathOf("env.claim"), outside);

            workspace.FilesChanged([_folder.Event("env.claim", Created)]).ShouldBeNull();
            workspace.Snapshot.Find(_folder.UriOf("env.claim")).ShouldBeNull();
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public void A_workspace_without_a_folder_has_only_the_buffers_it_is_given()
    {
        var workspace = new ProjectWorkspace(root: null);
        workspace.LoadFromDisk().Documents.ShouldBeEmpty();

        WorkspaceSnapshot snapshot = workspace.Open("untitled:Untitled-1", ProjectFolder.UsesB, 1);

        WorkspaceDocument document = snapshot.Find("untitled:Untitled-1").ShouldNotBeNull();
        document.DisplayPath.ShouldBe("untitled:Untitled-1");
        document.IsInProject.ShouldBeFalse();
        CodesOf(snapshot).ShouldBe(["CL1001", "CL1001", "CL1001", "CL1001"]);
    }

    [Fact]
    public void Opening_a_file_with_the_text_on_disk_reuses_its_tree_and_the_compilation()
    {
        ProjectWorkspace workspace = LoadProject();
        WorkspaceSnapshot before = workspace.Snapshot;

        WorkspaceSnapshot after = workspace.Open(_folder.UriOf("uses.claim"), ProjectFolder.UsesAtlantis, 7);

        Document(after, "uses.claim").Tree.ShouldBeSameAs(Document(before, "uses.claim").Tree);
        Document(after, "uses.claim").Version.ShouldBe(7);
        after.Compilation.ShouldBeSameAs(before.Compilation);
    }

    [Fact]
    public void An_open_buffer_overrides_the_file_on_disk()
    {
        ProjectWorkspace workspace = LoadProject();

        WorkspaceSnapshot snapshot = workspace.Open(_folder.UriOf("uses.claim"), ProjectFolder.UsesB, 1);

        Document(snapshot, "uses.claim").Tree.Text.Text.ShouldBe(ProjectFolder.UsesB);
        CodesOf(snapshot).ShouldBeEmpty();
    }

    [Fact]
    public void An_edit_reparses_the_edited_file_only_and_the_compilation_keeps_every_other_tree()
    {
        _folder.Write("more.claim", "entity C \"C\"\nsource S says A -> C aid 1 USD 2019\n");
        ProjectWorkspace workspace = LoadProject();
        string uses = _folder.UriOf("uses.claim");
        workspace.Open(uses, ProjectFolder.UsesAtlantis, 1);
        WorkspaceSnapshot before = workspace.Snapshot;

        WorkspaceSnapshot after = workspace.Change(uses, 2, [Insert(0, 0, "entity Atlantis \"Atlantis\"\n")]).ShouldNotBeNull();

        Document(after, "uses.claim").Tree.Text.Text.ShouldBe("entity Atlantis \"Atlantis\"\n" + ProjectFolder.UsesAtlantis);
        Document(after, "uses.claim").Version.ShouldBe(2);
        foreach (string other in new[] { "decls.claim", "more.claim" })
        {
            SyntaxTree tree = Document(before, other).Tree;
            Document(after, other).Tree.ShouldBeSameAs(tree, $"{other} was not edited");
            after.Compilation.SyntaxTrees.Count(t => ReferenceEquals(t, tree)).ShouldBe(1, $"the compilation holds the very tree of {other}");
        }
        after.Compilation.SyntaxTrees.ShouldNotContain(Document(before, "uses.claim").Tree);
        after.Compilation.SyntaxTrees.Length.ShouldBe(3);
        CodesOf(after).ShouldBe(["CL1004"], "Atlantis is declared now; only B is never used");
    }

    [Fact]
    public void An_edit_leaves_the_snapshot_taken_before_it_as_it_was()
    {
        ProjectWorkspace workspace = LoadProject();
        string uses = _folder.UriOf("uses.claim");
        WorkspaceSnapshot opened = workspace.Open(uses, ProjectFolder.UsesAtlantis, 1);

        WorkspaceSnapshot edited = workspace.Change(uses, 2, [new TextDocumentContentChangeEvent(null, ProjectFolder.UsesB)]).ShouldNotBeNull();

        edited.Generation.ShouldBeGreaterThan(opened.Generation);
        Document(opened, "uses.claim").Tree.Text.Text.ShouldBe(ProjectFolder.UsesAtlantis);
        Document(opened, "uses.claim").Version.ShouldBe(1);
        CodesOf(opened).ShouldBe(["CL1001", "CL1004"]);
        workspace.Snapshot.ShouldBeSameAs(edited);
    }

    [Fact]
    public void An_edit_to_a_document_that_is_not_open_is_ignored()
    {
        ProjectWorkspace workspace = LoadProject();
        long generation = workspace.Snapshot.Generation;

        workspace.Change(_folder.UriOf("uses.claim"), 2, [Insert(0, 0, "x")]).ShouldBeNull();
        workspace.Change("untitled:never-opened", 2, [Insert(0, 0, "x")]).ShouldBeNull();

        workspace.Snapshot.Generation.ShouldBe(generation);
    }

    [Fact]
    public void Closing_a_buffer_goes_back_to_the_file_on_disk()
    {
        ProjectWorkspace workspace = LoadProject();
        string uses = _folder.UriOf("uses.claim");
        workspace.Open(uses, ProjectFolder.UsesB, 1);

        WorkspaceSnapshot closed = workspace.Close(uses).ShouldNotBeNull();

        WorkspaceDocument document = Document(closed, "uses.claim");
        document.Tree.Text.Text.ShouldBe(ProjectFolder.UsesAtlantis);
        document.IsOpen.ShouldBeFalse();
        CodesOf(closed).ShouldBe(["CL1001", "CL1004"]);
    }

    [Fact]
    public void Closing_a_buffer_that_holds_the_text_on_disk_keeps_its_tree()
    {
        ProjectWorkspace workspace = LoadProject();
        string uses = _folder.UriOf("uses.claim");
        SyntaxTree tree = Document(workspace.Open(uses, ProjectFolder.UsesAtlantis, 1), "uses.claim").Tree;

        WorkspaceSnapshot closed = workspace.Close(uses).ShouldNotBeNull();

        Document(closed, "uses.claim").Tree.ShouldBeSameAs(tree);
        Document(closed, "uses.claim").Version.ShouldBeNull();
    }

    [Fact]
    public void Closing_a_buffer_that_is_no_project_file_takes_it_out_of_the_compilation()
    {
        ProjectWorkspace workspace = LoadProject();
        workspace.Open("untitled:1", "entity Atlantis \"Atlantis\"\n", 1);
        CodesOf(workspace.Snapshot).ShouldBe(["CL1004"]);

        WorkspaceSnapshot closed = workspace.Close("untitled:1").ShouldNotBeNull();

        closed.Find("untitled:1").ShouldBeNull();
        closed.Compilation.SyntaxTrees.Length.ShouldBe(2);
        CodesOf(closed).ShouldBe(["CL1001", "CL1004"]);
    }

    [Fact]
    public void Closing_what_is_not_open_changes_nothing()
    {
        ProjectWorkspace workspace = LoadProject();

        workspace.Close(_folder.UriOf("uses.claim")).ShouldBeNull();
        workspace.Close("untitled:never-opened").ShouldBeNull();
    }

    [Fact]
    public void An_excluded_file_is_checked_while_it_is_open_and_leaves_when_it_is_closed()
    {
        _folder.Write("claimlang.json", """{ "exclude": ["drafts/**"] }""");
        ProjectWorkspace workspace = LoadProject();
        string draft = _folder.Write("drafts/atlantis.claim", "entity Atlantis \"Atlantis\"\n");

        WorkspaceSnapshot opened = workspace.Open(draft, "entity Atlantis \"Atlantis\"\n", 1);
        Document(opened, "drafts/atlantis.claim").IsInProject.ShouldBeFalse();
        CodesOf(opened).ShouldBe(["CL1004"]);

        WorkspaceSnapshot closed = workspace.Close(draft).ShouldNotBeNull();
        closed.Find(draft).ShouldBeNull();
        CodesOf(closed).ShouldBe(["CL1001", "CL1004"]);
    }

    [Fact]
    public void Files_created_changed_and_deleted_on_disk_come_in_and_go()
    {
        ProjectWorkspace workspace = LoadProject();

        _folder.Write("more/atlantis.claim", "entity Atlantis \"Atlantis\"\n");
        WorkspaceSnapshot created = workspace.FilesChanged([_folder.Event("more/atlantis.claim", Created)]).ShouldNotBeNull();
        Document(created, "more/atlantis.claim").DisplayPath.ShouldBe("more/atlantis.claim");
        CodesOf(created).ShouldBe(["CL1004"]);

        _folder.Write("more/atlantis.claim", "entity Atlantis \"Atlantis\"\nentity Atlantis \"Again\"\n");
        WorkspaceSnapshot changed = workspace.FilesChanged([_folder.Event("more/atlantis.claim", Changed)]).ShouldNotBeNull();
        CodesOf(changed).ShouldBe(["CL1002", "CL1004"]);

        File.Delete(_folder.PathOf("more/atlantis.claim"));
        WorkspaceSnapshot deleted = workspace.FilesChanged([_folder.Event("more/atlantis.claim", Deleted)]).ShouldNotBeNull();
        deleted.Find(_folder.UriOf("more/atlantis.claim")).ShouldBeNull();
        deleted.Compilation.SyntaxTrees.Length.ShouldBe(2);
        CodesOf(deleted).ShouldBe(["CL1001", "CL1004"]);
    }

    [Fact]
    public void A_file_event_keeps_the_other_trees()
    {
        ProjectWorkspace workspace = LoadProject();
        SyntaxTree decls = Document(workspace.Snapshot, "decls.claim").Tree;

        _folder.Write("uses.claim", ProjectFolder.UsesB);
        WorkspaceSnapshot changed = workspace.FilesChanged([_folder.Event("uses.claim", Changed)]).ShouldNotBeNull();

        Document(changed, "decls.claim").Tree.ShouldBeSameAs(decls);
        changed.Compilation.SyntaxTrees.ShouldContain(decls);
    }

    [Fact]
    public void Events_that_change_nothing_give_no_snapshot()
    {
        ProjectWorkspace workspace = LoadProject();
        _folder.Write("notes.txt", "text\n");

        workspace.FilesChanged([_folder.Event("notes.txt", Created)]).ShouldBeNull();
        workspace.FilesChanged([_folder.Event("uses.claim", Changed)]).ShouldBeNull("the file on disk is as it was");
        workspace.FilesChanged([new FileEvent("untitled:1", Changed), new FileEvent("not a uri", Deleted)]).ShouldBeNull();
    }

    [Fact]
    public void A_file_changed_on_disk_while_it_is_open_keeps_the_buffer()
    {
        ProjectWorkspace workspace = LoadProject();
        string uses = _folder.UriOf("uses.claim");
        workspace.Open(uses, ProjectFolder.UsesB, 1);

        _folder.Write("uses.claim", "source S says A -> Nowhere aid 1 USD 2018\n");
        workspace.FilesChanged([_folder.Event("uses.claim", Changed)]).ShouldBeNull();

        Document(workspace.Snapshot, "uses.claim").Tree.Text.Text.ShouldBe(ProjectFolder.UsesB);
        Document(workspace.Close(uses).ShouldNotBeNull(), "uses.claim").Tree.Text.Text.ShouldContain("Nowhere");
    }

    [Fact]
    public void A_change_to_claimlang_json_reloads_the_configuration_and_keeps_the_open_buffers()
    {
        ProjectWorkspace workspace = LoadProject();
        string decls = _folder.UriOf("decls.claim");
        workspace.Open(decls, ProjectFolder.Declarations + "entity Unused \"Unused\"\n", 3);

        string configuration = _folder.Write("claimlang.json", """{ "diagnostics": { "CL1001": "none", "CL1004": "error" } }""");
        WorkspaceSnapshot reloaded = workspace.FilesChanged([new FileEvent(configuration, Created)]).ShouldNotBeNull();

        CodesOf(reloaded).ShouldBe(["CL1004", "CL1004"]);
        reloaded.Compilation.GetDiagnostics().ShouldAllBe(d => d.Severity == ClaimLang.Diagnostics.DiagnosticSeverity.Error);
        Document(reloaded, "decls.claim").Version.ShouldBe(3);
        Document(reloaded, "decls.claim").Tree.Text.Text.ShouldContain("Unused");
        reloaded.ConfigurationUri.ShouldBe(configuration);
        reloaded.ConfigurationDiagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void An_exclude_added_to_claimlang_json_takes_files_out()
    {
        ProjectWorkspace workspace = LoadProject();

        string configuration = _folder.Write("claimlang.json", """{ "exclude": ["uses.claim"] }""");
        WorkspaceSnapshot reloaded = workspace.FilesChanged([new FileEvent(configuration, Created)]).ShouldNotBeNull();

        reloaded.Documents.Values.Select(d => d.DisplayPath).ShouldBe(["decls.claim"]);
    }

    [Fact]
    public void An_invalid_claimlang_json_is_reported_on_itself_and_the_project_is_checked_with_the_defaults()
    {
        string configuration = _folder.Write("claimlang.json", """{ "diagnostics": { "CL1001": "loud" } }""");

        WorkspaceSnapshot snapshot = LoadProject().Snapshot;

        snapshot.ConfigurationUri.ShouldBe(configuration);
        snapshot.ConfigurationDiagnostics.Select(d => d.Id).ShouldBe(["CL9001"]);
        snapshot.UriOfPath(snapshot.ConfigurationDiagnostics[0].Location.FilePath).ShouldBe(configuration);
        CodesOf(snapshot).ShouldBe(["CL1001", "CL1004"]);
    }

    [Fact]
    public void A_diagnostic_s_file_path_leads_to_its_document()
    {
        WorkspaceSnapshot snapshot = LoadProject().Snapshot;

        snapshot.UriOfPath("uses.claim").ShouldBe(_folder.UriOf("uses.claim"));
        snapshot.UriOfPath("elsewhere.claim").ShouldBeNull();
    }

    [Fact]
    public void Every_change_counts_a_generation()
    {
        ProjectWorkspace workspace = LoadProject();
        string uses = _folder.UriOf("uses.claim");

        long[] generations =
        [
            workspace.Snapshot.Generation,
            workspace.Open(uses, ProjectFolder.UsesB, 1).Generation,
            workspace.Change(uses, 2, [Insert(0, 0, " ")])!.Generation,
            workspace.Close(uses)!.Generation,
        ];

        generations.ShouldBe(generations.Order().Distinct());
    }
}
