using System.Collections.Immutable;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;

namespace ClaimLang.Binding;

/// <summary>
/// What checking one file's members found: its diagnostics, the declared names its claims use,
/// its claim labels, and the meaning of every claim that passed its own checks (the input of
/// the consistency checks). Names rather than symbols, so that the result stays valid in a
/// later compilation whose declarations read the same. Nothing changes
/// <see cref="UsedNames"/> once the result is made.
/// </summary>
public sealed record TreeCheckResult(ImmutableArray<Diagnostic> Diagnostics, IReadOnlySet<string> UsedNames,
    ImmutableArray<ClaimLabelSyntax> Labels, ImmutableArray<Meaning.ClaimMeaning> Meanings);
