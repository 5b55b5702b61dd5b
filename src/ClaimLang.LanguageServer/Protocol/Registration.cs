namespace ClaimLang.LanguageServer.Protocol;

/// <summary>One capability registered with the client after initialization.</summary>
public sealed record Registration(string Id, string Method, DidChangeWatchedFilesRegistrationOptions RegisterOptions);
