namespace ClaimLang.Cli.Formatting;

/// <summary>What <c>claimc fmt</c> was asked to do.</summary>
/// <param name="Paths">Files or folders as the user wrote them, relative to the environment's current directory.</param>
/// <param name="Check">Write nothing; list the files that are not in canonical layout and fail when there are any.</param>
internal sealed record FmtOptions(IReadOnlyList<string> Paths, bool Check);
