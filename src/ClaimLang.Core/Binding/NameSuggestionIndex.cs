using System.Collections.Concurrent;
using System.Numerics;

namespace ClaimLang.Binding;

/// <summary>
/// The declared names "did you mean" chooses from, indexed so that a misspelt name is compared
/// only with names that could be near it, not with every name: a project of 20,000 entities
/// and 20,000 misspellings would otherwise cost 400 million comparisons.
/// <para>
/// The rule is <see cref="NameSuggester"/>'s: the name with the fewest edits (ignoring case), at
/// most a third of the misspelt name's length (at least 1, at most <see cref="NameSuggester.MaxEdits"/>),
/// ties to the ordinally first. Most misspellings are one edit, found first and exactly: two
/// names one edit apart become the same text when one character is deleted from each (a swap of
/// two, deleting one of them), so each name of up to <see cref="LongestNameByDeletions"/>
/// characters is indexed under the hash of every text one deletion makes of it, and a misspelt
/// name looks up its own. Farther names are searched next, with two filters, both exact. Within k edits a
/// name keeps all but k of its characters (a deletion or substitution loses one, a transposition
/// none), so a candidate must share at least (length − k) characters with the misspelt name: it
/// must then contain one of its rarest characters, and only those characters' lists of names
/// (by length) are walked. Each distinct character one name has and the other lacks costs an
/// edit, which a 64-bit mask of each name's characters tells at once.
/// </para>
/// <para>
/// The work per misspelt name is capped (<see cref="MostNamesWalked"/>, <see cref="MostDistancesWorkedOut"/>),
/// so a hostile project costs at most a fixed amount per name; only then can a near name be
/// missed, and only in a project whose names crowd the lists far beyond any real one. Each
/// distinct misspelt name is worked out once.
/// </para>
/// </summary>
internal sealed class NameSuggestionIndex
{
    /// <summary>How many entries of the character lists one misspelt name may walk.</summary>
    internal const int MostNamesWalked = 8_192;

    /// <summary>How many edit distances one misspelt name may work out.</summary>
    internal const int MostDistancesWorkedOut = 128;

    /// <summary>Misspelt names up to this long look up their one-deletion texts (a name of n characters has n + 1), so declared names one longer are indexed by theirs.</summary>
    internal const int LongestNameByDeletions = 64;

    // Suggestions kept per index; past this many distinct misspellings (an editor session
    // typing names for hours) they are worked out again rather than kept.
    private const int MostRemembered = 100_000;

    private readonly string[] _names;      // distinct, ordinally sorted: a name's place is its id
    private readonly ulong[] _masks;       // which characters (case folded, modulo 64) each name has
    private readonly Dictionary<(char Character, int Length), int[]> _namesWith; // ids of names of that length holding the character, ascending
    private readonly Dictionary<char, int> _howManyHave; // how many names hold each character: rarer ones are walked first
    private readonly Dictionary<int, int[]> _byLength;   // for one-character names, which share too little to filter on
    private readonly (ulong Hash, int Id)[] _byDeletion; // sorted: the hash of each text one deletion (or none) makes of a name
    private readonly ConcurrentDictionary<string, string?> _remembered = new(StringComparer.Ordinal);

