using ClaimLang.Cli.Output;

namespace ClaimLang.Cli.Checking;

/// <summary>What <c>claimc check</c> was asked to do.</summary>
/// <param name="Paths">Files or folders as the user wrote them, relative to the environment's current directory.</param>
/// <param name="Format">How diagnostics are printed.</param>
/// <param name="WarningsAsErrors">Warnings are reported as errors and fail the run.</param>
/// <param name="OutputFile">Where the report goes instead of standard output, or null.</param>
internal sealed record CheckOptions(IReadOnlyList<string> Paths, OutputFormat Format, bool WarningsAsErrors, string? OutputFile);
