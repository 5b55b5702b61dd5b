using System.IO.Pipelines;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ClaimLang.LanguageServer.Hosting;

/// <summary>
/// The connection's message reader, which tells the <see cref="DispatchBacklog"/> when the
/// server gets to each message. The connection queues a message's handling on the server's
/// context before it reads the next one; so each read, after the first, queues a mark behind
/// the message before it on the same context, and the mark runs once the server has got to that
/// message.
/// </summary>
internal sealed class PacedMessageHandler(PipeWriter writer, PipeReader reader, IJsonRpcMessageFormatter formatter, DispatchBacklog backlog)
    : HeaderDelimitedMessageHandler(writer, reader, formatter)
{
    private bool _readAny;

    /// <summary>The context the connection hands messages to; without one, a message counts as reached when the next is read.</summary>
    public SynchronizationContext? DispatchContext { get; set; }

    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        if (_readAny)
        {
            if (DispatchContext is { } context) context.Post(static state => ((DispatchBacklog)state!).Reached(), backlog);
            else backlog.Reached();
        }
        JsonRpcMessage? message = await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
        _readAny = message is not null;
        return message;
    }
}
