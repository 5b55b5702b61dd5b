using ClaimLang.LanguageServer.Handlers;
using ClaimLang.LanguageServer.Protocol;
using ClaimLang.LanguageServer.Tests.TestSupport;
using ClaimLang.LanguageServer.Workspace;

namespace ClaimLang.LanguageServer.Tests.Handlers;

/// <summary>
/// DiagnosticsPublisher: what claimc check reports for the workspace, by document, in the
/// protocol's terms (Compute); and what is sent after each change (Schedule): the edited document
/// first and always, with its version, the others only when their diagnostics changed.
/// </summary>
public sealed class DiagnosticsPublisherTests : IDisposable
{
    private readonly ProjectFolder _folder = new();
    private readonly List<PublishDiagnosticsParams> _sent = [];
    private readonly StringWriter _log = new();

    public void Dispose() => _folder.Dispose();

    private DiagnosticsPublisher NewPublisher() => new(parameters =>
    {
        lock (_sent) _sent.Add(parameters);
        return Task.CompletedTask;
    }, _log);

    private ProjectWorkspace LoadProject()
    {
        _folder.Write("decls.claim", ProjectFolder.Declarations);
        _folder.Write("uses.claim", ProjectFolder.UsesAtlantis);
        return _folder.Load();
    }

    private static string[] Codes(LspDiagnostic[] diagnostics) => [.. diagnostics.Select(d => d.Code)];

    /// <summary>What was sent, one line per message: the file's name, its version (- for none) and the codes.</summary>
    private string[] Sent() =>
        [.. _sent.Select(p => $"{p.Uri[(p.Uri.LastIndexOf('/') + 1)..]} v{p.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}: {string.Join(' ', Codes(p.Diagnostics))}".TrimEnd())];

    [Fact]
    public void Compute_gives_every_document_an_entry_even_without_diagnostics()
    {
        _folder.Write("clean.claim", "// nothing to say\n");
        WorkspaceSnapshot snapshot = LoadProject().Snapshot;

        Dictionary<string, LspDiagnostic[]> computed = DiagnosticsPublisher.Compute(snapshot, CancellationToken.None);

        computed.Keys.Order(StringComparer.Ordinal).ShouldBe(new[] { "clean.claim", "decls.claim", "uses.claim" }.Select(_folder.UriOf).Order(StringComparer.Ordinal));
        computed[_folder.UriOf("clean.claim")].ShouldBeEmpty();
        Codes(computed[_folder.UriOf("uses.claim")]).ShouldBe(["CL1001"]);
        Codes(computed[_folder.UriOf("decls.claim")]).ShouldBe(["CL1004"]);
    }

    [Fact]
    public void Compute_gives_the_protocol_s_range_severity_code_source_and_the_core_s_message()
    {
        _folder.Write("decls.claim", ProjectFolder.Declarations);
        _folder.Write("uses.claim", "// 😀\n/* é */ source S says A -> Atlantis aid 1e6 USD 2018\n");

        LspDiagnostic atlantis = DiagnosticsPublisher.Compute(_folder.Load().Snapshot, CancellationToken.None)[_folder.UriOf("uses.claim")].Single();

        atlantis.Range.ShouldBe(new LspRange(new LspPosition(1, 27), new LspPosition(1, 35)));
        atlantis.Severity.ShouldBe(1);
        atlantis.Code.ShouldBe("CL1001");
        atlantis.Source.ShouldBe("claimc");
        atlantis.Message.ShouldContain("'Atlantis' is not declared");
        atlantis.RelatedInformation.ShouldBeNull();
    }

    [Fact]
    public void Compute_names_related_locations_by_their_document_s_URI()
    {
        _folder.Write("decls.claim", ProjectFolder.Declarations);
        _folder.Write("again.claim", "entity A \"A again\"\n");
        _folder.Write("uses.claim", ProjectFolder.UsesB);

        Dictionary<string, LspDiagnostic[]> computed = DiagnosticsPublisher.Compute(_folder.Load().Snapshot, CancellationToken.None);

        LspDiagnostic twice = computed.Values.SelectMany(d => d).Single(d => d.Code == "CL1002");
        DiagnosticRelatedInformation related = twice.RelatedInformation.ShouldNotBeNull().ShouldHaveSingleItem();
        new[] { _folder.UriOf("decls.claim"), _folder.UriOf("again.claim") }.ShouldContain(related.Location.Uri);
        computed[related.Location.Uri].ShouldNotContain(twice, "the related location is the other declaration");
        related.Location.Range.Start.Character.ShouldBe(7);
    }

