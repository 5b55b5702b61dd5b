using ClaimLang.Bench.Corpus.Truth;

namespace ClaimLang.Bench.Corpus.Claims;

/// <summary>
/// What has been written about each group (flows and levels numbered apart): the period of its
/// latest claim, which a conflicting claim reuses so that it meets a figure for the same
/// period, and how many conflicting claims it has, each of which gets a dissenter of its own.
/// </summary>
internal sealed class GroupHistory(int groups)
{
    private readonly ClaimPeriod?[] _lastPeriod = new ClaimPeriod?[groups];
    private readonly int[] _conflicting = new int[groups];

    public ClaimPeriod? LastPeriod(int group) => _lastPeriod[group];

    public int Conflicting(int group) => _conflicting[group];

    public void Wrote(int group, ClaimPeriod period, bool conflicting)
    {
        _lastPeriod[group] = period;
        if (conflicting) _conflicting[group]++;
    }
}
