using System.Text.Json;
using ClaimLang.LanguageServer.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace ClaimLang.LanguageServer.Hosting;

/// <summary>
/// The JSON-RPC connection, with error responses as the protocol wants them: a code and a
/// message that says what was wrong, and no .NET exception details as data (which the
/// connection would otherwise try to serialize, and which mean nothing to an editor).
/// </summary>
internal sealed class LspConnection(IJsonRpcMessageHandler handler, TextWriter log) : JsonRpc(handler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        Exception error = Unwrap(exception);
        (int code, string message) = error switch
        {
            LocalRpcException local => (local.ErrorCode, local.Message),
            OperationCanceledException => (LspErrorCodes.RequestCancelled, "The request was cancelled."),
            JsonException json => (LspErrorCodes.InvalidParams, $"The parameters of '{request.Method}' do not fit the method: {json.Message}"),
            _ => (LspErrorCodes.InternalError, $"claimc lsp failed to answer '{request.Method}': {error.Message}. This is a bug in claimc; the server goes on."),
        };
        if (code == LspErrorCodes.InternalError) log.WriteLine($"claimc lsp: '{request.Method}' failed: {error}");
        return new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)code, Message = message };
    }

    private static Exception Unwrap(Exception exception)
    {
        while (exception is AggregateException { InnerExceptions.Count: 1 } aggregate) exception = aggregate.InnerExceptions[0];
        while (exception is System.Reflection.TargetInvocationException { InnerException: { } inner }) exception = inner;
        return exception;
    }
}
