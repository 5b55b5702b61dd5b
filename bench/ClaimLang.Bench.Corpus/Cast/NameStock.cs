using ClaimLang.Bench.Corpus.Randomness;

namespace ClaimLang.Bench.Corpus.Cast;

/// <summary>
/// Hands out display names whose identifiers (spaces made underscores) are unique across every
/// kind of declaration: a project has one namespace.
/// </summary>
internal sealed class NameStock(SeededRandom random)
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    public static string IdentifierOf(string displayName) => displayName.Replace(' ', '_');

    /// <summary>Takes <paramref name="displayName"/> when it is free, else the first free "name 2", "name 3", ...</summary>
    public string Take(string displayName)
    {
        string candidate = displayName;
        for (int n = 2; !_taken.Add(IdentifierOf(candidate)); n++)
            candidate = string.Concat(displayName, " ", n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return candidate;
    }

    /// <summary>A made-up word such as "Kelovan"; several draws may give the same word.</summary>
    public string Word() => string.Concat(random.Pick(Words.Onsets), random.Pick(Words.Middles), random.Pick(Words.Endings));

    /// <summary>Draws a fresh name with <paramref name="draw"/>, a few times, before numbering one that is taken.</summary>
    public string TakeFresh(Func<string> draw)
    {
        for (int attempt = 0; attempt < 8; attempt++)
        {
            string name = draw();
            if (!_taken.Contains(IdentifierOf(name))) return Take(name);
        }
        return Take(draw());
    }
}
