using ClaimLang.LanguageServer.Hosting;
using ClaimLang.LanguageServer.Protocol;
using ClaimLang.LanguageServer.Tests.TestSupport;
using ClaimLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ClaimLang.LanguageServer.Tests.Hosting;

/// <summary>
/// didChange notifications that arrive while the server is busy wait and are applied together:
/// memory and work grow with the open documents, not with the number of edits. The connection's
/// context is held (ManualSynchronizationContext), as a queue of messages holds it, so each test
/// decides when what the server posted runs.
/// </summary>
public sealed class EditBurstTests : IDisposable
{
    private readonly ProjectFolder _folder = new();
    private readonly ManualSynchronizationContext _context = new();
    private readonly JsonRpc _rpc;
    private readonly DispatchBacklog _backlog = new(DispatchBacklog.DefaultLimit);
    private readonly ClaimLanguageServer _server;
    private readonly string _uses;

    public EditBurstTests()
    {
        _folder.Write("decls.claim", ProjectFolder.Declarations);
        _uses = _folder.Write("uses.claim", ProjectFolder.UsesB);
        _rpc = new JsonRpc(Stream.Null) { SynchronizationContext = _context };
        _server = new ClaimLanguageServer(_rpc, TextWriter.Null, _backlog);
        _server.Initialize(new InitializeParams(null, DocumentUri.FromPath(_folder.Root), null, null, null));
        _server.DidOpen(new DidOpenTextDocumentParams(new TextDocumentItem(_uses, "claimlang", 1, ProjectFolder.UsesB)));
    }

    public void Dispose()
    {
        _rpc.Dispose();
        _folder.Dispose();
    }

    private void InsertAtStart(int version, string text) =>
        _server.DidChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(_uses, version),
            [new TextDocumentContentChangeEvent(new LspRange(new LspPosition(0, 0), new LspPosition(0, 0)), text)]));

    [Fact]
    public async Task Fifty_edits_queued_behind_a_busy_server_are_one_change_of_the_workspace_and_at_most_one_more_check()
    {
        await _server.Diagnostics.Idle;
        int checksBefore = _server.Diagnostics.CompletedChecks;
        long generation = _server.Snapshot.Generation;

        for (int version = 2; version <= 51; version++) InsertAtStart(version, "// x\n");

        _server.PendingEditCount.ShouldBe(50);
        _server.Snapshot.Generation.ShouldBe(generation);
        _context.RunAll();

        _server.PendingEditCount.ShouldBe(0);
        _server.Snapshot.Generation.ShouldBe(generation + 1);
        WorkspaceDocument document = _server.Snapshot.Find(_uses).ShouldNotBeNull();
        document.Version.ShouldBe(51);
        document.Tree.Text.Text.ShouldBe(string.Concat(Enumerable.Repeat("// x\n", 50)) + ProjectFolder.UsesB);
        await _server.Diagnostics.Idle;
        (_server.Diagnostics.CompletedChecks - checksBefore).ShouldBe(1);
    }

    [Fact]
    public void A_request_sees_every_edit_queued_before_it()
    {
        InsertAtStart(2, "// a\n");
        InsertAtStart(3, "// b\n");

        _ = _server.FormattingAsync(new DocumentParams(new TextDocumentIdentifier(_uses)), CancellationToken.None);

        _server.PendingEditCount.ShouldBe(0);
        WorkspaceDocument document = _server.Snapshot.Find(_uses).ShouldNotBeNull();
        document.Version.ShouldBe(3);
        document.Tree.Text.Text.ShouldBe("// b\n// a\n" + ProjectFolder.UsesB);
    }

    [Fact]
    public void A_close_applies_the_edits_queued_before_it_and_the_apply_posted_for_them_then_finds_nothing()
    {
        InsertAtStart(2, "// a\n");
        long generation = _server.Snapshot.Generation;

        _server.DidClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(_uses)));
        _context.RunAll();

        // The edit, then the close (the file goes back to its text on disk): two changes, in that order.
        _server.Snapshot.Generation.ShouldBe(generation + 2);
        _server.Snapshot.Find(_uses).ShouldNotBeNull().Tree.Text.Text.ShouldBe(ProjectFolder.UsesB);
    }

    [Fact]
    public async Task While_messages_wait_behind_a_burst_its_check_waits_too_and_runs_once_the_server_reaches_them()
    {
        await _server.Diagnostics.Idle;
        int checksBefore = _server.Diagnostics.CompletedChecks;
        await _backlog.EnterAsync(100, CancellationToken.None); // a message the server has not got to

        InsertAtStart(2, "// a\n");
        InsertAtStart(3, "// b\n");
        _context.RunAll();
        await _server.Diagnostics.Idle;

        _server.Snapshot.Find(_uses).ShouldNotBeNull().Version.ShouldBe(3);
        _server.Diagnostics.CompletedChecks.ShouldBe(checksBefore);
        _backlog.Reached();
        await _server.Diagnostics.Idle;
        _server.Diagnostics.CompletedChecks.ShouldBe(checksBefore + 1);
    }
}
