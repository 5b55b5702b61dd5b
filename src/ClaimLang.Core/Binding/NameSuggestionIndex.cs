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
/// edit, which a 64-bit mask of each name's characters tells at once, and so does each character
/// one has more of than the other (counted in a 64-bit bag).
/// </para>
/// <para>
/// The work per misspelt name is capped (<see cref="MostNamesWalked"/>, <see cref="MostDistanceCells"/>),
/// so a hostile project costs at most a fixed amount per name; only then can a near name be
/// missed, and only in a project whose names crowd the lists far beyond any real one. Each
/// distinct misspelt name is worked out once.
/// </para>
/// </summary>
internal sealed class NameSuggestionIndex
{
    /// <summary>How many entries of the character lists one misspelt name may walk.</summary>
    internal const int MostNamesWalked = 1_024;

    /// <summary>
    /// How much edit-distance work one misspelt name may do, in cells of the distance table
    /// (a distance within k edits between names of length m and n costs about min(m, n) × (2k + 1)):
    /// some 300 short names, or 20 long ones. The first comparison is always made, so a name
    /// of any length gets its nearest one-edit match.
    /// </summary>
    internal const int MostDistanceCells = 8_192;

    /// <summary>Misspelt names up to this long look up their one-deletion texts (a name of n characters has n + 1), so declared names one longer are indexed by theirs.</summary>
    internal const int LongestNameByDeletions = 64;

    // Suggestions kept per index; past this many distinct misspellings (an editor session
    // typing names for hours) they are worked out again rather than kept.
    private const int MostRemembered = 100_000;

    private readonly string[] _names;      // distinct, ordinally sorted: a name's place is its id
    private readonly ulong[] _masks;       // which characters (case folded, modulo 64) each name has
    private readonly ulong[] _bags;        // how many of each (modulo 16, up to 15): see BagDistance
    // Ids of the names of that length holding the character, ascending, with each name's mask
    // beside it: the walk reads the list in order and looks elsewhere only for names the mask
    // lets through (in a project of 200,000 names, a look elsewhere is a cache miss).
    private readonly Dictionary<(char Character, int Length), (int[] Ids, ulong[] Masks)> _namesWith;
    private readonly Dictionary<char, int> _howManyHave; // how many names hold each character: rarer ones are walked first
    private readonly Dictionary<int, int[]> _byLength;   // for one-character names, which share too little to filter on
    private readonly ulong[] _deletionHashes; // sorted: the hash of each text one deletion (or none) makes of a name ...
    private readonly int[] _deletionIds;      // ... and the name's id, at the same place
    // Where the hashes whose top 16 bits are i start: a look-up searches only among those, a
    // few cache lines, rather than across all of a large project's millions of hashes.
    private readonly int[] _deletionStarts = new int[(1 << 16) + 1];
    private readonly ConcurrentDictionary<string, string?> _remembered = new(StringComparer.Ordinal);

