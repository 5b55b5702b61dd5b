namespace ClaimLang.LanguageServer.Handlers;

/// <summary>A request the server answers with an error response (its code and a message that says what was wrong).</summary>
internal sealed class LspRequestException(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}