    public NameSuggestionIndex(IEnumerable<string> names)
    {
        _names = [.. names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        _masks = new ulong[_names.Length];
        var namesWith = new Dictionary<(char, int), List<int>>();
        var byLength = new Dictionary<int, List<int>>();
        _howManyHave = [];
        var distinct = new HashSet<char>();
        for (int id = 0; id < _names.Length; id++)
        {
            string name = _names[id];
            distinct.Clear();
            foreach (char c in name) distinct.Add(Fold(c));
            foreach (char c in distinct)
            {
                _masks[id] |= Bit(c);
                (namesWith.TryGetValue((c, name.Length), out var list) ? list : namesWith[(c, name.Length)] = []).Add(id);
                _howManyHave[c] = _howManyHave.GetValueOrDefault(c) + 1;
            }
            (byLength.TryGetValue(name.Length, out var sameLength) ? sameLength : byLength[name.Length] = []).Add(id);
        }
        var byDeletion = new List<(ulong, int)>();
        for (int id = 0; id < _names.Length; id++)
        {
            if (_names[id].Length > LongestNameByDeletions + 1) continue; // one insertion from a name that looks them up
            foreach (ulong hash in DeletionHashes(_names[id])) byDeletion.Add((hash, id));
        }
        _byDeletion = [.. byDeletion.Distinct().Order()];
        _namesWith = namesWith.ToDictionary(p => p.Key, p => p.Value.ToArray());
        _byLength = byLength.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>The declared name closest to <paramref name="name"/> by <see cref="NameSuggester"/>'s rule; null when none is near enough.</summary>
    public string? Closest(string name)
    {
        if (_remembered.TryGetValue(name, out string? known)) return known;
        string? closest = WorkOut(name);
        if (_remembered.Count < MostRemembered) _remembered.TryAdd(name, closest);
        return closest;
    }

    private string? WorkOut(string name)
    {
        int limit = NameSuggester.LimitFor(name);
        var counts = new Dictionary<char, int>();
        ulong mask = 0;
        foreach (char c in name)
        {
            char folded = Fold(c);
            counts[folded] = counts.GetValueOrDefault(folded) + 1;
            mask |= Bit(folded);
        }

        var search = new Search(this, name, mask, limit);
        if (name.Length <= LongestNameByDeletions)
        {
            foreach (ulong hash in DeletionHashes(name)) search.Consider(IdsUnder(hash));
            if (search.BestDistance <= 1 || search.IsSpent) return search.Best; // nothing is nearer, and every name this near was seen
        }
        int mustShare = name.Length - limit;
        if (mustShare <= 0)
        {
            // A name of one character shares nothing a candidate must have: take its lengths whole.
            for (int length = Math.Max(1, name.Length - limit); length <= name.Length + limit && !search.IsSpent; length++)
            {
                if (_byLength.TryGetValue(length, out int[]? ids)) search.Consider(ids);
            }
            return search.Best;
        }

        // The rarest characters first, until those left could not make up the characters a
        // candidate must share: every candidate then holds one of those taken.
        var rarestFirst = counts.Keys.OrderBy(c => _howManyHave.GetValueOrDefault(c)).ThenBy(c => c).ToList();
        int left = name.Length;
        foreach (char c in rarestFirst)
        {
            if (left < mustShare || search.IsSpent) break;
            left -= counts[c];
            if (!_howManyHave.ContainsKey(c)) continue;
            for (int length = Math.Max(1, name.Length - limit); length <= name.Length + limit && !search.IsSpent; length++)
            {
                if (_namesWith.TryGetValue((c, length), out int[]? ids)) search.Consider(ids);
            }
        }
        return search.Best;
    }

    private static char Fold(char c) => char.ToUpperInvariant(c);

    // The name itself and each text that deleting one of its characters makes, case folded, hashed (FNV-1a).
    private static IEnumerable<ulong> DeletionHashes(string name)
    {
        for (int skipped = -1; skipped < name.Length; skipped++)
        {
            ulong hash = 14695981039346656037UL;
            for (int i = 0; i < name.Length; i++)
            {
                if (i == skipped) continue;
                hash = (hash ^ Fold(name[i])) * 1099511628211UL;
            }
            yield return hash;
        }
    }

    private IEnumerable<int> IdsUnder(ulong hash)
    {
        int at = Array.BinarySearch(_byDeletion, (hash, -1));
        for (int i = at < 0 ? ~at : at; i < _byDeletion.Length && _byDeletion[i].Hash == hash; i++) yield return _byDeletion[i].Id;
    }

    private static ulong Bit(char folded) => 1UL << (folded % 64);

    /// <summary>One misspelt name's search: the best so far, the names already seen, the work done.</summary>
    private sealed class Search(NameSuggestionIndex index, string name, ulong mask, int limit)
    {
        private readonly HashSet<int> _seen = [];
        private int _walked;
        private int _distances;
        public string? Best { get; private set; }

        public bool IsSpent => _walked >= MostNamesWalked || _distances >= MostDistancesWorkedOut;

        public int BestDistance { get; private set; } = int.MaxValue;

        public void Consider(IEnumerable<int> ids)
        {
            foreach (int id in ids)
            {
                if (IsSpent) return;
                _walked++;
                if (!_seen.Add(id)) continue;
                ulong other = index._masks[id];
                if (BitOperations.PopCount(mask & ~other) > limit || BitOperations.PopCount(other & ~mask) > limit) continue;
                string candidate = index._names[id];
                if (candidate == name) continue;
                _distances++;
                int distance = EditDistance.DamerauLevenshtein(name, candidate, ignoreCase: true, max: Math.Min(limit, BestDistance));
                if (distance > limit) continue;
                if (distance < BestDistance || (distance == BestDistance && string.CompareOrdinal(candidate, Best) < 0))
                {
                    Best = candidate;
                    BestDistance = distance;
                }
            }
        }
    }
}
