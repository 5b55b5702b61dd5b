using ClaimLang.Cli.Checking;

namespace ClaimLang.Cli.Building;

/// <summary>What <c>claimc build</c> was asked to do.</summary>
/// <param name="Report">The paths and how diagnostics are reported, as for <c>claimc check</c>.</param>
/// <param name="OutputFolder">The dataset folder, relative to the current directory; replaced as a whole.</param>
internal sealed record BuildOptions(CheckOptions Report, string OutputFolder);
