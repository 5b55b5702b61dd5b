using ClaimLang.Diagnostics;
using ClaimLang.LanguageServer.Protocol;
using ClaimLang.Text;

namespace ClaimLang.LanguageServer.Handlers;

/// <summary>Between the core's positions and spans and the protocol's lines and UTF-16 characters (the same units, so no re-encoding).</summary>
internal static class LspConversions
{
    public static LspPosition ToLsp(LinePosition position) => new(position.Line, position.Character);

    public static LspRange ToLsp(LinePositionSpan span) => new(ToLsp(span.Start), ToLsp(span.End));

    public static LspRange ToLspRange(SourceText text, TextSpan span) => ToLsp(text.GetLinePositionSpan(span));

    /// <summary>
    /// The character offset of a request's position. A line past the end of the document is an
    /// invalid request (the client's idea of the document is wrong); a character past the end of
    /// its line means the line's end, as the protocol says.
    /// </summary>
    /// <exception cref="LspRequestException">The position is outside the document.</exception>
    public static int ToOffset(SourceText text, LspPosition position, string uri)
    {
        if (position.Line < 0 || position.Character < 0 || position.Line >= text.LineCount)
        {
            throw new LspRequestException(LspErrorCodes.InvalidParams,
                $"Position {position.Line}:{position.Character} is outside '{uri}', which has {text.LineCount} lines (lines and characters count from 0).");
        }
        return text.GetPosition(new LinePosition(position.Line, position.Character));
    }

    public static int ToLsp(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => 1,
        DiagnosticSeverity.Warning => 2,
        _ => 3,
    };
}
