namespace ClaimLang.LanguageServer.Protocol;

/// <summary>Open and close notifications, and incremental edits (Change = 2).</summary>
public sealed record TextDocumentSyncOptions(bool OpenClose, int Change, SaveOptions Save);
