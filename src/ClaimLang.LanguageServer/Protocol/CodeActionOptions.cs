namespace ClaimLang.LanguageServer.Protocol;

/// <summary>The kinds of code action the server offers.</summary>
public sealed record CodeActionOptions(string[] CodeActionKinds);
