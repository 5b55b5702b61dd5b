using ClaimLang.Bench.Corpus.Cast;
using ClaimLang.Bench.Corpus.Randomness;

namespace ClaimLang.Bench.Corpus.Claims;

/// <summary>
/// Who a claim quotes, outermost first: nobody (the source speaks), a person, another source,
/// or a chain of two. A conflicting claim ends with a dissenter, a different one for each
/// conflicting claim of its group, so that its conflicts are between attributions (CL4001).
/// </summary>
internal sealed class SpeakerChooser(CorpusCast cast, SeededRandom random)
{
    private static readonly string[] Nobody = [];

    public IReadOnlyList<string> ForAgreeing(Source source) => random.NextDouble() switch
    {
        < 0.55 => Nobody,
        < 0.92 => [Speaker(source)],
        _ => [Speaker(source), random.Pick(cast.Speakers).Name],
    };

    /// <summary>The speakers of the <paramref name="earlier"/>+1-th conflicting claim of group <paramref name="group"/>; null when the group has used every dissenter.</summary>
    public IReadOnlyList<string>? ForConflicting(Source source, int group, int earlier)
    {
        if (earlier >= cast.Dissenters.Count) return null;
        // Consecutive counts give distinct dissenters within a group; groups start at different ones.
        string dissenter = cast.Dissenters[(int)(((long)group * 7 + earlier) % cast.Dissenters.Count)].Name;
        return random.Chance(0.25) ? [Speaker(source), dissenter] : [dissenter];
    }

    // A person mostly; now and then another outlet the article cites.
    private string Speaker(Source source)
    {
        if (random.Chance(0.85)) return random.Pick(cast.Speakers).Name;
        Source other = random.Pick(cast.Sources);
        return other == source ? random.Pick(cast.Speakers).Name : other.Name;
    }
}
