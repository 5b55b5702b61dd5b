namespace ClaimLang.LanguageServer.Protocol;

/// <summary>The name a rename would change, and the text to offer.</summary>
public sealed record PrepareRenameResult(LspRange Range, string Placeholder);
