using System.Text.Json;

namespace ClaimLang.LanguageServer.Protocol;

/// <summary>initialize: where the project is and what the client can do.</summary>
public sealed record InitializeParams(int? ProcessId, string? RootUri, string? RootPath, WorkspaceFolder[]? WorkspaceFolders, JsonElement? Capabilities);
