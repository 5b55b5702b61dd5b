using System.Globalization;
using ClaimLang.Bench.Corpus.Cast;
using ClaimLang.Bench.Corpus.Randomness;

namespace ClaimLang.Bench.Corpus.Claims;

/// <summary>Hands out the articles claims come from: 2006 to 2024, one to eight claims each.</summary>
internal sealed class ArticleDesk(IReadOnlyList<Source> sources, SeededRandom random)
{
    public const int FirstMonth = 2006 * 12;
    public const int LastMonth = 2024 * 12 + 11;

    private int _count;

    public Article Next()
    {
        Source source = random.Pick(sources);
        int month = random.Between(FirstMonth, LastMonth);
        int day = random.Chance(0.3) ? random.Between(1, 28) : 0;
        int number = ++_count;
        string? cite = source.Url is { } site && random.Chance(0.7)
            ? string.Create(CultureInfo.InvariantCulture, $"{site}/{month / 12}/{month % 12 + 1:00}/article-{number}")
            : null;
        return new Article(number, source, month, day, cite, random.Between(1, 8));
    }
}
