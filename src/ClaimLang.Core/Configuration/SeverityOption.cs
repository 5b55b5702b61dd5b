namespace ClaimLang.Configuration;

/// <summary>
/// What the configuration may set a diagnostic code to (docs/language.md, "Diagnostics" and "Configuration"): one of
/// the three severities, or <see cref="None"/>, which switches the code off.
/// </summary>
internal enum SeverityOption
{
    Error,
    Warning,
    Info,

    /// <summary>The code is switched off: its diagnostics are dropped, not merely hidden.</summary>
    None,
}
