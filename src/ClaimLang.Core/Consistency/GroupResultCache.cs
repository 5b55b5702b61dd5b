using System.Buffers.Binary;
using System.Collections.Immutable;
using System.IO.Hashing;
using System.Runtime.InteropServices;
using ClaimLang.Diagnostics;
using ClaimLang.Binding.Meaning;

namespace ClaimLang.Consistency;

/// <summary>
/// What the consistency check found in each group at the last checks of a line of compilations
/// whose declarations read the same (an editor's edits of claims), by the group's claims as
/// written: a group whose claims read exactly as before, in the same order and under the same
/// metric, has the same conflicts and repeats, so only the groups an edit touched are checked
/// again. A claim's meaning depends only on its text once the declarations and options are
/// fixed, which is why the text is the key; each hit is compared character by character, never
/// trusted to a hash. Results are kept as places in the group, and made into findings of the
/// new claims, with their own ids. The words of a conflict depend on its claims' texts alone
/// too, so they are kept the same way: an edit of one claim of a group whose thousand listed
/// conflicts are worded after every edit words only those the edit changed.
/// </summary>
internal sealed class GroupResultCache
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, List<Entry>> _byHash = [];
    private readonly Dictionary<int, List<WordsEntry>> _words = [];
    // By group (subject, metric, unit), whatever its claims now read: an edit of one claim misses
    // the results above, but the potentials that showed the group to hold are nearly right still.
    private readonly Dictionary<GroupKey, (StartingPotentials Potentials, int LastUsed)> _potentials = [];
    private int _check;

    /// <summary>How many groups were looked up and found (for tests of reuse).</summary>
    public int Hits { get; private set; }

    /// <summary>How many groups were checked because no result matched (for tests of reuse).</summary>
    public int Misses { get; private set; }

    /// <summary>A group's result: its claims' texts in group order, and what the checkers found, as places in the group.</summary>
    internal sealed record Entry(bool IsFlow, bool NonNegative, ClaimText[] Texts, int[][] Conflicts, (int Claim, int First)[] Repeats)
    {
        public int LastUsed { get; set; }
    }

    // A result is kept while one of the last few checks used it: typing a character and
    // deleting it again (two checks later) finds the group as it was before the first.
    private const int ChecksKept = 3;

    /// <summary>The words of a conflict: its descriptor and its claims' texts, in order, and what they make.</summary>
    internal sealed record WordsEntry(string Code, ClaimText[] Texts, (string Message, ImmutableArray<string> Related) Words)
    {
        public int LastUsed { get; set; }
    }

    /// <summary>The file texts the kept results point into (for tests that no older version of a file stays alive through them).</summary>
    internal IReadOnlyCollection<string> KeptFileTexts()
    {
        lock (_gate)
        {
            var texts = new HashSet<string>(ReferenceEqualityComparer.Instance);
            foreach (Entry entry in _byHash.Values.SelectMany(e => e))
                foreach (ClaimText text in entry.Texts) texts.Add(text.File);
            foreach (WordsEntry entry in _words.Values.SelectMany(e => e))
                foreach (ClaimText text in entry.Texts) texts.Add(text.File);
            return texts;
        }
    }

    /// <summary>Starts a check: results none of the last <see cref="ChecksKept"/> checks used are let go at its end.</summary>
    public int StartCheck()
    {
        lock (_gate) return ++_check;
    }

    /// <summary>Lets go of the results none of the last <see cref="ChecksKept"/> checks used.</summary>
    public void EndCheck(int check)
    {
        lock (_gate)
        {
            foreach (var (hash, entries) in _byHash.ToList())
            {
                entries.RemoveAll(e => e.LastUsed <= check - ChecksKept);
                if (entries.Count == 0) _byHash.Remove(hash);
            }
            foreach (var (hash, entries) in _words.ToList())
            {
                entries.RemoveAll(e => e.LastUsed <= check - ChecksKept);
                if (entries.Count == 0) _words.Remove(hash);
            }
            foreach (var (key, kept) in _potentials.ToList())
                if (kept.LastUsed <= check - ChecksKept) _potentials.Remove(key);
        }
    }

    /// <summary>The result of a group whose claims read exactly as <paramref name="claims"/>, if one was kept.</summary>
    public Entry? Find(IReadOnlyList<ClaimMeaning> claims, bool isFlow, bool nonNegative, int hash, int check)
    {
        lock (_gate)
        {
            if (_byHash.TryGetValue(hash, out List<Entry>? entries))
            {
                foreach (Entry entry in entries)
                {
                    if (entry.IsFlow != isFlow || entry.NonNegative != nonNegative || !ReadTheSame(entry.Texts, claims)) continue;
                    entry.LastUsed = Math.Max(entry.LastUsed, check);
                    Hits++;
                    return entry;
                }
            }
            Misses++;
            return null;
        }
    }

    /// <summary>
    /// A cache for a line of compilations whose declarations changed: no results and no words
    /// (the same claims may mean something else now), but the potentials, from which any check may
    /// start whatever the claims mean (a start only makes the verdict come sooner).
    /// </summary>
    public GroupResultCache WithPotentialsOnly()
    {
        var fresh = new GroupResultCache();
        lock (_gate)
            foreach (var (key, kept) in _potentials) fresh._potentials[key] = (kept.Potentials, 0);
        return fresh;
    }

    /// <summary>The potentials that last showed group <paramref name="key"/> to hold, if kept.</summary>
    public StartingPotentials? PotentialsOf(GroupKey key)
    {
        lock (_gate) return _potentials.TryGetValue(key, out var kept) ? kept.Potentials : null;
    }

    /// <summary>Keeps group <paramref name="key"/>'s potentials, if any, for as long as its results are used (a check that found the group as it was).</summary>
    public void UsedPotentials(GroupKey key, int check)
    {
        lock (_gate)
            if (_potentials.TryGetValue(key, out var kept)) _potentials[key] = (kept.Potentials, Math.Max(kept.LastUsed, check));
    }

    /// <summary>Keeps the potentials that showed group <paramref name="key"/> to hold at check <paramref name="check"/>.</summary>
    public void KeepPotentials(GroupKey key, StartingPotentials potentials, int check)
    {
        lock (_gate) _potentials[key] = (potentials, check);
    }

    /// <summary>The words of a conflict of <paramref name="claims"/>: those kept for claims that read the same, or <paramref name="word"/>'s, kept.</summary>
    public (string Message, ImmutableArray<string> Related) WordsOf(DiagnosticDescriptor descriptor, ImmutableArray<ClaimMeaning> claims,
        Func<(string Message, ImmutableArray<string> Related)> word)
    {
        int hash = HashCode.Combine(descriptor.Id, HashOf(claims));
        lock (_gate)
        {
            if (_words.TryGetValue(hash, out List<WordsEntry>? entries))
            {
                foreach (WordsEntry entry in entries)
                {
                    if (entry.Code != descriptor.Id || !ReadTheSame(entry.Texts, claims)) continue;
                    entry.LastUsed = _check;
                    return entry.Words;
                }
            }
        }
        var words = word();
        var texts = new ClaimText[claims.Length];
        for (int i = 0; i < texts.Length; i++) texts[i] = ClaimText.Of(claims[i]);
        lock (_gate)
        {
            if (!_words.TryGetValue(hash, out List<WordsEntry>? entries)) _words[hash] = entries = [];
            entries.Add(new WordsEntry(descriptor.Id, texts, words) { LastUsed = _check });
        }
        return words;
    }

    /// <summary>Keeps what the checkers found in a group (copied: the checkers reuse their lists).</summary>
    public void Add(IReadOnlyList<ClaimMeaning> claims, bool isFlow, bool nonNegative, int hash, int check,
        List<int[]> conflicts, List<(int Claim, int First)> repeats)
    {
        var texts = new ClaimText[claims.Count];
        for (int i = 0; i < texts.Length; i++) texts[i] = ClaimText.Of(claims[i]);
        var entry = new Entry(isFlow, nonNegative, texts, [.. conflicts.Select(c => (int[])c.Clone())], [.. repeats]) { LastUsed = check };
        lock (_gate)
        {
            if (!_byHash.TryGetValue(hash, out List<Entry>? entries)) _byHash[hash] = entries = [];
            entries.Add(entry);
        }
    }

    /// <summary>The key of a group: its claims' texts in order, hashed.</summary>
    /// <remarks>
    /// XXH3 over the characters, each text followed by its length so that texts cannot run into
    /// each other: a group of 10,000 claims is more than a million characters, hashed after
    /// every edit, which the string hash (a hash per text, then combined) took a millisecond
    /// and more for. A match is still compared character by character.
    /// </remarks>
    public static int HashOf(IReadOnlyList<ClaimMeaning> claims)
    {
        var hash = new XxHash3();
        Span<byte> length = stackalloc byte[sizeof(int)];
        for (int i = 0; i < claims.Count; i++)
        {
            ReadOnlySpan<char> text = TextOf(claims[i]);
            hash.Append(MemoryMarshal.AsBytes(text));
            BinaryPrimitives.WriteInt32LittleEndian(length, text.Length);
            hash.Append(length);
        }
        ulong value = hash.GetCurrentHashAsUInt64();
        return (int)value ^ (int)(value >> 32);
    }

    // Compared character by character; when they match, the kept places are moved to the claims'
    // own texts (see ClaimText), under the lock like every use of an entry.
    private static bool ReadTheSame(ClaimText[] texts, IReadOnlyList<ClaimMeaning> claims)
    {
        if (texts.Length != claims.Count) return false;
        for (int i = 0; i < texts.Length; i++)
            if (!TextOf(claims[i]).SequenceEqual(texts[i].AsSpan())) return false;
        for (int i = 0; i < texts.Length; i++) texts[i] = ClaimText.Of(claims[i]);
        return true;
    }

    private static ReadOnlySpan<char> TextOf(ClaimMeaning claim) => ClaimText.Of(claim).AsSpan();
}
