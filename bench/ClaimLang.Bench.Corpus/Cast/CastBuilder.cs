using System.Globalization;
using ClaimLang.Bench.Corpus.Randomness;

namespace ClaimLang.Bench.Corpus.Cast;

/// <summary>
/// Declares a cast that grows with the corpus, as a real project's does: about one entity per
/// 50 claims, one source per 200, one speaker per 100 (within bounds), countries first.
/// </summary>
internal static class CastBuilder
{
    public static CorpusCast Build(int claims, SeededRandom random)
    {
        var names = new NameStock(random);
        int entityCount = Math.Clamp(claims / 50, 20, 2000);
        int sourceCount = Math.Clamp(claims / 200, 10, 500);
        int speakerCount = Math.Clamp(claims / 100, 10, 1000);
        int dissenterCount = Math.Max(4, speakerCount / 5);

        var entities = new List<Entity>(entityCount);
        foreach ((string country, string code) in Words.Countries.Take(entityCount))
            entities.Add(new Entity(NameStock.IdentifierOf(names.Take(country)), country, "country", code));
        while (entities.Count < entityCount)
        {
            (string word, string kind) = random.Pick(Words.OrganisationWords);
            string display = names.TakeFresh(() => string.Concat(names.Word(), " ", word));
            entities.Add(new Entity(NameStock.IdentifierOf(display), display, kind, null));
        }

        var sources = new List<Source>(sourceCount);
        while (sources.Count < sourceCount)
        {
            (string word, string kind) = random.Pick(Words.OutletWords);
            string display = names.TakeFresh(() => string.Concat(names.Word(), " ", word));
            string? url = random.Chance(0.6) ? $"https://{display.ToLowerInvariant().Replace(' ', '-')}.example" : null;
            string published = string.Create(CultureInfo.InvariantCulture, $"2025-{random.Between(1, 6):00}");
            sources.Add(new Source(NameStock.IdentifierOf(display), display, kind, published, url, (char)('A' + random.Below(6))));
        }

        return new CorpusCast(sources, People(speakerCount, names, random), People(dissenterCount, names, random), entities);
    }

    private static List<Person> People(int count, NameStock names, SeededRandom random)
    {
        var people = new List<Person>(count);
        while (people.Count < count)
        {
            string display = names.TakeFresh(() => string.Concat(random.Pick(Words.FirstNames), " ", random.Pick(Words.Surnames)));
            people.Add(new Person(NameStock.IdentifierOf(display), display, random.Pick(Words.Roles)));
        }
        return people;
    }
}
