using ClaimLang.Text;

namespace ClaimLang.Configuration;

/// <summary>A property of a JSON object: its (unescaped) name, the span of the name with its quotes, and its value.</summary>
internal sealed record JsonTreeProperty(string Name, TextSpan NameSpan, JsonTreeNode Value);
