using System.Collections.Immutable;
using System.Text.Json;
using ClaimLang.Diagnostics;
using ClaimLang.LanguageServer.Hosting;
using ClaimLang.LanguageServer.Protocol;
using ClaimLang.LanguageServer.Workspace;

namespace ClaimLang.LanguageServer.Handlers;

/// <summary>
/// Publishes the diagnostics of the workspace after each change: those <c>claimc check</c> would
/// print for the same files (configured severities, suppressed findings left out), grouped by
/// document. One run at a time, for the newest snapshot: a newer change cancels the run for an
/// older one and takes the place of any snapshot still waiting, so a burst of typing costs one
/// check, not one per keystroke, at most two snapshots are held (the one being checked and the
/// newest), and an older result never overwrites a newer one. Only documents whose diagnostics
/// changed are sent, but the document that was edited is sent always, and first.
/// </summary>
internal sealed class DiagnosticsPublisher(Func<PublishDiagnosticsParams, Task> send, TextWriter log)
{
    private readonly Dictionary<string, PublishedDiagnostics> _published = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private CancellationTokenSource? _pending;
    // Documents edited since diagnostics were last sent for them: each is sent with its new
    // version even when a newer edit (to another document) cancelled the run made for it, so
    // that a client waiting for the diagnostics of a version never waits in vain.
    // By the generation of the edit: a run for an older snapshot must not take the mark of a newer edit.
    private readonly Dictionary<string, long> _edited = new(StringComparer.Ordinal);
    // The snapshot to publish next, and the document edited last; null when none waits.
    private (WorkspaceSnapshot Snapshot, string? EditedUri)? _next;
    private Task _running = Task.CompletedTask;
    private bool _working;
    // While set, the newest snapshot waits: more changes are on their way (see Hold).
    private bool _held;
    // The generation of the newest snapshot scheduled. A snapshot read before a change and
    // scheduled after it (off the server's context) is older: it is ignored, for it would take
    // the place of the newer one, whose diagnostics would then never be sent.
    private long _newestScheduled = long.MinValue;

    /// <summary>How many runs have checked a snapshot to the end (for tests: a burst must not cost a check per edit).</summary>
    public int CompletedChecks { get; private set; }

    /// <summary>Completes when every snapshot scheduled so far has been published or superseded.</summary>
    public Task Idle
    {
        get
        {
            lock (_gate) return _running;
        }
    }

    /// <summary>
    /// Publishes for <paramref name="snapshot"/>, cancelling the run for any older one. The task
    /// completes when the diagnostics of this snapshot, or of a newer one, have been sent.
    /// </summary>
    public Task Schedule(WorkspaceSnapshot snapshot, string? editedUri) => Schedule(snapshot, editedUri, hold: false);

    /// <summary>
    /// As <see cref="Schedule(WorkspaceSnapshot, string?)"/>, but with <paramref name="hold"/> the
    /// snapshot only waits, and the run for any older one is cancelled: messages are queued that
    /// will change the workspace again, and checking this version would be work thrown away.
    /// <see cref="Release"/> starts the run for the newest snapshot then.
    /// </summary>
    public Task Schedule(WorkspaceSnapshot snapshot, string? editedUri, bool hold)
    {
        lock (_gate)
        {
            if (snapshot.Generation < _newestScheduled) return _running;
            _newestScheduled = snapshot.Generation;
            _pending?.Cancel();
            if (editedUri is not null) _edited[editedUri] = snapshot.Generation;
            _next = (snapshot, editedUri ?? _next?.EditedUri);
            _held = hold;
            return StartIfWaiting();
        }
    }

    /// <summary>Publishes for the newest snapshot held back by <see cref="Schedule(WorkspaceSnapshot, string?, bool)"/>, if any.</summary>
    public void Release()
    {
        lock (_gate)
        {
            _held = false;
            StartIfWaiting();
        }
    }

    private Task StartIfWaiting()
    {
        if (!_working && !_held && _next is not null)
        {
            _working = true;
            _running = Task.Run(WorkAsync);
        }
        return _running;
    }

