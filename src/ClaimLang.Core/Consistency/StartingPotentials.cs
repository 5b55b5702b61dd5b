namespace ClaimLang.Consistency;

/// <summary>
/// Potentials a check of a flow group found (distances from the virtual source, one per
/// boundary, by day) when all its claims could hold, kept by an editor's line of checks for the
/// next check of the group: after an edit of one claim they are nearly right, and the search
/// that shows the group still holds starts from them (<see cref="NegativeCycleFinder.HoldsFrom"/>).
/// Any start gives the same verdict; a good one only gives it sooner.
/// </summary>
internal sealed class StartingPotentials(int[] days, double[] potentials)
{
    /// <summary>
    /// A start for a group whose boundaries are <paramref name="groupDays"/> (ascending): each
    /// boundary takes the potential kept for its day, or for the nearest kept day before it (the
    /// first kept one when it comes before them all).
    /// </summary>
    public double[] For(ReadOnlySpan<int> groupDays)
    {
        var start = new double[groupDays.Length];
        int kept = 0;
        for (int n = 0; n < groupDays.Length; n++)
        {
            while (kept + 1 < days.Length && days[kept + 1] <= groupDays[n]) kept++;
            start[n] = potentials[kept];
        }
        return start;
    }
}
