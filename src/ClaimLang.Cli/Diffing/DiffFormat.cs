namespace ClaimLang.Cli.Diffing;

/// <summary>How <c>claimc diff</c> prints: for people, for a pull-request comment, or for programs.</summary>
internal enum DiffFormat
{
    Text,
    Markdown,
    Json,
}
