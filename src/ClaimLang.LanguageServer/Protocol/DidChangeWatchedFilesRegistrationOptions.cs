namespace ClaimLang.LanguageServer.Protocol;

/// <summary>The watchers registered for workspace/didChangeWatchedFiles.</summary>
public sealed record DidChangeWatchedFilesRegistrationOptions(LspFileSystemWatcher[] Watchers);
