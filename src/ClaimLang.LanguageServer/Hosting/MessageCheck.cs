using StreamJsonRpc;

namespace ClaimLang.LanguageServer.Hosting;

/// <summary>What a message is: its id, whether it is a response, and, when it is not a proper JSON-RPC message, the error to answer with.</summary>
internal readonly record struct MessageCheck(RequestId Id, bool IsResponse, int Code, string? Problem)
{
    /// <summary>The bad message is a notification (a method without an id): it gets no answer.</summary>
    public bool IsNotification { get; init; }

    public static MessageCheck Invalid(RequestId id, int code, string problem) => new(id, IsResponse: false, code, problem);
}
