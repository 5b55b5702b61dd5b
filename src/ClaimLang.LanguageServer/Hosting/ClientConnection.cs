using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using ClaimLang.LanguageServer.Protocol;
using StreamJsonRpc;

namespace ClaimLang.LanguageServer.Hosting;

/// <summary>The messages the server sends to the client on its own: published diagnostics and capability registrations.</summary>
internal sealed class ClientConnection(JsonRpc rpc)
{
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "PublishDiagnosticsParams is serialized by LspJsonContext, first in the formatter's resolver chain.")]
    public Task PublishDiagnosticsAsync(PublishDiagnosticsParams parameters) =>
        rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", parameters);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "RegistrationParams is serialized by LspJsonContext, first in the formatter's resolver chain.")]
    public Task RegisterCapabilityAsync(RegistrationParams parameters) =>
        rpc.InvokeWithParameterObjectAsync<JsonElement>("client/registerCapability", parameters);
}
