using System.Collections.Immutable;
using System.Text.Json;
using ClaimLang.Text;

namespace ClaimLang.Configuration;

/// <summary>
/// One JSON value with the span of its text. JsonDocument forgets where its values were; the
/// configuration's diagnostics must point at the offending token, so the loader reads into this
/// small tree instead.
/// </summary>
internal sealed class JsonTreeNode
{
    private JsonTreeNode(JsonValueKind kind, TextSpan span, string? text, ImmutableArray<JsonTreeProperty> properties, ImmutableArray<JsonTreeNode> items)
    {
        Kind = kind;
        Span = span;
        Text = text;
        Properties = properties;
        Items = items;
    }

    public JsonValueKind Kind { get; }

    /// <summary>The value's text in the file: quotes included for a string, brackets for an object or array.</summary>
    public TextSpan Span { get; }

    /// <summary>A string's value (unescaped) or a number's literal as written; null for other kinds.</summary>
    public string? Text { get; }

    /// <summary>An object's properties in file order, duplicates kept (the loader reports them).</summary>
    public ImmutableArray<JsonTreeProperty> Properties { get; }

    /// <summary>An array's items in order.</summary>
    public ImmutableArray<JsonTreeNode> Items { get; }

    public static JsonTreeNode Scalar(JsonValueKind kind, TextSpan span, string? text) => new(kind, span, text, [], []);

    public static JsonTreeNode Object(TextSpan span, ImmutableArray<JsonTreeProperty> properties) => new(JsonValueKind.Object, span, null, properties, []);

    public static JsonTreeNode Array(TextSpan span, ImmutableArray<JsonTreeNode> items) => new(JsonValueKind.Array, span, null, [], items);

    /// <summary>What the value is, for messages: "a string", "an array", "true", ...</summary>
    public string Describe() => Kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };
}
