using System.IO.Pipelines;
using System.Text.Json;
using ClaimLang.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ClaimLang.LanguageServer.Hosting;

/// <summary>
/// Stands between the client and the JSON-RPC connection and lets through only well-formed
/// messages. The connection gives up the whole stream when it meets a body that is not JSON,
/// JSON that is not a request, response or notification, or a response to a request it never
/// sent; an editor's server must instead answer a bad message with an error (ParseError or
/// InvalidRequest, naming its id when it has one), drop a stray response, and read on.
/// </summary>
internal sealed class IncomingMessageFilter(Stream input, PipeWriter accepted, OutstandingRequests outstanding,
    Func<RequestId, int, string, Task> reject, TextWriter log)
{
    /// <summary>Counts the requests let through, for an exit that answers them first.</summary>
    public ClientRequestLedger? Ledger { get; init; }

    /// <summary>Awaited when the input has ended, before the connection is ended: the server's chance to handle what it has read.</summary>
    public Func<Task> AtEndOfInput { get; set; } = () => Task.CompletedTask;

    /// <summary>When set, a message is let through only while the server is not too far behind: the filter then stops reading the client.</summary>
    public DispatchBacklog? Backlog { get; set; }

    /// <summary>Copies messages until the input ends; then completes <c>accepted</c>, which ends the connection.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        PipeReader reader = PipeReader.Create(input, new StreamPipeReaderOptions(leaveOpen: true));
        try
        {
            var frames = new LspFrameReader(reader);
            while (await frames.ReadAsync(cancellationToken).ConfigureAwait(false) is { } frame)
            {
                if (!frame.HasValidHeaders)
                {
                    await reject(RequestId.Null, LspErrorCodes.ParseError, "A message had no valid Content-Length header; it was skipped.").ConfigureAwait(false);
                    continue;
                }
                MessageCheck check = Validate(frame.Body);
                if (check.Problem is not null && check.IsNotification)
                {
                    // A notification is never answered, not even with an error.
                    await log.WriteLineAsync($"claimc lsp: ignored a notification: {check.Problem}").ConfigureAwait(false);
                }
                else if (check.Problem is not null)
                {
                    await reject(check.Id, check.Code, check.Problem).ConfigureAwait(false);
                }
                else if (check.IsResponse && !outstanding.TryAnswer(check.Id))
                {
                    await log.WriteLineAsync($"claimc lsp: ignored a response to no request of the server (id {check.Id}).").ConfigureAwait(false);
                }
                else
                {
                    if (Backlog is { } backlog) await backlog.EnterAsync(frame.Body!.Length, cancellationToken).ConfigureAwait(false);
                    if (!check.IsResponse && !check.IsNotification) Ledger?.Accepted();
                    LspFrameReader.Write(accepted, frame.Body);
                    await accepted.FlushAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
            await AtEndOfInput().ConfigureAwait(false);
            await accepted.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Whether the body is a JSON-RPC 2.0 message, and if not, the error to answer with.</summary>
    internal static MessageCheck Validate(ReadOnlySpan<byte> body)
    {
        MessageEnvelope message;
        try
        {
            message = MessageEnvelope.Read(body);
        }
        catch (JsonException e)
        {
            return MessageCheck.Invalid(RequestId.Null, LspErrorCodes.ParseError, $"The message is not valid JSON: {e.Message}");
        }
        if (message.Root != JsonTokenType.StartObject) return MessageCheck.Invalid(RequestId.Null, LspErrorCodes.InvalidRequest, "A message must be a JSON object.");
        if (message.HasId && !message.IdIsValid) return MessageCheck.Invalid(RequestId.Null, LspErrorCodes.InvalidRequest, "A message's id must be a string or an integer.");
        RequestId id = message.RequestId;
        if (!message.IsVersion2) return MessageCheck.Invalid(id, LspErrorCodes.InvalidRequest, "A message must say \"jsonrpc\": \"2.0\".");
        if (message.HasMethod)
        {
            if (message.Method != JsonTokenType.String) return MessageCheck.Invalid(id, LspErrorCodes.InvalidRequest, "A message's method must be a string.");
            if (message.Params is not (JsonTokenType.None or JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.Null))
                return MessageCheck.Invalid(id, LspErrorCodes.InvalidParams, "A message's params must be an object or an array.") with { IsNotification = !message.HasId };
            return new MessageCheck(id, IsResponse: false, 0, null) { IsNotification = !message.HasId };
        }
        return message.HasId && message.HasResultOrError
            ? new MessageCheck(id, IsResponse: true, 0, null)
            : MessageCheck.Invalid(id, LspErrorCodes.InvalidRequest, "A message must have a method (a request or notification) or an id with a result or error (a response).");
    }
}
