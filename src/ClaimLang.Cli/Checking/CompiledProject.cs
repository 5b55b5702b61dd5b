using ClaimLang.Compilation;
using ClaimLang.Diagnostics;
using ClaimLang.Text;

namespace ClaimLang.Cli.Checking;

/// <summary>
/// A project read and compiled the way every claimc command sees it: its compilation, its
/// diagnostics after the configured severities, and each file's text by display path (for
/// printing source lines).
/// </summary>
internal sealed record CompiledProject(ClaimCompilation Compilation, IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, SourceText> Sources);
