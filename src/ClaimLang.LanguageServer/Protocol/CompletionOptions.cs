namespace ClaimLang.LanguageServer.Protocol;

/// <summary>Characters that start completion without a word.</summary>
public sealed record CompletionOptions(string[] TriggerCharacters, bool ResolveProvider);