    public NameSuggestionIndex(IEnumerable<string> names)
    {
        _names = [.. names.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        _masks = new ulong[_names.Length];
        _bags = new ulong[_names.Length];
        var namesWith = new Dictionary<(char, int), List<int>>();
        var byLength = new Dictionary<int, List<int>>();
        _howManyHave = [];
        var distinct = new HashSet<char>();
        for (int id = 0; id < _names.Length; id++)
        {
            string name = _names[id];
            distinct.Clear();
            _bags[id] = Bag(name);
            foreach (char c in name) distinct.Add(Fold(c));
            foreach (char c in distinct)
            {
                _masks[id] |= Bit(c);
                (namesWith.TryGetValue((c, name.Length), out var list) ? list : namesWith[(c, name.Length)] = []).Add(id);
                _howManyHave[c] = _howManyHave.GetValueOrDefault(c) + 1;
            }
            (byLength.TryGetValue(name.Length, out var sameLength) ? sameLength : byLength[name.Length] = []).Add(id);
        }
        // Sorted and made distinct in one array of the exact size: a project of 200,000 names has
        // millions of entries, and a list that grows, a set for Distinct and a sorted copy would
        // each hold them all again at the peak of a check.
        int entries = 0;
        foreach (string name in _names)
            if (name.Length <= LongestNameByDeletions + 1) entries += name.Length + 1; // one insertion from a name that looks them up
        var byDeletion = new (ulong Hash, int Id)[entries];
        Span<ulong> nameHashes = stackalloc ulong[LongestNameByDeletions + 2];
        int filled = 0;
        for (int id = 0; id < _names.Length; id++)
        {
            if (_names[id].Length > LongestNameByDeletions + 1) continue;
            Span<ulong> hashes = nameHashes[..(_names[id].Length + 1)];
            DeletionHashes(_names[id], hashes);
            foreach (ulong hash in hashes) byDeletion[filled++] = (hash, id);
        }
        Array.Sort(byDeletion);
        int distinctEntries = 0;
        for (int i = 0; i < byDeletion.Length; i++)
            if (distinctEntries == 0 || byDeletion[i] != byDeletion[distinctEntries - 1]) byDeletion[distinctEntries++] = byDeletion[i];
        _deletionHashes = new ulong[distinctEntries];
        _deletionIds = new int[distinctEntries];
        for (int i = 0; i < distinctEntries; i++) (_deletionHashes[i], _deletionIds[i]) = byDeletion[i];
        foreach (ulong hash in _deletionHashes) _deletionStarts[(hash >> 48) + 1]++;
        for (int i = 1; i < _deletionStarts.Length; i++) _deletionStarts[i] += _deletionStarts[i - 1];
        _namesWith = namesWith.ToDictionary(p => p.Key, p => (p.Value.ToArray(), p.Value.Select(id => _masks[id]).ToArray()));
        _byLength = byLength.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>The declared name closest to <paramref name="name"/> by <see cref="NameSuggester"/>'s rule; null when none is near enough.</summary>
    public string? Closest(string name)
    {
        if (_remembered.TryGetValue(name, out string? known)) return known;
        var judge = new ClosestNameJudge(name, NameSuggester.LimitFor(name));
        ShowNear(name, NameSuggester.LimitFor(name), judge);
        if (_remembered.Count < MostRemembered) _remembered.TryAdd(name, judge.Best);
        return judge.Best;
    }

    /// <summary>
    /// Shows <paramref name="judge"/> every indexed name (other than those the filters prove farther)
    /// that may be within <paramref name="limit"/> edits of <paramref name="name"/>, case ignored,
    /// until the work per name is spent; the nearest first when they are one edit away.
    /// </summary>
    public void ShowNear(string name, int limit, ISuggestionJudge judge)
    {
        ulong mask = 0;
        foreach (char c in name) mask |= Bit(Fold(c));

        var search = new Search(this, name.Length, mask, Bag(name), limit, judge);
        if (name.Length <= LongestNameByDeletions)
        {
            Span<ulong> hashes = stackalloc ulong[name.Length + 1];
            DeletionHashes(name, hashes);
            foreach (ulong hash in hashes) search.Consider(IdsUnder(hash));
            if (judge.BestDistance <= 1 || search.IsSpent) return; // nothing is nearer, and every name this near was seen
        }
        int mustShare = name.Length - limit;
        if (mustShare <= 0)
        {
            // A name this short shares nothing a candidate must have: take its lengths whole.
            for (int length = Math.Max(1, name.Length - limit); length <= name.Length + limit && !search.IsSpent; length++)
            {
                if (_byLength.TryGetValue(length, out int[]? ids)) search.Consider(ids);
            }
            return;
        }

        // The rarest characters first, until those left could not make up the characters a
        // candidate must share: every candidate then holds one of those taken.
        var counts = new Dictionary<char, int>();
        foreach (char c in name) counts[Fold(c)] = counts.GetValueOrDefault(Fold(c)) + 1;
        var rarestFirst = counts.Keys.OrderBy(c => _howManyHave.GetValueOrDefault(c)).ThenBy(c => c).ToList();
        int left = name.Length;
        foreach (char c in rarestFirst)
        {
            if (left < mustShare || search.IsSpent) break;
            left -= counts[c];
            if (!_howManyHave.ContainsKey(c)) continue;
            for (int length = Math.Max(1, name.Length - limit); length <= name.Length + limit && !search.IsSpent; length++)
            {
                if (_namesWith.TryGetValue((c, length), out var list)) search.Consider(list.Ids, list.Masks);
            }
        }
    }

    private static char Fold(char c) => char.ToUpperInvariant(c);

    // A name's characters counted in 16 groups of 4 bits (case folded, by code modulo 16, a count
    // stopping at 15).
    private static ulong Bag(string name)
    {
        ulong bag = 0;
        foreach (char c in name)
        {
            int shift = Fold(c) % 16 * 4;
            if ((bag >> shift & 0xF) < 0xF) bag += 1UL << shift;
        }
        return bag;
    }

    // A lower bound of the edits between two names, from their bags: the characters one has
    // beyond the other must each be deleted or substituted, whichever side has more of them
    // (a swap changes no count). Grouping and the cap at 15 only hide differences, so the
    // bound stays below the distance.
    private static int BagDistance(ulong a, ulong b)
    {
        int more = 0, fewer = 0;
        for (int shift = 0; shift < 64; shift += 4)
        {
            int difference = (int)(a >> shift & 0xF) - (int)(b >> shift & 0xF);
            if (difference > 0) more += difference;
            else fewer -= difference;
        }
        return Math.Max(more, fewer);
    }

    // The name itself and each text that deleting one of its characters makes, case folded, hashed (FNV-1a).
    private static void DeletionHashes(string name, Span<ulong> hashes)
    {
        for (int skipped = -1; skipped < name.Length; skipped++)
        {
            ulong hash = 14695981039346656037UL;
            for (int i = 0; i < name.Length; i++)
            {
                if (i == skipped) continue;
                hash = (hash ^ Fold(name[i])) * 1099511628211UL;
            }
            hashes[skipped + 1] = hash;
        }
    }

    // The entries of the names indexed under one hash.
    private ReadOnlySpan<int> IdsUnder(ulong hash)
    {
        int bucket = (int)(hash >> 48), start = _deletionStarts[bucket];
        int first = _deletionHashes.AsSpan(start, _deletionStarts[bucket + 1] - start).BinarySearch(hash);
        if (first < 0) return [];
        first += start;
        while (first > start && _deletionHashes[first - 1] == hash) first--;
        int end = first;
        while (end < _deletionHashes.Length && _deletionHashes[end] == hash) end++;
        return _deletionIds.AsSpan(first, end - first);
    }

    private static ulong Bit(char folded) => 1UL << (folded % 64);

    /// <summary>One misspelt name's search: the names already seen, the work done.</summary>
    private sealed class Search
    {
        // Which names this search has seen: a name's entry holds the number of the search that
        // saw it last. One array per thread, reused by every search, so a search allocates
        // nothing however many names it walks (a set of them cost 100 KB per misspelt name).
        [ThreadStatic] private static int[]? t_seenBy;
        [ThreadStatic] private static int t_searches;

        private readonly NameSuggestionIndex _index;
        private readonly int _length;
        private readonly ulong _mask;
        private readonly ulong _bag;
        private readonly int _limit;
        private readonly ISuggestionJudge _judge;
        private readonly int[] _seenBy;
        private readonly int _number;
        private int _walked;
        private long _cells;

        public Search(NameSuggestionIndex index, int length, ulong mask, ulong bag, int limit, ISuggestionJudge judge)
        {
            (_index, _length, _mask, _bag, _limit, _judge) = (index, length, mask, bag, limit, judge);
            if (t_seenBy is null || t_seenBy.Length < index._names.Length || t_searches == int.MaxValue)
            {
                t_seenBy = new int[Math.Max(index._names.Length, t_seenBy?.Length ?? 0)];
                t_searches = 0;
            }
            _seenBy = t_seenBy;
            _number = ++t_searches;
        }

        public bool IsSpent => _walked >= MostNamesWalked || _cells >= MostDistanceCells;

        public void Consider(ReadOnlySpan<int> ids)
        {
            for (int i = 0; i < ids.Length && !IsSpent; i++) Consider(ids[i], _index._masks[ids[i]]);
        }

        public void Consider(int[] ids, ulong[] masks)
        {
            // Stops as soon as the work is spent: a list may hold most of a project's names.
            for (int i = 0; i < ids.Length && !IsSpent; i++) Consider(ids[i], masks[i]);
        }

        private void Consider(int id, ulong other)
        {
            _walked++;
            if (BitOperations.PopCount(_mask & ~other) > _limit || BitOperations.PopCount(other & ~_mask) > _limit) return;
            if (_seenBy[id] == _number) return;
            _seenBy[id] = _number;
            if (BagDistance(_bag, _index._bags[id]) > _limit) return;
            string candidate = _index._names[id];
            _cells += (long)Math.Min(_length, candidate.Length) * (2 * _limit + 1);
            _judge.Judge(candidate);
        }
    }
}