    // Publishes the newest waiting snapshot until none waits.
    private async Task WorkAsync()
    {
        while (true)
        {
            WorkspaceSnapshot snapshot;
            string? editedUri;
            CancellationTokenSource cancellation;
            lock (_gate)
            {
                if (_held || _next is not { } next)
                {
                    _working = false;
                    return;
                }
                (snapshot, editedUri) = next;
                _next = null;
                cancellation = new CancellationTokenSource();
                _pending = cancellation;
            }
            try
            {
                await PublishAsync(snapshot, editedUri, cancellation.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // A newer change is being checked; it publishes instead.
            }
            catch (Exception e)
            {
                // A bug must not end the server: the analyst keeps the previous diagnostics.
                await log.WriteLineAsync($"claimc lsp: publishing diagnostics failed: {e}").ConfigureAwait(false);
            }
        }
    }

    /// <summary>The LSP diagnostics of every document of <paramref name="snapshot"/>, by URI (documents without any included, with none).</summary>
    public static Dictionary<string, LspDiagnostic[]> Compute(WorkspaceSnapshot snapshot, CancellationToken cancellationToken)
    {
        ImmutableArray<Diagnostic> all = snapshot.GetDiagnostics(cancellationToken);
        var byUri = new Dictionary<string, List<LspDiagnostic>>(StringComparer.Ordinal);
        foreach (WorkspaceDocument document in snapshot.Documents.Values) byUri[document.Uri] = [];
        if (snapshot.ConfigurationUri is not null) byUri[snapshot.ConfigurationUri] = [];

        foreach (Diagnostic diagnostic in snapshot.ConfigurationDiagnostics.Concat(all))
        {
            if (diagnostic.IsSuppressed) continue;
            if (snapshot.UriOf(diagnostic.Location) is not { } uri) continue;
            byUri[uri].Add(DiagnosticConverter.ToLsp(diagnostic, snapshot));
        }
        return byUri.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
    }

    private async Task PublishAsync(WorkspaceSnapshot snapshot, string? editedUri, CancellationToken cancellationToken)
    {
        long started = ServerTimings.Start();
        snapshot.GetDiagnostics(cancellationToken);
        CompletedChecks++;
        ServerTimings.Report(log, "project checked in", started);
        started = ServerTimings.Start();
        Dictionary<string, LspDiagnostic[]> current = Compute(snapshot, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();

        // Documents that left the workspace get an empty list, which clears them in the editor.
        foreach (string gone in _published.Keys.Where(uri => !current.ContainsKey(uri)).ToList())
        {
            current[gone] = [];
        }
        IEnumerable<string> order = current.Keys.OrderBy(uri => uri == editedUri ? 0 : 1).ThenBy(uri => uri, StringComparer.Ordinal);
        foreach (string uri in order)
        {
            LspDiagnostic[] diagnostics = current[uri];
            var now = new PublishedDiagnostics(diagnostics);
            // An edited document is always published, changed or not: its version tells the
            // client which text the diagnostics are for.
            bool edited;
            lock (_gate) edited = _edited.TryGetValue(uri, out long generation) && generation <= snapshot.Generation && _edited.Remove(uri);
            if (_published.TryGetValue(uri, out PublishedDiagnostics? before) && !edited && before.SaysTheSameAs(now)) continue;
            // A closed file that never had a problem needs no message; an open one gets its
            // (empty) list once, so the editor knows it was checked.
            if (diagnostics.Length == 0 && before is null && snapshot.Find(uri) is not { IsOpen: true }) continue;
            int? version = snapshot.Find(uri)?.Version;
            await send(new PublishDiagnosticsParams(uri, version, diagnostics)).ConfigureAwait(false);
            if (diagnostics.Length == 0 && !snapshot.Documents.ContainsKey(DocumentUri.KeyOf(uri))) _published.Remove(uri);
            else _published[uri] = now;
        }
        ServerTimings.Report(log, "diagnostics converted and sent in", started);
    }
}
