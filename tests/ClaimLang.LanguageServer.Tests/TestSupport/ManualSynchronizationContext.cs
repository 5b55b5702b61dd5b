namespace ClaimLang.LanguageServer.Tests.TestSupport;

/// <summary>
/// A synchronization context that runs nothing until the test says so: it stands for the
/// connection's one-at-a-time context while the server is busy, so that what a handler posts
/// waits, as it would behind a queue of messages, and the test decides when it runs.
/// </summary>
internal sealed class ManualSynchronizationContext : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _posted = new();

    public int Waiting => _posted.Count;

    public override void Post(SendOrPostCallback d, object? state) => _posted.Enqueue((d, state));

    /// <summary>Runs what was posted, in order, and what that posts in turn, until nothing waits.</summary>
    public void RunAll()
    {
        while (_posted.TryDequeue(out var item)) item.Callback(item.State);
    }
}
