using System.IO.Pipelines;
using StreamJsonRpc;

namespace ClaimLang.LanguageServer.Hosting;

/// <summary>
/// Copies the connection's messages to the client, noting the id of every request the server
/// sends (client/registerCapability), so that <see cref="IncomingMessageFilter"/> lets through
/// the answers to those and no others.
/// </summary>
internal sealed class OutgoingMessagePump(PipeReader fromConnection, Stream output, OutstandingRequests outstanding)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        PipeWriter writer = PipeWriter.Create(output, new StreamPipeWriterOptions(leaveOpen: true));
        try
        {
            var frames = new LspFrameReader(fromConnection);
            while (await frames.ReadAsync(cancellationToken).ConfigureAwait(false) is { Body: { } body })
            {
                if (RequestIdOf(body) is { } id) outstanding.Sent(id);
                LspFrameReader.Write(writer, body);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await fromConnection.CompleteAsync().ConfigureAwait(false);
            await writer.CompleteAsync().ConfigureAwait(false);
        }
    }

    // Only requests carry both a method and an id (responses have an id, notifications a method).
    private static RequestId? RequestIdOf(byte[] body)
    {
        MessageEnvelope message = MessageEnvelope.Read(body);
        return message.IsRequest ? message.RequestId : null;
    }
}
