using System.Text;
using ClaimLang.Bench.Corpus.Cast;
using ClaimLang.Bench.Corpus.Randomness;

namespace ClaimLang.Bench.Corpus.Claims;

/// <summary>
/// The qualifiers after a claim's period: as of the article's date, a note, the article's
/// address, and rarely a status (a claim disputed or retracted later).
/// When there are several, they sometimes go on a second, indented line.
/// </summary>
internal sealed class QualifierWriter(SeededRandom random)
{
    private readonly List<string> _parts = new(4);

    public void Write(StringBuilder line, Article article, bool conflicting)
    {
        _parts.Clear();
        if (random.Chance(0.6)) _parts.Add("as of " + article.Date());
        if (random.Chance(0.08)) _parts.Add($"note \"{random.Pick(Words.Notes)}\"");
        if (article.Cite is { } cite && random.Chance(0.2)) _parts.Add($"cite \"{cite}\"");
        // A disputed or retracted claim takes no part in the checks: never one written to conflict.
        if (!conflicting && random.Chance(0.006)) _parts.Add(random.Chance(0.6) ? "status disputed" : "status retracted");
        if (_parts.Count == 0) return;
        bool secondLine = _parts.Count > 1 && random.Chance(0.3);
        line.Append(secondLine ? "\n    " : " ");
        line.AppendJoin(secondLine ? "  " : " ", _parts);
    }
}
