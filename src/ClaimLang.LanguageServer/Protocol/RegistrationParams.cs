namespace ClaimLang.LanguageServer.Protocol;

/// <summary>client/registerCapability.</summary>
public sealed record RegistrationParams(Registration[] Registrations);
