using System.Collections.Immutable;
using ClaimLang.Binding.Meaning;
using ClaimLang.Diagnostics;

namespace ClaimLang.Binding;

/// <summary>
/// What the checks of one claim found (its diagnostics, in order, and its meaning), kept by an
/// editor's check of a file so that the next check, after an edit elsewhere in the file, takes
/// it over instead of checking the claim again: a claim's checks read only its own text, the
/// declarations and the options, which such a line of compilations shares.
/// </summary>
/// <param name="HasOwnError">Whether one of the diagnostics is an error, which keeps the meaning out of the consistency checks.</param>
internal readonly record struct ClaimCheck(ImmutableArray<Diagnostic> Diagnostics, ClaimMeaning? Meaning, bool HasOwnError)
{
    /// <summary>Whether the check was kept (a default entry stands for a member that was not).</summary>
    public bool IsKept => !Diagnostics.IsDefault;
}
