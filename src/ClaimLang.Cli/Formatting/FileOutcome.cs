using System.Collections.Immutable;
using ClaimLang.Diagnostics;

namespace ClaimLang.Cli.Formatting;

/// <summary>What <c>claimc fmt</c> did with one file, kept until every file is done so the report comes out in path order.</summary>
/// <param name="DisplayPath">The file's path relative to the current folder, with '/' separators.</param>
/// <param name="Kind">What happened.</param>
/// <param name="SyntaxErrors">For <see cref="FileOutcomeKind.SyntaxErrors"/>, the errors that kept the file from being formatted.</param>
/// <param name="Problem">For <see cref="FileOutcomeKind.Failed"/>, what went wrong and what to do.</param>
internal sealed record FileOutcome(string DisplayPath, FileOutcomeKind Kind, ImmutableArray<Diagnostic> SyntaxErrors = default, string? Problem = null);
