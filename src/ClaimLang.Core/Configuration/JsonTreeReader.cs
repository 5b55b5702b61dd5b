using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using ClaimLang.Text;

namespace ClaimLang.Configuration;

/// <summary>Reads a JSON text into a <see cref="JsonTreeNode"/> tree that remembers where each value and property name is.</summary>
internal static class JsonTreeReader
{
    // JSON with comments and trailing commas, as tsconfig.json and VS Code's settings: the file is
    // written by hand, the reason a code is switched off belongs next to the entry, and a trailing
    // comma left after deleting the last entry is not worth failing a CI run over.
    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    // System.Text.Json ends its messages with " LineNumber: 0 | BytePositionInLine: 8.", a
    // zero-based byte count; the diagnostic's own line and column replace it.
    private const string PositionSuffix = " LineNumber:";

    public static bool TryRead(string text, [NotNullWhen(true)] out JsonTreeNode? root, [NotNullWhen(false)] out JsonSyntaxError? error)
    {
        var positions = new Utf8Positions(text);
        var reader = new Utf8JsonReader(positions.Bytes, Options);
        try
        {
            reader.Read();
            root = ReadValue(ref reader, positions);
            // Throws when anything but whitespace and comments follows the root value.
            reader.Read();
            error = null;
            return true;
        }
        catch (JsonException e)
        {
            root = null;
            error = ToError(e, hasReadToken: reader.TokenType != JsonTokenType.None, positions);
            return false;
        }
        catch (InvalidOperationException) when (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName)
        {
            // An escaped lone surrogate ("\uD800") is valid JSON syntax but no .NET string: GetString refuses it.
            root = null;
            int start = positions.ToCharPosition(reader.TokenStartIndex);
            error = new JsonSyntaxError(TokenSpan(ref reader, positions, start, quoted: true),
                "this string escapes half of a surrogate pair (such as \\uD800 alone), which is not text.", HasNoValue: false);
            return false;
        }
    }

    private static JsonTreeNode ReadValue(ref Utf8JsonReader reader, Utf8Positions positions)
    {
        int start = positions.ToCharPosition(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                return ReadObject(ref reader, positions, start);
            case JsonTokenType.StartArray:
                return ReadArray(ref reader, positions, start);
            case JsonTokenType.String:
                return JsonTreeNode.Scalar(JsonValueKind.String, TokenSpan(ref reader, positions, start, quoted: true), reader.GetString());
            case JsonTokenType.Number:
                return JsonTreeNode.Scalar(JsonValueKind.Number, TokenSpan(ref reader, positions, start, quoted: false), Encoding.UTF8.GetString(reader.ValueSpan));
            case JsonTokenType.True:
                return JsonTreeNode.Scalar(JsonValueKind.True, TokenSpan(ref reader, positions, start, quoted: false), null);
            case JsonTokenType.False:
                return JsonTreeNode.Scalar(JsonValueKind.False, TokenSpan(ref reader, positions, start, quoted: false), null);
            case JsonTokenType.Null:
                return JsonTreeNode.Scalar(JsonValueKind.Null, TokenSpan(ref reader, positions, start, quoted: false), null);
            default:
                throw new InvalidOperationException($"Utf8JsonReader gave {reader.TokenType} where a value starts.");
        }
    }

    private static JsonTreeNode ReadObject(ref Utf8JsonReader reader, Utf8Positions positions, int start)
    {
        var properties = ImmutableArray.CreateBuilder<JsonTreeProperty>();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int nameStart = positions.ToCharPosition(reader.TokenStartIndex);
            TextSpan nameSpan = TokenSpan(ref reader, positions, nameStart, quoted: true);
            string name = reader.GetString()!;
            reader.Read();
            properties.Add(new JsonTreeProperty(name, nameSpan, ReadValue(ref reader, positions)));
        }
        return JsonTreeNode.Object(ClosingSpan(ref reader, positions, start), properties.ToImmutable());
    }

    private static JsonTreeNode ReadArray(ref Utf8JsonReader reader, Utf8Positions positions, int start)
    {
        var items = ImmutableArray.CreateBuilder<JsonTreeNode>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            items.Add(ReadValue(ref reader, positions));
        }
        return JsonTreeNode.Array(ClosingSpan(ref reader, positions, start), items.ToImmutable());
    }

    // The reader is on the closing bracket: the value's span ends after it.
    private static TextSpan ClosingSpan(ref Utf8JsonReader reader, Utf8Positions positions, int start) =>
        TextSpan.FromBounds(start, positions.ToCharPosition(reader.TokenStartIndex + 1));

    // ValueSpan is the token's raw text (still escaped for strings), so the token ends after it
    // and, for strings and property names, the closing quote.
    private static TextSpan TokenSpan(ref Utf8JsonReader reader, Utf8Positions positions, int start, bool quoted) =>
        TextSpan.FromBounds(start, positions.ToCharPosition(reader.TokenStartIndex + reader.ValueSpan.Length + (quoted ? 2 : 0)));

    private static JsonSyntaxError ToError(JsonException exception, bool hasReadToken, Utf8Positions positions)
    {
        long bytePosition = positions.FromLineAndByte(exception.LineNumber ?? 0, exception.BytePositionInLine ?? 0);
        int start = positions.ToCharPosition(bytePosition);
        int end = positions.ToCharPosition(NextCharacterEnd(positions.Bytes, bytePosition));

        string reason = exception.Message;
        int suffix = reason.IndexOf(PositionSuffix, StringComparison.Ordinal);
        if (suffix >= 0) reason = reason[..suffix];

        bool hasNoValue = !hasReadToken && bytePosition == positions.Bytes.Length;
        return new JsonSyntaxError(TextSpan.FromBounds(start, end), reason.Trim(), hasNoValue);
    }

    // The offending character: one UTF-8 sequence (a lead byte and its continuation bytes), or nothing at the end.
    private static long NextCharacterEnd(byte[] bytes, long position)
    {
        if (position >= bytes.Length) return bytes.Length;
        long end = position + 1;
        while (end < bytes.Length && (bytes[end] & 0xC0) == 0x80) end++;
        return end;
    }
}
