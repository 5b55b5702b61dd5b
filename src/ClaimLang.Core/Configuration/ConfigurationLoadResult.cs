using System.Collections.Immutable;
using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Configuration;

/// <summary>What reading a <c>claimlang.json</c> gave.</summary>
/// <param name="Configuration">
/// The configuration. When <see cref="Diagnostics"/> is not empty it holds the valid keys and the
/// defaults for the rest, for tools that want to go on (an editor); claimc stops instead.
/// </param>
/// <param name="Diagnostics">The CL9001 problems found, in file order; empty when the file is valid.</param>
/// <param name="Text">The file's text, which the diagnostics' locations point into.</param>
public sealed record ConfigurationLoadResult(ClaimLangConfiguration Configuration, ImmutableArray<Diagnostic> Diagnostics, SourceText Text)
{
    internal bool IsValid => Diagnostics.IsEmpty;
}
