using System.Text.Json;
using ClaimLang.LanguageServer.Handlers;
using ClaimLang.LanguageServer.Protocol;
using ClaimLang.LanguageServer.Workspace;
using StreamJsonRpc;

namespace ClaimLang.LanguageServer.Hosting;

/// <summary>
/// The methods of the protocol the server answers (docs/language.md, "Editors"). Each is a thin
/// step: it checks the lifecycle, finds the document, and hands the work to a handler over an
/// immutable workspace snapshot. Notifications that change the workspace run one at a time, in
/// the order they arrive (the connection's synchronization context); requests take the snapshot
/// current when they arrive and compute off that context, so a slow answer never holds up edits.
/// </summary>
internal sealed partial class ClaimLanguageServer
{
    private readonly ClientConnection _client;
    private readonly TextWriter _log;
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private ProjectWorkspace _workspace = new(root: null);
    private readonly DiagnosticsPublisher _diagnostics;
    private ServerState _state = ServerState.Starting;
    private bool _watchesFiles;
    private CancellationTokenSource _changes = new();
    private readonly PendingEdits _pendingEdits = new();
    private bool _applyPosted;
    // The connection's one-at-a-time context, which handlers run on (it does not make itself current).
    private readonly SynchronizationContext? _context;
    private readonly DispatchBacklog? _backlog;

    /// <param name="backlog">The messages let through that the server has not reached: while there are some, diagnostics wait for the changes they bring.</param>
    public ClaimLanguageServer(JsonRpc rpc, TextWriter log, DispatchBacklog? backlog = null)
    {
        _backlog = backlog;
        _client = new ClientConnection(rpc);
        _context = rpc.SynchronizationContext;
        _log = log;
        _diagnostics = new DiagnosticsPublisher(_client.PublishDiagnosticsAsync, log);
        if (backlog is not null) backlog.Drained = _diagnostics.Release;
    }

    /// <summary>Completes with the process exit code when the client sends exit: 0 after shutdown, 1 without.</summary>
    public Task<int> Exited => _exited.Task;

    /// <summary>The workspace as the changes applied so far left it (for tests).</summary>
    internal WorkspaceSnapshot Snapshot => _workspace.Snapshot;

    /// <summary>How many edits wait to be applied (for tests).</summary>
    internal int PendingEditCount => _pendingEdits.Count;

