namespace ClaimLang.LanguageServer.Protocol;

/// <summary>Text for the editor to show; Kind is markdown or plaintext.</summary>
public sealed record MarkupContent(string Kind, string Value);
