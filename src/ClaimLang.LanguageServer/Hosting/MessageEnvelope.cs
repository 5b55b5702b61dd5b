using System.Text.Json;
using System.Text.Unicode;
using StreamJsonRpc;

namespace ClaimLang.LanguageServer.Hosting;

/// <summary>
/// The top-level members of a JSON-RPC message that say what it is: read with one forward pass
/// of a Utf8JsonReader, which also checks that the whole body is JSON, without building a
/// document (a didOpen can carry a megabyte of text). Both directions read it: incoming
/// messages to be checked, outgoing ones to note the ids of the server's requests. The reader
/// leaves the bytes inside strings unchecked, and the connection stops at the first string that
/// is not UTF-8; so every string, nested ones too, is checked here.
/// </summary>
internal readonly record struct MessageEnvelope(
    JsonTokenType Root,
    JsonTokenType Version,
    bool IsVersion2,
    JsonTokenType Method,
    JsonTokenType Id,
    bool IdIsValid,
    RequestId RequestId,
    JsonTokenType Params,
    bool HasResultOrError)
{
    public bool HasMethod => Method != JsonTokenType.None;

    public bool HasId => Id != JsonTokenType.None;

    /// <summary>A request: the server's own, when it goes out, whose answer the client will send.</summary>
    public bool IsRequest => HasMethod && HasId && Id != JsonTokenType.Null;

    /// <exception cref="JsonException">The body is not JSON, or one of its strings is not UTF-8.</exception>
    public static MessageEnvelope Read(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read()) throw new JsonException("The message is empty.");
        JsonTokenType root = reader.TokenType;
        if (root != JsonTokenType.StartObject)
        {
            reader.Skip();
            while (reader.Read()) { } // what follows must be whitespace: the reader throws otherwise
            return new MessageEnvelope(root, default, false, default, default, false, RequestId.Null, default, false);
        }
        JsonTokenType version = default, method = default, id = default, parameters = default;
        bool isVersion2 = false, hasResultOrError = false, idIsValid = false;
        RequestId requestId = RequestId.Null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            RequireUtf8(ref reader);
            string name = reader.GetString()!;
            reader.Read();
            RequireUtf8(ref reader);
            switch (name)
            {
                case "jsonrpc":
                    version = reader.TokenType;
                    isVersion2 = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("2.0");
                    break;
                case "method":
                    method = reader.TokenType;
                    break;
                case "id":
                    id = reader.TokenType;
                    (requestId, idIsValid) = reader.TokenType switch
                    {
                        JsonTokenType.String => (new RequestId(reader.GetString()), true),
                        JsonTokenType.Number when reader.TryGetInt64(out long number) => (new RequestId(number), true),
                        JsonTokenType.Null => (RequestId.Null, true),
                        _ => (RequestId.Null, false),
                    };
                    break;
                case "params":
                    parameters = reader.TokenType;
                    break;
                case "result" or "error":
                    hasResultOrError = true;
                    break;
            }
            SkipValue(ref reader);
        }
        while (reader.Read()) { } // nothing may follow the object but whitespace; the reader throws otherwise
        return new MessageEnvelope(root, version, isVersion2, method, id, idIsValid, requestId, parameters, hasResultOrError);
    }

    // Utf8JsonReader.Skip, checking each string on the way.
    private static void SkipValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) return;
        int depth = reader.CurrentDepth;
        while (reader.Read() && reader.CurrentDepth > depth) RequireUtf8(ref reader);
    }

    // ValueSpan holds the string as written: escapes are ASCII, so any byte that is not UTF-8 shows.
    private static void RequireUtf8(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && !Utf8.IsValid(reader.ValueSpan))
            throw new JsonException("A string holds bytes that are not UTF-8.");
    }
}
