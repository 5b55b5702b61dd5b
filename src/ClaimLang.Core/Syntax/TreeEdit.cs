namespace ClaimLang.Syntax;

/// <summary>
/// How a tree was made from an earlier version of its file by parsing again only the members an
/// edit touched: its members before the re-parsed region are the old tree's, at the same places;
/// those after it are the old tree's from <see cref="FirstOldAfter"/> on, moved by
/// <see cref="CharacterShift"/>. An editor's next check of the file reuses what the checks of
/// those members found (<see cref="Binding.TreeChecker"/>).
/// </summary>
/// <remarks>The old tree is held weakly: a line of edits must not keep every version of a file.</remarks>
internal sealed class TreeEdit(SyntaxTree from, int firstRegionMember, int regionMembers, int firstOldAfter, int characterShift)
{
    private readonly WeakReference<SyntaxTree> _from = new(from);

    public int FirstRegionMember { get; } = firstRegionMember;

    public int RegionMembers { get; } = regionMembers;

    public int FirstOldAfter { get; } = firstOldAfter;

    public int CharacterShift { get; } = characterShift;

    /// <summary>Whether this tree was made from <paramref name="tree"/>.</summary>
    public bool IsFrom(SyntaxTree tree) => _from.TryGetTarget(out SyntaxTree? from) && ReferenceEquals(from, tree);

    /// <summary>The old tree's index of member <paramref name="member"/>; −1 for a member of the re-parsed region.</summary>
    public int OldIndexOf(int member) =>
        member < FirstRegionMember ? member
        : member < FirstRegionMember + RegionMembers ? -1
        : member - FirstRegionMember - RegionMembers + FirstOldAfter;

    /// <summary>How far member <paramref name="member"/>'s text moved (0 before the region).</summary>
    public int ShiftOf(int member) => member < FirstRegionMember ? 0 : CharacterShift;
}
