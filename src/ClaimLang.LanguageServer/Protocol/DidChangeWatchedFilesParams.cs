namespace ClaimLang.LanguageServer.Protocol;

/// <summary>workspace/didChangeWatchedFiles.</summary>
public sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);
