namespace ClaimLang.LanguageServer.Hosting;

/// <summary>
/// The messages the filter has let through that the server has not yet got to, counted in bytes.
/// The JSON-RPC connection reads every message it is given and queues its handling on the
/// server's one-at-a-time context without limit; a client that sends faster than the server
/// handles (a burst of full-text edits of a large file) would fill memory with that queue.
/// The filter waits in <see cref="EnterAsync"/> while the limit's worth of bytes or more are
/// queued, so it stops reading the client's stream, the operating system's pipe fills, and the
/// client is held back: the queue stays as small as the limit, not as long as the burst.
/// </summary>
internal sealed class DispatchBacklog(int limit)
{
    /// <summary>The default: a few full texts of a large document, and thousands of keystrokes.</summary>
    public const int DefaultLimit = 4 * 1024 * 1024;

    private readonly Lock _gate = new();
    private readonly Queue<int> _sizes = new();
    private long _queuedBytes;
    private TaskCompletionSource? _roomMade;

    /// <summary>Called when the server has reached every message let through (on its context, where it has one).</summary>
    public Action? Drained { get; set; }

    /// <summary>The bytes let through and not yet reached.</summary>
    public long QueuedBytes
    {
        get
        {
            lock (_gate) return _queuedBytes;
        }
    }

    /// <summary>
    /// Waits until the queue has room, then counts a message of <paramref name="size"/> bytes in
    /// it. A message is let in when the queue is under the limit, so one larger than the limit
    /// still passes, alone.
    /// </summary>
    public async Task EnterAsync(int size, CancellationToken cancellationToken)
    {
        while (true)
        {
            Task wait;
            lock (_gate)
            {
                if (_queuedBytes < limit)
                {
                    _sizes.Enqueue(size);
                    _queuedBytes += size;
                    return;
                }
                _roomMade ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                wait = _roomMade.Task;
            }
            await wait.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The server got to the oldest message let through.</summary>
    public void Reached()
    {
        TaskCompletionSource? waiting;
        bool drained;
        lock (_gate)
        {
            if (!_sizes.TryDequeue(out int size)) return;
            _queuedBytes -= size;
            drained = _sizes.Count == 0;
            waiting = _roomMade;
            _roomMade = null;
        }
        waiting?.TrySetResult();
        if (drained) Drained?.Invoke();
    }
}
