namespace ClaimLang.LanguageServer.Protocol;

/// <summary>One edit: a range replaced by text, or the whole document when there is no range.</summary>
public sealed record TextDocumentContentChangeEvent(LspRange? Range, string Text);
