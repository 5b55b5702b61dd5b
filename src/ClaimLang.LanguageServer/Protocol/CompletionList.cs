namespace ClaimLang.LanguageServer.Protocol;

/// <summary>textDocument/completion's answer.</summary>
public sealed record CompletionList(bool IsIncomplete, CompletionItem[] Items);
