using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using ClaimLang.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ClaimLang.LanguageServer.Hosting;

/// <summary>
/// Stands between the client and the JSON-RPC connection and lets through only well-formed
/// messages. A connection that meets a body that is not JSON, or JSON that is not a request,
/// response or notification, gives up the whole stream; an editor's server must instead answer
/// such a message with an error (ParseError or InvalidRequest, naming its id when it has one)
/// and read on. Framing is LSP's: <c>Content-Length</c> headers, a blank line, the body.
/// </summary>
internal sealed class IncomingMessageFilter(Stream input, PipeWriter accepted, Func<RequestId, int, string, Task> reject)
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();

    /// <summary>Copies messages until the input ends; then completes <c>accepted</c>, which ends the connection.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        PipeReader reader = PipeReader.Create(input, new StreamPipeReaderOptions(leaveOpen: true));
        try
        {
            while (await ReadMessageAsync(reader, cancellationToken).ConfigureAwait(false))
            {
            }
        }
        finally
        {
            await reader.CompleteAsync().ConfigureAwait(false);
            await accepted.CompleteAsync().ConfigureAwait(false);
        }
    }

    // One message: headers, then the body. False at the end of the input.
    private async Task<bool> ReadMessageAsync(PipeReader reader, CancellationToken cancellationToken)
    {
        ReadResult read;
        SequencePosition? headerEnd;
        while (true)
        {
            read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            headerEnd = Find(read.Buffer, HeaderEnd);
            if (headerEnd is not null) break;
            if (read.IsCompleted) return false;
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }

        string headers = Encoding.ASCII.GetString(read.Buffer.Slice(0, headerEnd.Value).ToArray());
        SequencePosition bodyStart = read.Buffer.GetPosition(HeaderEnd.Length, headerEnd.Value);
        if (ContentLength(headers) is not { } length)
        {
            reader.AdvanceTo(bodyStart);
            await reject(RequestId.Null, LspErrorCodes.ParseError, "A message had no valid Content-Length header; it was skipped.").ConfigureAwait(false);
            return true;
        }
        reader.AdvanceTo(bodyStart);

        while (true)
        {
            read = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (read.Buffer.Length >= length) break;
            if (read.IsCompleted) return false;
            reader.AdvanceTo(read.Buffer.Start, read.Buffer.End);
        }
        ReadOnlySequence<byte> body = read.Buffer.Slice(0, length);
        (RequestId id, int code, string? problem) = Validate(body);
        if (problem is null)
        {
            WriteFramed(body, length);
            reader.AdvanceTo(body.End);
            await accepted.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            reader.AdvanceTo(body.End);
            await reject(id, code, problem).ConfigureAwait(false);
        }
        return true;
    }

    private void WriteFramed(ReadOnlySequence<byte> body, long length)
    {
        Encoding.ASCII.GetBytes($"Content-Length: {length.ToString(CultureInfo.InvariantCulture)}\r\n\r\n", accepted);
        foreach (ReadOnlyMemory<byte> segment in body) accepted.Write(segment.Span);
    }

    private static long? ContentLength(string headers)
    {
        foreach (string line in headers.Split("\r\n"))
        {
            int colon = line.IndexOf(':');
            if (colon > 0 && line.AsSpan(0, colon).Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                && long.TryParse(line.AsSpan(colon + 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out long length)
                && length <= int.MaxValue)
            {
                return length;
            }
        }
        return null;
    }

    /// <summary>Whether the body is a JSON-RPC 2.0 message; if not, the error to answer with and the message's id when it has a usable one.</summary>
    internal static (RequestId Id, int Code, string? Problem) Validate(ReadOnlySequence<byte> body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            return (RequestId.Null, LspErrorCodes.ParseError, $"The message is not valid JSON: {e.Message}");
        }
        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return (RequestId.Null, LspErrorCodes.InvalidRequest, "A message must be a JSON object.");
            RequestId id = RequestId.Null;
            bool hasId = root.TryGetProperty("id", out JsonElement idElement);
            if (hasId)
            {
                if (idElement.ValueKind == JsonValueKind.String) id = new RequestId(idElement.GetString());
                else if (idElement.ValueKind == JsonValueKind.Number && idElement.TryGetInt64(out long number)) id = new RequestId(number);
                else if (idElement.ValueKind != JsonValueKind.Null) return (RequestId.Null, LspErrorCodes.InvalidRequest, "A message's id must be a string or an integer.");
            }
            if (!root.TryGetProperty("jsonrpc", out JsonElement version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
                return (id, LspErrorCodes.InvalidRequest, "A message must say \"jsonrpc\": \"2.0\".");
            if (root.TryGetProperty("method", out JsonElement method))
            {
                if (method.ValueKind != JsonValueKind.String) return (id, LspErrorCodes.InvalidRequest, "A message's method must be a string.");
                if (root.TryGetProperty("params", out JsonElement parameters) && parameters.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null))
                    return (id, LspErrorCodes.InvalidParams, "A message's params must be an object or an array.");
                return (id, 0, null);
            }
            bool isResponse = hasId && (root.TryGetProperty("result", out _) || root.TryGetProperty("error", out _));
            return isResponse ? (id, 0, null) : (id, LspErrorCodes.InvalidRequest, "A message must have a method (a request or notification) or an id with a result or error (a response).");
        }
    }

    private static SequencePosition? Find(ReadOnlySequence<byte> buffer, ReadOnlySpan<byte> value)
    {
        var reader = new SequenceReader<byte>(buffer);
        return reader.TryReadTo(out ReadOnlySequence<byte> _, value, advancePastDelimiter: false) ? reader.Position : null;
    }
}
