using ClaimLang.Bench.Corpus.Cast;
using ClaimLang.Bench.Corpus.Randomness;

namespace ClaimLang.Bench.Corpus.Truth;

/// <summary>
/// Draws the groups: about one flow group per 8 claims and one level group per 60, each group
/// drawn once (two series of one group would have two truths, and conflict by accident).
/// Donors lean towards the first entities, the countries, as in the news. Asked for one group,
/// it draws a single flow and no level: every claim is then about that flow.
/// </summary>
internal static class SeriesBuilder
{
    public static CorpusSeries Build(int claims, IReadOnlyList<Entity> entities, bool oneGroup, SeededRandom random)
    {
        int flowMetrics = Metrics.Flows.Count;
        int flowCount = oneGroup ? 1 : Math.Min(Math.Max(5, claims / 8), entities.Count * (entities.Count - 1) * flowMetrics / 2);
        var flows = new List<FlowSeries>(flowCount);
        var taken = new HashSet<(int, int, int)>();
        while (flows.Count < flowCount)
        {
            double lean = random.NextDouble();
            int from = (int)(lean * lean * entities.Count);
            int to = random.Below(entities.Count);
            int metric = random.Below(flowMetrics);
            if (from == to || !taken.Add((from, to, metric))) continue;
            Metric chosen = Metrics.Flows[metric];
            flows.Add(new FlowSeries(flows.Count, entities[from], entities[to], chosen, random.Spread(chosen.TypicalLow, chosen.TypicalHigh)));
        }

        int levelMetrics = Metrics.Levels.Count;
        int levelCount = oneGroup ? 0 : Math.Min(Math.Max(3, claims / 60), entities.Count * levelMetrics / 2);
        var levels = new List<LevelSeries>(levelCount);
        var measured = new HashSet<(int, int)>();
        while (levels.Count < levelCount)
        {
            int subject = random.Below(entities.Count);
            int metric = random.Below(levelMetrics);
            if (!measured.Add((subject, metric))) continue;
            Metric chosen = Metrics.Levels[metric];
            double level = chosen.Unit == "%" ? random.Between(chosen.TypicalLow, chosen.TypicalHigh) : random.Spread(chosen.TypicalLow, chosen.TypicalHigh);
            levels.Add(new LevelSeries(levels.Count, entities[subject], chosen, level, random.Between(2005, 2019)));
        }
        return new CorpusSeries(flows, levels);
    }
}
