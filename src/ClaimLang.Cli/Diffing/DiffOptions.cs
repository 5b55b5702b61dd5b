namespace ClaimLang.Cli.Diffing;

/// <summary>What <c>claimc diff</c> was asked to do.</summary>
/// <param name="OldFolder">The old version's project folder; null with <paramref name="GitRevision"/>.</param>
/// <param name="NewFolder">The new version's project folder (with a revision: the working tree's).</param>
/// <param name="GitRevision">Compare the working tree's <paramref name="NewFolder"/> with the same folder at this revision.</param>
/// <param name="Format">How to print the differences.</param>
/// <param name="FailOnNewErrors">Exit 1 when the new version reports errors the old one did not.</param>
internal sealed record DiffOptions(string? OldFolder, string NewFolder, string? GitRevision, DiffFormat Format, bool FailOnNewErrors);
