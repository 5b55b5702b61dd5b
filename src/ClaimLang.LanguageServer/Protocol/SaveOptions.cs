namespace ClaimLang.LanguageServer.Protocol;

/// <summary>Whether didSave carries the text (it need not: the buffer already has it).</summary>
public sealed record SaveOptions(bool IncludeText);
