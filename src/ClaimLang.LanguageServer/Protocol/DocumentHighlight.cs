namespace ClaimLang.LanguageServer.Protocol;

/// <summary>An occurrence of the name under the caret in the same document (kind 1 text, 2 read, 3 write).</summary>
public sealed record DocumentHighlight(LspRange Range, int Kind);
