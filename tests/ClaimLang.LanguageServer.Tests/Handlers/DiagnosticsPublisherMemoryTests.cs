using System.Runtime.CompilerServices;
using ClaimLang.LanguageServer.Handlers;
using ClaimLang.LanguageServer.Protocol;
using ClaimLang.LanguageServer.Tests.TestSupport;
using ClaimLang.LanguageServer.Workspace;

namespace ClaimLang.LanguageServer.Tests.Handlers;

/// <summary>
/// DiagnosticsPublisher holds the snapshot it is checking and the newest one, not one per change:
/// snapshots scheduled while a run is held up, and superseded before it ends, can be collected.
/// </summary>
public sealed class DiagnosticsPublisherMemoryTests : IDisposable
{
    private readonly ProjectFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Snapshots_superseded_while_a_run_is_held_up_are_not_kept()
    {
        _folder.Write("decls.claim", ProjectFolder.Declarations);
        _folder.Write("uses.claim", ProjectFolder.UsesB);
        ProjectWorkspace workspace = _folder.Load();
        string uses = _folder.UriOf("uses.claim");
        var held = new TaskCompletionSource();
        var sent = new List<int?>();
        var publisher = new DiagnosticsPublisher(async parameters =>
        {
            await held.Task;
            lock (sent) sent.Add(parameters.Version);
        }, TextWriter.Null);
        workspace.Open(uses, ProjectFolder.UsesB, 1);
        Task first = publisher.Schedule(workspace.Snapshot, uses);

        WeakReference[] superseded = ScheduleChanges(workspace, publisher, uses, versions: 20);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // Before, every one of the 20 was kept. One may still be held for a moment: the run
        // scheduled first may not have taken its snapshot when the next change came, so the
        // change after it waits as the newest (a CI run saw that once).
        superseded.Count(s => s.IsAlive).ShouldBeLessThanOrEqualTo(1);
        held.SetResult();
        await first;
        await publisher.Idle;
        sent.ShouldContain(21);
        sent.ShouldNotContain(10);
    }

    // Versions 2 to N + 1, each scheduled; returns weak references to all but the last snapshot.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference[] ScheduleChanges(ProjectWorkspace workspace, DiagnosticsPublisher publisher, string uri, int versions)
    {
        var references = new List<WeakReference>();
        for (int version = 2; version <= versions + 1; version++)
        {
            WorkspaceSnapshot snapshot = workspace.Change(uri, version, [new TextDocumentContentChangeEvent(null, ProjectFolder.UsesB + new string(' ', version))])!;
            publisher.Schedule(snapshot, uri);
            if (version <= versions) references.Add(new WeakReference(snapshot));
        }
        return [.. references];
    }
}
