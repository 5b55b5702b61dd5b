namespace ClaimLang.Binding;

/// <summary>
/// The check of a file's earlier version that an editor's next check may take claims' results
/// from: the members the incremental parse copied (<see cref="Syntax.TreeEdit"/>) read as they
/// did, so what their checks found holds again, moved with them.
/// </summary>
internal sealed record EarlierFileCheck(Syntax.TreeEdit Edit, TreeCheckResult Result)
{
    /// <summary>The kept check of the claim that member <paramref name="member"/> of the new tree was copied from, and how far it moved.</summary>
    public (ClaimCheck Check, int Shift)? Find(int member)
    {
        int old = Edit.OldIndexOf(member);
        if (old < 0 || old >= Result.ClaimChecks.Length) return null;
        ClaimCheck check = Result.ClaimChecks[old];
        return check.IsKept ? (check, Edit.ShiftOf(member)) : null;
    }
}