    [Fact]
    public void Compute_leaves_out_suppressed_findings()
    {
        _folder.Write("decls.claim", ProjectFolder.Declarations);
        _folder.Write("uses.claim", "// claimlang-ignore CL1001 the article spells it so\n" + ProjectFolder.UsesAtlantis);

        DiagnosticsPublisher.Compute(_folder.Load().Snapshot, CancellationToken.None)[_folder.UriOf("uses.claim")].ShouldBeEmpty();
    }

    [Fact]
    public void Compute_applies_the_configured_severities()
    {
        _folder.Write("claimlang.json", """{ "diagnostics": { "CL1001": "none", "CL1004": "error" } }""");
        WorkspaceSnapshot snapshot = LoadProject().Snapshot;

        Dictionary<string, LspDiagnostic[]> computed = DiagnosticsPublisher.Compute(snapshot, CancellationToken.None);

        computed[_folder.UriOf("uses.claim")].ShouldBeEmpty();
        computed[_folder.UriOf("decls.claim")].Select(d => (d.Code, d.Severity)).ShouldBe([("CL1004", 1)]);
        computed[_folder.UriOf("claimlang.json")].ShouldBeEmpty("claimlang.json has an entry, so that a fixed problem in it is cleared");
    }

    [Fact]
    public void Compute_reports_an_invalid_claimlang_json_on_itself()
    {
        _folder.Write("claimlang.json", """{ "diagnostics": { "CL1001": "loud" } }""");

        Dictionary<string, LspDiagnostic[]> computed = DiagnosticsPublisher.Compute(LoadProject().Snapshot, CancellationToken.None);

        Codes(computed[_folder.UriOf("claimlang.json")]).ShouldBe(["CL9001"]);
        Codes(computed[_folder.UriOf("uses.claim")]).ShouldBe(["CL1001"]);
    }

    [Fact]
    public async Task The_first_run_publishes_the_files_with_problems_and_every_open_document()
    {
        _folder.Write("clean.claim", "// nothing to say\n");
        _folder.Write("open.claim", "// nothing either\n");
        ProjectWorkspace workspace = LoadProject();
        WorkspaceSnapshot snapshot = workspace.Open(_folder.UriOf("open.claim"), "// nothing either\n", 4);

        await NewPublisher().Schedule(snapshot, editedUri: null);

        Sent().Order(StringComparer.Ordinal).ShouldBe(["decls.claim v-: CL1004", "open.claim v4:", "uses.claim v-: CL1001"]);
    }

    [Fact]
    public async Task The_edited_document_is_published_first_and_always_with_its_version_the_others_only_when_they_change()
    {
        ProjectWorkspace workspace = LoadProject();
        string decls = _folder.UriOf("decls.claim");
        DiagnosticsPublisher publisher = NewPublisher();
        await publisher.Schedule(workspace.Open(decls, ProjectFolder.Declarations, 1), decls);
        _sent.Clear();

        // A comment changes no diagnostics: only the edited document is sent, for its version.
        await publisher.Schedule(workspace.Change(decls, 2, [new TextDocumentContentChangeEvent(null, "// x\n" + ProjectFolder.Declarations)])!, decls);
        Sent().ShouldBe(["decls.claim v2: CL1004"]);
        _sent.Clear();

        // Declaring Atlantis fixes uses.claim, which is sent after the edited document.
        await publisher.Schedule(workspace.Change(decls, 3, [new TextDocumentContentChangeEvent(null, ProjectFolder.Declarations + "entity Atlantis \"Atlantis\"\n")])!, decls);
        Sent().ShouldBe(["decls.claim v3: CL1004", "uses.claim v-:"]);
    }

