namespace ClaimLang.LanguageServer.Hosting;

/// <summary>
/// Counts the client's requests let through to the connection and the responses that went out,
/// so that the server, told to exit, first answers what it has read: a client may send
/// initialize, shutdown and exit at once, and the connection handles them concurrently, so exit
/// can arrive while an earlier answer is still on its way.
/// </summary>
internal sealed class ClientRequestLedger
{
    private readonly object _gate = new();
    private long _accepted;
    private long _answered;
    private TaskCompletionSource? _waiting;

    public void Accepted()
    {
        lock (_gate) _accepted++;
    }

    public void Answered()
    {
        TaskCompletionSource? done = null;
        lock (_gate)
        {
            _answered++;
            if (_answered >= _accepted && _waiting is not null)
            {
                done = _waiting;
                _waiting = null;
            }
        }
        done?.TrySetResult();
    }

    /// <summary>Completes when every request let through so far has been answered.</summary>
    public Task AllAnswered()
    {
        lock (_gate)
        {
            if (_answered >= _accepted) return Task.CompletedTask;
            _waiting ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _waiting.Task;
        }
    }
}
