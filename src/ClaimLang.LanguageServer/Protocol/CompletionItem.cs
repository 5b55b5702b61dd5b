namespace ClaimLang.LanguageServer.Protocol;

/// <summary>One completion. Kind numbers are the protocol's CompletionItemKind.</summary>
public sealed record CompletionItem(string Label, int Kind, string? Detail, MarkupContent? Documentation, TextEdit? TextEdit, string? SortText);
