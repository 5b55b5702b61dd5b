namespace ClaimLang.Configuration;

/// <summary>
/// The top-level keys of <c>claimlang.json</c>, spelled as docs/language.md, "Configuration" spells them.
/// A test compares <see cref="All"/> with the properties of schemas/claimlang.schema.json, so
/// the loader and the editors' schema cannot drift apart.
/// </summary>
internal static class ConfigurationKeys
{
    /// <summary>Where editors find the JSON schema; the loader only checks that it is a string.</summary>
    public const string Schema = "$schema";

    public const string Include = "include";

    public const string Exclude = "exclude";

    public const string Diagnostics = "diagnostics";

    public const string ApproximateTolerance = "approximateTolerance";

    public const string RoundingTolerance = "roundingTolerance";

    /// <summary>Every key the loader knows, in the order messages list them.</summary>
    public static IReadOnlyList<string> All { get; } = [Schema, Include, Exclude, Diagnostics, ApproximateTolerance, RoundingTolerance];
}
