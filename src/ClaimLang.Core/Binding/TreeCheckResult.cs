using System.Collections.Immutable;
using ClaimLang.Diagnostics;
using ClaimLang.Syntax;

namespace ClaimLang.Binding;

/// <summary>
/// What checking one file's members found: its diagnostics, the declared names its claims use,
/// its claim labels, the meaning of every claim that passed its own checks (the input of
/// the consistency checks), and the meanings of the claims that have one despite an error of
/// their own (an amount outside its metric's min/max), which only the dataset shows. Names
/// rather than symbols, so that the result stays valid in a later compilation whose
/// declarations read the same. Nothing changes <see cref="UsedNames"/> once the result is made.
/// </summary>
internal sealed record TreeCheckResult(ImmutableArray<Diagnostic> Diagnostics, IReadOnlySet<string> UsedNames,
    ImmutableArray<ClaimLabelSyntax> Labels, ImmutableArray<Meaning.ClaimMeaning> Meanings,
    ImmutableArray<Meaning.ClaimMeaning> UncheckedMeanings)
{
    /// <summary>The diagnostics found past <see cref="DiagnosticLimit.PerFileAndStage"/>: code and place only.</summary>
    public ImmutableArray<OmittedDiagnostic> OmittedDiagnostics { get; init; } = [];

    /// <summary>
    /// Each claim's own findings, by member index, for an editor's next check of the file
    /// (<see cref="EarlierFileCheck"/>); empty when not kept (outside an editor, or past the
    /// diagnostic limit).
    /// </summary>
    public ImmutableArray<ClaimCheck> ClaimChecks { get; init; } = [];

    /// <summary>How many claims' results were taken over from the file's earlier check (for tests of reuse).</summary>
    public int ReusedClaims { get; init; }
}
