namespace ClaimLang.LanguageServer.Protocol;

/// <summary>Where a diagnostic code is explained.</summary>
public sealed record CodeDescription(string Href);