    /// <summary>The diagnostics publisher (for tests: how many checks ran, and when it is idle).</summary>
    internal DiagnosticsPublisher Diagnostics => _diagnostics;

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        if (_state != ServerState.Starting) throw Error(LspErrorCodes.InvalidRequest, "The server is already initialized.");
        _workspace = new ProjectWorkspace(RootOf(parameters));
        _workspace.LoadFromDisk();
        _watchesFiles = ClientCapabilities.CanRegisterFileWatchers(parameters.Capabilities);
        _state = ServerState.Running;
        return new InitializeResult(ServerCapabilitiesFactory.Create(), new ServerInfo("claimc", ServerVersion.Text));
    }

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public async Task InitializedAsync(JsonElement parameters)
    {
        if (_state != ServerState.Running) return;
        if (_watchesFiles)
        {
            // The client watches the project's files for the server: files changed by git, by
            // claimc fmt or in another editor reach the compilation without a restart.
            var watchers = new DidChangeWatchedFilesRegistrationOptions([new LspFileSystemWatcher("**/*.claim"), new LspFileSystemWatcher("**/claimlang.json")]);
            var registration = new RegistrationParams([new Registration("claimlang-files", "workspace/didChangeWatchedFiles", watchers)]);
            try
            {
                await _client.RegisterCapabilityAsync(registration).ConfigureAwait(true);
            }
            catch (Exception e) when (e is RemoteInvocationException or ConnectionLostException)
            {
                await _log.WriteLineAsync($"claimc lsp: the client did not take the file watchers ({e.Message}); changes on disk are seen when files are opened.").ConfigureAwait(true);
            }
        }
        // After the await this runs off the connection's context, so a buffer opened meanwhile
        // may be newer than what is read here: the publisher ignores a snapshot older than one
        // it was given.
        _ = _diagnostics.Schedule(_workspace.Snapshot, editedUri: null);
    }

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        EnsureRunning();
        _state = ServerState.ShuttingDown;
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exited.TrySetResult(_state == ServerState.ShuttingDown ? 0 : 1);

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams parameters)
    {
        if (_state != ServerState.Running || parameters?.TextDocument is not { } document) return;
        ApplyPendingEdits();
        Guarded("textDocument/didOpen", () => Changed(_workspace.Open(document.Uri, document.Text ?? "", document.Version), document.Uri));
    }

    /// <summary>
    /// Queues the edits; they are applied, with every edit queued behind them, when the
    /// connection's context gets to the turn this posts, or before any other message that reads
    /// the workspace. Edits sent faster than they are checked thus cost one parse and one check
    /// per burst, and only the last version's diagnostics are computed and published.
    /// </summary>
    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams parameters)
    {
        if (_state != ServerState.Running || parameters?.TextDocument is not { } document || parameters.ContentChanges is null) return;
        _pendingEdits.Add(document.Uri, document.Version, parameters.ContentChanges);
        if (_applyPosted) return;
        if (_context is not { } context)
        {
            ApplyPendingEdits();
            return;
        }
        _applyPosted = true;
        context.Post(_ => ApplyPendingEdits(), null);
    }

    /// <summary>Applies the queued edits, each document's in the order they came, as one change of the workspace per document.</summary>
    private void ApplyPendingEdits()
    {
        _applyPosted = false;
        if (_pendingEdits.IsEmpty) return;
        foreach (var (uri, version, changes) in _pendingEdits.TakeAll())
        {
            Guarded("textDocument/didChange", () =>
            {
                long started = ServerTimings.Start();
                WorkspaceSnapshot? snapshot = _workspace.Change(uri, version, changes);
                ServerTimings.Report(_log, $"{changes.Count} edit(s) applied and parsed in", started);
                Changed(snapshot, uri);
            });
        }
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams parameters)
    {
        if (_state != ServerState.Running || parameters?.TextDocument is not { } document) return;
        ApplyPendingEdits();
        Guarded("textDocument/didClose", () => Changed(_workspace.Close(document.Uri), editedUri: null, releaseMemory: true));
    }

    /// <summary>Nothing to do: the buffer already holds what was saved, and the watcher reports the file.</summary>
    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(JsonElement parameters)
    {
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams parameters)
    {
        if (_state != ServerState.Running || parameters?.Changes is null) return;
        ApplyPendingEdits();
        Guarded("workspace/didChangeWatchedFiles", () => Changed(_workspace.FilesChanged(parameters.Changes), editedUri: null));
    }

    [JsonRpcMethod("textDocument/formatting", UseSingleObjectParameterDeserialization = true)]
    public Task<TextEdit[]> FormattingAsync(DocumentParams parameters, CancellationToken cancellationToken) =>
        AnswerAsync(parameters?.TextDocument, (_, document, _) => FormattingHandler.Format(document), cancellationToken);

    // A notification has no response to carry an error: a failure is logged, and the workspace
    // keeps the state it had before (each change replaces it as a whole, or not at all).
    private void Guarded(string method, Action apply)
    {
        try
        {
            apply();
        }
        catch (Exception e)
        {
            _log.WriteLine($"claimc lsp: '{method}' failed: {e}. This is a bug in claimc; the server goes on.");
        }
    }

    // A change makes every answer in progress stale: they are cancelled (ContentModified), and
    // the diagnostics of the new snapshot replace the run for the old one.
    // After a close, once the diagnostics are out (and no run holds an older snapshot), memory
    // is given back: the server's collector keeps the heap a large buffer's versions grew, and
    // the editor closing the buffer is when they have all become garbage.
    private void Changed(WorkspaceSnapshot? snapshot, string? editedUri, bool releaseMemory = false)
    {
        if (snapshot is null) return;
        CancellationTokenSource stale = _changes;
        _changes = new CancellationTokenSource();
        stale.Cancel();
        stale.Dispose();
        // While messages wait behind this change (the rest of a burst), its check would be stale
        // before it ended: it waits until the server has reached them all.
        bool hold = _backlog is { QueuedBytes: > 0 };
        Task published = _diagnostics.Schedule(snapshot, editedUri, hold);
        // The server may have reached those messages between the look and the hold (on another
        // thread), and then the backlog has already said it drained: look again, or the snapshot
        // would wait for a release that never comes (a client waited 30 s for version 1 so).
        if (hold && _backlog is { QueuedBytes: 0 }) _diagnostics.Release();
        if (releaseMemory)
        {
            _ = published.ContinueWith(static _ => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true),
                CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    /// <summary>
    /// Answers a request about one document from the current snapshot, off the connection's
    /// context. Unknown documents and bad positions are InvalidParams errors; a change to the
    /// workspace while the answer is computed cancels it with ContentModified.
    /// </summary>
    private async Task<T> AnswerAsync<T>(TextDocumentIdentifier? identifier, Func<WorkspaceSnapshot, WorkspaceDocument, CancellationToken, T> answer,
        CancellationToken cancellationToken)
    {
        EnsureRunning();
        if (identifier?.Uri is not { } uri) throw Error(LspErrorCodes.InvalidParams, "The request names no document (textDocument.uri is missing).");
        ApplyPendingEdits();
        WorkspaceSnapshot snapshot = _workspace.Snapshot;
        WorkspaceDocument document = snapshot.Find(uri)
            ?? throw Error(LspErrorCodes.InvalidParams, $"'{uri}' is not a document of this workspace: open it first (textDocument/didOpen), or check that it is a .claim file under the project folder.");
        return await ComputeAsync(token => answer(snapshot, document, token), cancellationToken).ConfigureAwait(true);
    }

    /// <summary>Answers a request about the whole workspace from the current snapshot.</summary>
    private async Task<T> AnswerAsync<T>(Func<WorkspaceSnapshot, CancellationToken, T> answer, CancellationToken cancellationToken)
    {
        EnsureRunning();
        ApplyPendingEdits();
        WorkspaceSnapshot snapshot = _workspace.Snapshot;
        return await ComputeAsync(token => answer(snapshot, token), cancellationToken).ConfigureAwait(true);
    }

    // The answer gets a token that the client's $/cancelRequest and any change to the workspace
    // both cancel; an answer finished after a change is stale all the same, and is not sent.
    private async Task<T> ComputeAsync<T>(Func<CancellationToken, T> compute, CancellationToken cancellationToken)
    {
        CancellationToken stale = _changes.Token;
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stale);
        try
        {
            T answer = await Task.Run(() => compute(linked.Token), linked.Token).ConfigureAwait(true);
            linked.Token.ThrowIfCancellationRequested();
            return answer;
        }
        catch (LspRequestException e)
        {
            throw Error(e.Code, e.Message);
        }
        catch (OperationCanceledException) when (stale.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw Error(LspErrorCodes.ContentModified, "The workspace changed while the answer was computed; ask again.");
        }
    }

    private void EnsureRunning()
    {
        if (_state == ServerState.Starting) throw Error(LspErrorCodes.ServerNotInitialized, "The server is not initialized yet: send initialize first.");
        if (_state == ServerState.ShuttingDown) throw Error(LspErrorCodes.InvalidRequest, "The server is shutting down: only exit is accepted.");
    }

    private static LocalRpcException Error(int code, string message) => new(message) { ErrorCode = code };

    private static string? RootOf(InitializeParams? parameters)
    {
        if (parameters?.WorkspaceFolders is { Length: > 0 } folders && DocumentUri.ToPath(folders[0].Uri) is { } folder) return folder;
        if (parameters?.RootUri is { } rootUri && DocumentUri.ToPath(rootUri) is { } root) return root;
        return string.IsNullOrEmpty(parameters?.RootPath) ? null : Path.GetFullPath(parameters.RootPath);
    }
}
