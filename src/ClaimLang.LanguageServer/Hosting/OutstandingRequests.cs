using StreamJsonRpc;

namespace ClaimLang.LanguageServer.Hosting;

/// <summary>
/// The ids of the requests the server sent and the client has not answered. The connection
/// gives up on a response it did not ask for, so only responses to these reach it; a late,
/// repeated or invented answer is dropped.
/// </summary>
internal sealed class OutstandingRequests
{
    private readonly HashSet<RequestId> _ids = [];
    private readonly Lock _gate = new();

    public void Sent(RequestId id)
    {
        lock (_gate) _ids.Add(id);
    }

    /// <summary>Whether <paramref name="id"/> answers a request in flight; it is no longer outstanding after this.</summary>
    public bool TryAnswer(RequestId id)
    {
        lock (_gate) return _ids.Remove(id);
    }
}
