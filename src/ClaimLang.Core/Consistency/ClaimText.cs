using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// A claim as written (label and qualifiers included, no trivia around it), kept as its place in
/// its file's text rather than copied: a group of 10,000 claims is a million characters, which
/// <see cref="GroupResultCache"/> copied after every edit that changed the group. A kept place
/// is pointed at the newest version of the file each time its entry is used, so entries keep
/// alive no older text than the last few checks read.
/// </summary>
internal readonly record struct ClaimText(string File, int Start, int Length)
{
    public static ClaimText Of(ClaimMeaning claim)
    {
        var span = claim.Claim.Span;
        return new ClaimText(claim.Claim.Tree.Text.Text, span.Start, span.Length);
    }

    public ReadOnlySpan<char> AsSpan() => File.AsSpan(Start, Length);
}
