namespace ClaimLang.LanguageServer.Protocol;

/// <summary>Whether find references lists the declaration too.</summary>
public sealed record ReferenceContext(bool IncludeDeclaration);
