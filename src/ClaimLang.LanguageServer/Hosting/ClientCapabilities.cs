using System.Text.Json;

namespace ClaimLang.LanguageServer.Hosting;

/// <summary>Reads the few client capabilities the server acts on, without a type for the whole (large) structure.</summary>
internal static class ClientCapabilities
{
    /// <summary>Whether the client lets the server register file watchers (workspace.didChangeWatchedFiles.dynamicRegistration).</summary>
    public static bool CanRegisterFileWatchers(JsonElement? capabilities) =>
        capabilities is { ValueKind: JsonValueKind.Object } root
        && root.TryGetProperty("workspace", out JsonElement workspace) && workspace.ValueKind == JsonValueKind.Object
        && workspace.TryGetProperty("didChangeWatchedFiles", out JsonElement watched) && watched.ValueKind == JsonValueKind.Object
        && watched.TryGetProperty("dynamicRegistration", out JsonElement dynamic) && dynamic.ValueKind == JsonValueKind.True;
}
