namespace ClaimLang.LanguageServer.Protocol;

/// <summary>The JSON-RPC and LSP error codes the server answers with.</summary>
public static class LspErrorCodes
{
    /// <summary>The message is not JSON.</summary>
    public const int ParseError = -32700;

    /// <summary>The message is JSON but not a request, response or notification.</summary>
    public const int InvalidRequest = -32600;

    /// <summary>The parameters do not fit the method, or name a document or position that does not exist.</summary>
    public const int InvalidParams = -32602;

    /// <summary>The server failed on a valid request: a bug.</summary>
    public const int InternalError = -32603;

    /// <summary>A request came before initialize.</summary>
    public const int ServerNotInitialized = -32002;

    /// <summary>The request was valid but cannot be carried out (a rename to a name that is taken).</summary>
    public const int RequestFailed = -32803;

    /// <summary>The document changed while the answer was computed: the answer would be stale.</summary>
    public const int ContentModified = -32801;

    /// <summary>The client cancelled the request, or a newer edit made its answer stale.</summary>
    public const int RequestCancelled = -32800;
}
