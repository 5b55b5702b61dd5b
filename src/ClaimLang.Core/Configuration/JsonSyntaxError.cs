using ClaimLang.Text;

namespace ClaimLang.Configuration;

/// <summary>Where and why a text is not JSON.</summary>
/// <param name="Span">The offending character, or an empty span at the end of the text.</param>
/// <param name="Reason">System.Text.Json's explanation, without its byte-based position.</param>
/// <param name="HasNoValue">The text holds nothing but whitespace and comments.</param>
internal sealed record JsonSyntaxError(TextSpan Span, string Reason, bool HasNoValue);
