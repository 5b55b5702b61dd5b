namespace ClaimLang.Cli.Output;

/// <summary>The ways <c>claimc check</c> can print diagnostics (--format).</summary>
internal enum OutputFormat
{
    Text,
    MsBuild,
    Json,
    Sarif,
    GitHub,
}