    [Fact]
    public async Task A_document_whose_run_a_newer_edit_cancelled_is_still_sent_with_its_new_version()
    {
        ProjectWorkspace workspace = LoadProject();
        string decls = _folder.UriOf("decls.claim");
        string uses = _folder.UriOf("uses.claim");
        var held = new TaskCompletionSource();
        bool holding = true;
        var publisher = new DiagnosticsPublisher(async parameters =>
        {
            // The first run stops at its first message until both edits are scheduled, so the
            // run for the first edit is cancelled before it starts: deterministically.
            if (holding) await held.Task;
            lock (_sent) _sent.Add(parameters);
        }, _log);
        Task first = publisher.Schedule(workspace.Open(decls, ProjectFolder.Declarations, 1), decls);
        workspace.Open(uses, ProjectFolder.UsesAtlantis, 1);

        // A comment at the end changes no diagnostics: only the marks of the edits make these documents go out.
        Task forDecls = publisher.Schedule(workspace.Change(decls, 2, [new TextDocumentContentChangeEvent(null, ProjectFolder.Declarations + "// a\n")])!, decls);
        Task forUses = publisher.Schedule(workspace.Change(uses, 2, [new TextDocumentContentChangeEvent(null, ProjectFolder.UsesAtlantis + "// b\n")])!, uses);
        holding = false;
        held.SetResult();
        await Task.WhenAll(first, forDecls, forUses);

        Sent().ShouldContain("decls.claim v2: CL1004");
        Sent().ShouldContain("uses.claim v2: CL1001");
    }

    [Fact]
    public async Task A_document_that_leaves_the_workspace_is_cleared()
    {
        ProjectWorkspace workspace = LoadProject();
        DiagnosticsPublisher publisher = NewPublisher();
        await publisher.Schedule(workspace.Snapshot, editedUri: null);
        _sent.Clear();

        File.Delete(_folder.PathOf("uses.claim"));
        await publisher.Schedule(workspace.FilesChanged([_folder.Event("uses.claim", 3)])!, editedUri: null);

        // Its names are unused now, so the declarations' file changes too.
        Sent().ShouldBe(["decls.claim v-: CL1004 CL1004 CL1004 CL1004", "uses.claim v-:"]);
    }

    [Fact]
    public async Task After_a_burst_of_changes_the_last_word_on_every_document_is_that_of_the_last_snapshot()
    {
        ProjectWorkspace workspace = LoadProject();
        string uses = _folder.UriOf("uses.claim");
        DiagnosticsPublisher publisher = NewPublisher();
        workspace.Open(uses, ProjectFolder.UsesAtlantis, 1);

        // Runs for older snapshots may be cancelled; none may be published after a newer one.
        Task last = Task.CompletedTask;
        for (int version = 2; version <= 40; version++)
        {
            string text = version % 3 == 0 ? ProjectFolder.UsesB : ProjectFolder.UsesAtlantis + new string(' ', version);
            last = publisher.Schedule(workspace.Change(uses, version, [new TextDocumentContentChangeEvent(null, text)])!, uses);
        }
        await last;

        Dictionary<string, LspDiagnostic[]> expected = DiagnosticsPublisher.Compute(workspace.Snapshot, CancellationToken.None);
        var lastWord = _sent.GroupBy(p => p.Uri).ToDictionary(g => g.Key, g => Codes(g.Last().Diagnostics));
        lastWord[uses].ShouldBe(Codes(expected[uses]));
        lastWord[_folder.UriOf("decls.claim")].ShouldBe(Codes(expected[_folder.UriOf("decls.claim")]));
        _sent.Where(p => p.Uri == uses).Last().Version.ShouldBe(40);
        _sent.Where(p => p.Uri == uses).Select(p => p.Version ?? 0).ShouldBeInOrder(SortDirection.Ascending);
        _log.ToString().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_snapshot_older_than_one_already_scheduled_is_ignored_and_the_newer_one_still_goes_out()
    {
        ProjectWorkspace workspace = LoadProject();
        string uses = _folder.UriOf("uses.claim");
        DiagnosticsPublisher publisher = NewPublisher();
        // The server read the workspace on another thread before the buffer was opened, and
        // scheduled what it read after the open had been scheduled (held for its burst).
        WorkspaceSnapshot before = workspace.Snapshot;
        WorkspaceSnapshot opened = workspace.Open(uses, ProjectFolder.UsesB, 1);
        Task forOpen = publisher.Schedule(opened, uses, hold: true);
        Task stale = publisher.Schedule(before, editedUri: null);
        publisher.Release();
        await Task.WhenAll(forOpen, stale, publisher.Idle);

        Sent().ShouldContain("uses.claim v1:");
        Sent().ShouldNotContain("uses.claim v-: CL1001");
    }
}
