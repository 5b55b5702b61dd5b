using ClaimLang.Bench.Corpus.Randomness;

namespace ClaimLang.Bench.Corpus.Truth;

/// <summary>
/// The groups claims are written about. A few are popular (a fifth of the claims go to the
/// first twentieth of the groups), as some relations get far more coverage than others.
/// </summary>
public sealed class CorpusSeries(IReadOnlyList<FlowSeries> flows, IReadOnlyList<LevelSeries> levels)
{
    public IReadOnlyList<FlowSeries> Flows => flows;

    public IReadOnlyList<LevelSeries> Levels => levels;

    public FlowSeries PickFlow(SeededRandom random) => flows[PickIndex(flows.Count, random)];

    public LevelSeries PickLevel(SeededRandom random) => levels[PickIndex(levels.Count, random)];

    private static int PickIndex(int count, SeededRandom random) =>
        random.Chance(0.2) ? random.Below(Math.Max(1, count / 20)) : random.Below(count);
}
