namespace ClaimLang.Consistency;

/// <summary>
/// Counts the steps the searches of one flow group take (an edge loaded or looked at, a
/// distance improved, a boundary moved), shared by the workspaces a check uses, so that what a
/// group may spend is measured in the work done and not in tests or claims, whose cost varies
/// with the shape of the group.
/// </summary>
internal sealed class WorkMeter
{
    public long Steps;
}
