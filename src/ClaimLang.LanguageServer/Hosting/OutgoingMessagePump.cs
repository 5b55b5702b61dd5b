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
                MessageEnvelope message = MessageEnvelope.Read(body);
                if (message.IsRequest) outstanding.Sent(message.RequestId);
                LspFrameReader.Write(writer, body);
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
                if (message.HasId && !message.HasMethod) Ledger?.Answered();
            }
        }
        finally
        {
            await fromConnection.CompleteAsync().ConfigureAwait(false);
            await writer.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Counts the responses written (an id and no method: requests carry both, notifications a method).</summary>
    public ClientRequestLedger? Ledger { get; init; }
}
